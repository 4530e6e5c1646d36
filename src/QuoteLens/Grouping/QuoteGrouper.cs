using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Grouping;

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

    /// <summary>Groups <paramref name="quotes"/>, calling <paramref name="profile"/> with the name of each phase as it ends (benchmarks time them).</summary>
    internal static IReadOnlyList<QuoteGroup> Group(IReadOnlyList<Quote> quotes, GroupingOptions? options, Action<string>? profile)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        options ??= GroupingOptions.Default;
        var sorted = quotes.AsParallel().SelectMany(SentenceSplitter.Split).ToArray();
        Array.Sort(sorted, ByPlace);
        profile?.Invoke("sentences");
        var same = new KeySpace(sorted, options.Keys, options, pairs: true, profile, "same-language");
        var cross = options.CrossLanguageKeys is { } crossKeys && options.CrossLanguageLinks is null ? new KeySpace(sorted, crossKeys, options, pairs: false, profile, "cross-language") : null;
        var facts = new QuoteFacts(sorted);

        var crossLinks = options.CrossLanguageLinks?.Invoke(sorted) ?? [];
        var pairs = LinkedPairs(facts, same, cross, options, crossLinks);
        profile?.Invoke("candidate pairs");
        var links = new Clustering(sorted.Length, options.MinLinkDensity);
        foreach (var link in pairs)
        {
            links.Link(link.A, link.B);
        }

        var groupOf = new int[sorted.Length];
        for (int q = 0; q < sorted.Length; q++)
        {
            groupOf[q] = links.Find(q);
        }

        profile?.Invoke("clustering");
        AttachFragments(sorted, facts, same, options, groupOf);
        profile?.Invoke("fragments");
        var groups = Number(sorted, groupOf);
        profile?.Invoke("numbering");
        return groups;
    }

    /// <summary>Sentences by article, then by place in it (then by id, so that the order is total).</summary>
    private static int ByPlace(Quote x, Quote y) =>
        string.CompareOrdinal(x.ArticleId, y.ArticleId) is var byArticle and not 0 ? byArticle
        : x.Start != y.Start ? x.Start.CompareTo(y.Start)
        : x.End != y.End ? x.End.CompareTo(y.End)
        : string.CompareOrdinal(x.Id, y.Id);

    /// <summary>
    /// Every pair of versions, each once, strongest first (ties by position, so the order is fixed): the candidates of each
    /// quote from the index, kept when <see cref="Similarity"/> says they are versions of one another.
    /// </summary>
    private static Link[] LinkedPairs(QuoteFacts quotes, KeySpace same, KeySpace? cross, GroupingOptions options, IReadOnlyList<CrossLanguage.CrossLanguageLink> crossLinks)
    {
        var all = ForEachQuote<Link>(quotes.Count, (q, found, links) =>
        {
            if (CanLink(same, q, options))
            {
                same.Index.Candidates(q, options.MinContainment, options.MinSharedKeys, found);
                found.KeepCorroborated();
                foreach (var other in found.Found)
                {
                    if (quotes.Language[other] == quotes.Language[q] && Similarity(quotes, same, q, other, options) is double similarity)
                    {
                        links.Add(new Link(Math.Min(q, other), Math.Max(q, other), similarity));
                    }
                }
            }

            // Across languages, the quotes of the corpus's main language wait to be found by the others, which look up all their keys.
            if (cross is not null && quotes.Language[q] != quotes.MainLanguage && CanLink(cross, q, options))
            {
                cross.Index.AllSharing(q, found);
                foreach (var other in found.Found)
                {
                    if (quotes.Language[other] != quotes.Language[q] && Similarity(quotes, cross, q, other, options) is double similarity)
                    {
                        links.Add(new Link(Math.Min(q, other), Math.Max(q, other), similarity));
                    }
                }
            }
        });

        // A pair is found from the side whose rarest keys include a shared one, possibly from both: keep it once.
        var sorted = all.Concat(crossLinks.Select(l => new Link(l.A, l.B, l.Similarity))).ToArray();
        Array.Sort(sorted, Link.StrongestFirst);
        int count = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (count == 0 || sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }

        return sorted[..count];
    }

    /// <summary>
    /// Runs <paramref name="body"/> for every quote on every core. Each worker has its own candidate buffer and its own
    /// list of results, and takes quotes in blocks as it goes; the results come back in no particular order.
    /// </summary>
    private static List<T> ForEachQuote<T>(int count, Action<int, CandidateSet, List<T>> body)
    {
        const int Block = 256;
        var results = new List<T>[Environment.ProcessorCount];
        int next = 0;
        Parallel.For(0, results.Length, worker =>
        {
            var found = new CandidateSet(count);
            var list = new List<T>();
            for (int start = Interlocked.Add(ref next, Block) - Block; start < count; start = Interlocked.Add(ref next, Block) - Block)
            {
                for (int q = start; q < Math.Min(start + Block, count); q++)
                {
                    body(q, found, list);
                }
            }

            results[worker] = list;
        });
        return [.. results.SelectMany(r => r)];
    }

    private static bool CanLink(KeySpace space, int q, GroupingOptions options) => space.Keys.Length(q) >= options.MinKeysToLink;

    /// <summary>
    /// The containment of two quotes (shared keys over the smaller key set) when they are versions of one another (enough
    /// shared keys, and enough of the rarity weight too, so that a handful of common words is not a match), else null.
    /// </summary>
    private static double? Similarity(QuoteFacts quotes, KeySpace space, int a, int b, GroupingOptions options)
    {
        if (quotes.Article[a] == quotes.Article[b] || !CanLink(space, b, options))
        {
            return null;
        }

        var (count, weight) = space.Index.Shared(a, b);
        int smaller = Math.Min(space.Keys.Length(a), space.Keys.Length(b));
        double lighter = Math.Min(space.Index.Weight(a), space.Index.Weight(b));
        return count >= options.MinSharedKeys && count >= options.MinContainment * smaller && weight >= options.MinWeightedContainment * lighter
            ? (double)count / smaller
            : null;
    }

    /// <summary>
    /// Short fragments ("forced", “military positions”) join a shared group when every version of it from another article that
    /// could contain them does: at least two such versions, or the only one. They never link groups together.
    /// </summary>
    private static void AttachFragments(Quote[] sorted, QuoteFacts quotes, KeySpace same, GroupingOptions options, int[] groupOf)
    {
        var articlesPerGroup = new Dictionary<int, HashSet<int>>();
        for (int q = 0; q < quotes.Count; q++)
        {
            if (CanLink(same, q, options))
            {
                (articlesPerGroup.TryGetValue(groupOf[q], out var set) ? set : articlesPerGroup[groupOf[q]] = []).Add(quotes.Article[q]);
            }
        }

        var found = new CandidateSet(quotes.Count);
        for (int q = 0; q < quotes.Count; q++)
        {
            int keyCount = same.Keys.Length(q);
            if (keyCount == 0 || CanLink(same, q, options) || sorted[q].Kind == QuoteKind.Full)
            {
                continue;
            }

            var containing = new Dictionary<int, HashSet<int>>();
            same.Index.Candidates(q, 1.0, 1, found);
            foreach (var other in found.Found)
            {
                if (quotes.Article[other] != quotes.Article[q] && quotes.Language[other] == quotes.Language[q] && CanLink(same, other, options)
                    && same.Index.Shared(q, other).Count == keyCount)
                {
                    (containing.TryGetValue(groupOf[other], out var set) ? set : containing[groupOf[other]] = []).Add(quotes.Article[other]);
                }
            }

            var best = containing
                .Where(g => articlesPerGroup[g.Key].Count > 1)
                .Where(g => g.Value.Count >= Math.Min(2, articlesPerGroup[g.Key].Count(a => a != quotes.Article[q])))
                .OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key)
                .Select(g => (int?)g.Key).FirstOrDefault();
            if (best is int group)
            {
                groupOf[q] = group;
            }
        }
    }

    /// <summary>
    /// The groups in their fixed order (most articles first, then most members, then by the first member's place) and
    /// numbered in it. Members keep the quotes' order, which is by article, so a group's articles are counted as changes.
    /// </summary>
    private static List<QuoteGroup> Number(Quote[] quotes, int[] groupOf)
    {
        var members = new Dictionary<int, List<Quote>>();
        for (int q = 0; q < quotes.Length; q++)
        {
            (members.TryGetValue(groupOf[q], out var list) ? list : members[groupOf[q]] = []).Add(quotes[q]);
        }

        var groups = members.Values.Select(m => (Members: m, Articles: Articles(m))).ToArray();
        Array.Sort(groups, (x, y) =>
            x.Articles != y.Articles ? y.Articles.CompareTo(x.Articles)
            : x.Members.Count != y.Members.Count ? y.Members.Count.CompareTo(x.Members.Count)
            : string.CompareOrdinal(x.Members[0].ArticleId, y.Members[0].ArticleId) is var byArticle and not 0 ? byArticle
            : x.Members[0].Start.CompareTo(y.Members[0].Start));
        int digits = Math.Max(2, groups.Length.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        return groups.Select((g, i) => new QuoteGroup("G" + (i + 1).ToString("D" + digits, System.Globalization.CultureInfo.InvariantCulture), g.Members)).ToList();

        static int Articles(List<Quote> sorted) => 1 + Enumerable.Range(1, sorted.Count - 1).Count(i => sorted[i].ArticleId != sorted[i - 1].ArticleId);
    }

    /// <summary>Two quotes found to be versions of one another (<see cref="A"/> &lt; <see cref="B"/>), and how similar.</summary>
    private readonly record struct Link(int A, int B, double Similarity)
    {
        /// <summary>Strongest first, then by position.</summary>
        public static readonly Comparison<Link> StrongestFirst = (x, y) =>
            x.Similarity != y.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B);
    }

    /// <summary>What grouping compares besides keys, per quote as small integers: its article and its language.</summary>
    private sealed class QuoteFacts
    {
        public QuoteFacts(Quote[] quotes)
        {
            Count = quotes.Length;
            Article = new int[quotes.Length];
            Language = new int[quotes.Length];
            var languages = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int q = 0; q < quotes.Length; q++)
            {
                Article[q] = q > 0 && quotes[q].ArticleId == quotes[q - 1].ArticleId ? Article[q - 1] : q;
                var language = StopWords.Primary(quotes[q].Language);
                Language[q] = languages.TryGetValue(language, out var id) ? id : languages[language] = languages.Count;
            }

            var perLanguage = new int[languages.Count];
            foreach (var language in Language)
            {
                perLanguage[language]++;
            }

            // The corpus's main language: the most quotes, ties to the ordinally first name.
            MainLanguage = languages.OrderByDescending(l => perLanguage[l.Value]).ThenBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value).FirstOrDefault(-1);
        }

        /// <summary>The number of quotes.</summary>
        public int Count { get; }

        /// <summary>Per quote, a number shared by the quotes of one article (quotes come sorted by article).</summary>
        public int[] Article { get; }

        /// <summary>Per quote, a number shared by the quotes of one primary language.</summary>
        public int[] Language { get; }

        /// <summary>The language with the most quotes.</summary>
        public int MainLanguage { get; }
    }

    /// <summary>The keys of every quote under one way of keying, and the index over them.</summary>
    private sealed class KeySpace
    {
        /// <param name="quotes">The quotes, in their fixed order.</param>
        /// <param name="keyer">How a quote becomes keys.</param>
        /// <param name="options">The candidate index's limits.</param>
        /// <param name="pairs">Whether adjacent key pairs are indexed too (for one language, where word order carries over).</param>
        /// <param name="profile">Where to record the time of making keys and of indexing them, if anywhere.</param>
        /// <param name="name">The name of the key space in the profile.</param>
        public KeySpace(Quote[] quotes, Func<Quote, IReadOnlyCollection<string>> keyer, GroupingOptions options, bool pairs, Action<string>? profile, string name)
        {
            var interned = KeyTable.Intern(quotes.Length, q => keyer(quotes[q]));
            profile?.Invoke(name + " keys");
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

            profile?.Invoke(name + " index");
        }

        public IntSets Keys { get; }

        public CandidateIndex Index { get; }
    }
}
