using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Alignment;

/// <summary>
/// Groups the quotes of a corpus into versions of the same utterance: identical, lightly edited, truncated, split or
/// merged, or translated differently. Two quotes from different articles are versions of one another when they share
/// enough content keys (at least <see cref="GroupingOptions.MinSharedKeys"/>, and at least
/// <see cref="GroupingOptions.MinContainment"/> of the shorter one's). Pairs are taken strongest first, and two
/// groups join only when enough of their members are versions of one another (<see cref="GroupingOptions.MinLinkDensity"/>),
/// so one quote that condenses two statements into one sentence does not merge the two statements.
/// Candidates come from an inverted index, so the cost grows with the corpus, not with its square.
/// The result does not depend on the order in which quotes are given.
/// Quotes are grouped sentence by sentence: a quote of several sentences contributes one member per sentence (with
/// the exact offsets of that sentence), so merged and split quotations still meet their counterparts.
/// </summary>
public static class QuoteGrouper
{
    /// <summary>Groups <paramref name="quotes"/>; every sentence of every quote lands in exactly one group.</summary>
    public static IReadOnlyList<QuoteGroup> Group(IReadOnlyList<Quote> quotes, GroupingOptions? options = null) => Group(quotes, options, null);

    /// <summary>Groups <paramref name="quotes"/>, recording the time of each phase in <paramref name="profile"/> when given.</summary>
    internal static IReadOnlyList<QuoteGroup> Group(IReadOnlyList<Quote> quotes, GroupingOptions? options, GroupingProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        options ??= GroupingOptions.Default;
        var sorted = quotes.SelectMany(SentenceSplitter.Split)
            .OrderBy(q => q.ArticleId, StringComparer.Ordinal).ThenBy(q => q.Start).ThenBy(q => q.End).ToArray();
        profile?.Mark("sentences");
        var same = new KeySpace(sorted, options.Keys, options, pairs: true);
        var cross = options.CrossLanguageKeys is { } crossKeys ? new KeySpace(sorted, crossKeys, options, pairs: false) : null;
        var languages = sorted.Select(q => StopWords.Primary(q.Language)).ToArray();
        profile?.Mark("keys and index");

        var pairs = LinkedPairs(sorted, languages, same, cross, options);
        profile?.Mark("candidate pairs");
        var links = new Clustering(sorted.Length, options.MinLinkDensity);
        foreach (var (a, b, _) in pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            links.Link(a, b);
        }

        var groupOf = new int[sorted.Length];
        for (int q = 0; q < sorted.Length; q++)
        {
            groupOf[q] = links.Find(q);
        }

        profile?.Mark("clustering");
        AttachFragments(sorted, languages, same, options, groupOf);
        profile?.Mark("fragments");
        var groups = Number(sorted, groupOf);
        profile?.Mark("numbering");
        return groups;
    }

    private static List<(int A, int B, double Similarity)> LinkedPairs(Quote[] quotes, string[] languages, KeySpace same, KeySpace? cross, GroupingOptions options)
    {
        var mainLanguage = languages.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var perQuote = new List<(int, int, double)>[quotes.Length];
        Parallel.For(0, quotes.Length, q =>
        {
            var pairs = new List<(int, int, double)>();
            if (CanLink(same, q, options))
            {
                foreach (var other in same.Index.Candidates(q, options.MinContainment, options.MinSharedKeys))
                {
                    if (languages[other] == languages[q] && Similarity(quotes, same, q, other, options) is double similarity)
                    {
                        pairs.Add((Math.Min(q, other), Math.Max(q, other), similarity));
                    }
                }
            }

            // Across languages, the quotes of the corpus's main language wait to be found by the others, which look up all their keys.
            if (cross is not null && languages[q] != mainLanguage && CanLink(cross, q, options))
            {
                foreach (var other in cross.Index.AllSharing(q))
                {
                    if (languages[other] != languages[q] && Similarity(quotes, cross, q, other, options) is double similarity)
                    {
                        pairs.Add((Math.Min(q, other), Math.Max(q, other), similarity));
                    }
                }
            }

            perQuote[q] = pairs;
        });
        // A pair is found from the side whose rarest keys include a shared one, possibly from both: keep it once.
        return perQuote.SelectMany(p => p).Distinct().ToList();
    }

    private static bool CanLink(KeySpace space, int q, GroupingOptions options) => space.Keys[q].Length >= options.MinKeysToLink;

    /// <summary>
    /// The containment of two quotes (shared keys over the smaller key set) when they are versions of one another (enough
    /// shared keys, and enough of the rarity weight too, so that a handful of common words is not a match), else null.
    /// </summary>
    private static double? Similarity(Quote[] quotes, KeySpace space, int a, int b, GroupingOptions options)
    {
        if (quotes[a].ArticleId == quotes[b].ArticleId || !CanLink(space, b, options))
        {
            return null;
        }

        var (count, weight) = space.Index.Shared(a, b, space.Keys);
        int smaller = Math.Min(space.Keys[a].Length, space.Keys[b].Length);
        double lighter = Math.Min(space.Index.Weight(a), space.Index.Weight(b));
        return count >= options.MinSharedKeys && count >= options.MinContainment * smaller && weight >= options.MinWeightedContainment * lighter
            ? (double)count / smaller
            : null;
    }

    /// <summary>
    /// Short fragments ("forced", “military positions”) join a shared group when every version of it from another article that
    /// could contain them does: at least two such versions, or the only one. They never link groups together.
    /// </summary>
    private static void AttachFragments(Quote[] quotes, string[] languages, KeySpace same, GroupingOptions options, int[] groupOf)
    {
        var articlesPerGroup = new Dictionary<int, HashSet<string>>();
        for (int q = 0; q < quotes.Length; q++)
        {
            if (CanLink(same, q, options))
            {
                (articlesPerGroup.TryGetValue(groupOf[q], out var set) ? set : articlesPerGroup[groupOf[q]] = new HashSet<string>(StringComparer.Ordinal)).Add(quotes[q].ArticleId);
            }
        }

        for (int q = 0; q < quotes.Length; q++)
        {
            var keys = same.Keys[q];
            if (keys.Length == 0 || CanLink(same, q, options) || quotes[q].Kind == QuoteKind.Full)
            {
                continue;
            }

            var containing = new Dictionary<int, HashSet<string>>();
            foreach (var other in same.Index.Candidates(q, 1.0, 1))
            {
                if (quotes[other].ArticleId != quotes[q].ArticleId && languages[other] == languages[q] && CanLink(same, other, options)
                    && CandidateIndex.Overlap(keys, same.Keys[other]) == keys.Length)
                {
                    (containing.TryGetValue(groupOf[other], out var set) ? set : containing[groupOf[other]] = new HashSet<string>(StringComparer.Ordinal)).Add(quotes[other].ArticleId);
                }
            }

            var best = containing
                .Where(g => articlesPerGroup[g.Key].Count > 1)
                .Where(g => g.Value.Count >= Math.Min(2, articlesPerGroup[g.Key].Count(a => a != quotes[q].ArticleId)))
                .OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key)
                .Select(g => (int?)g.Key).FirstOrDefault();
            if (best is int group)
            {
                groupOf[q] = group;
            }
        }
    }

    private static List<QuoteGroup> Number(Quote[] quotes, int[] groupOf)
    {
        var groups = Enumerable.Range(0, quotes.Length)
            .GroupBy(q => groupOf[q])
            .Select(g => g.Select(q => quotes[q]).ToList())
            .OrderByDescending(m => m.Select(q => q.ArticleId).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(m => m.Count)
            .ThenBy(m => m[0].ArticleId, StringComparer.Ordinal)
            .ThenBy(m => m[0].Start)
            .ToList();
        int digits = Math.Max(2, groups.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        return groups.Select((members, i) => new QuoteGroup("G" + (i + 1).ToString("D" + digits, System.Globalization.CultureInfo.InvariantCulture), members)).ToList();
    }

    /// <summary>The keys of every quote under one way of keying, and the index over them.</summary>
    private sealed class KeySpace
    {
        /// <param name="quotes">The quotes, in their fixed order.</param>
        /// <param name="keyer">How a quote becomes keys.</param>
        /// <param name="options">The candidate index's limits.</param>
        /// <param name="pairs">Whether adjacent key pairs are indexed too (for one language, where word order carries over).</param>
        public KeySpace(Quote[] quotes, Func<Quote, IReadOnlyCollection<string>> keyer, GroupingOptions options, bool pairs)
        {
            var raw = new IReadOnlyCollection<string>[quotes.Length];
            Parallel.For(0, quotes.Length, q => raw[q] = keyer(quotes[q]));
            var interned = KeyTable.Intern(raw);
            Keys = interned.Sorted;
            if (pairs)
            {
                var (pairSets, pairCount) = KeyTable.InternPairs(interned.InOrder);
                Index = new CandidateIndex(Keys, interned.Count, options.MaxPosting, options.MaxProbeKeys, pairSets, pairCount);
            }
            else
            {
                Index = new CandidateIndex(Keys, interned.Count, options.MaxPosting, options.MaxProbeKeys);
            }
        }

        public int[][] Keys { get; }

        public CandidateIndex Index { get; }
    }
}
