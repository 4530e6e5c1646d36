using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <summary>Same-language statement order: see <see cref="JoinByStatementOrder"/>.</summary>
public static partial class QuoteGrouper
{
    /// <summary>The most sentences between two anchors of an article for the gap to be aligned by order.</summary>
    private const int OrderMaxGap = 3;

    /// <summary>The most articles of one gap (two anchors in a row) compared with each other: the cost per gap is bounded.</summary>
    private const int OrderMaxArticles = 48;

    /// <summary>The most two sentences paired by order may differ in length (ratio of character lengths).</summary>
    private const double OrderMaxLengthRatio = 1.8;

    /// <summary>
    /// Versions that share too few words to be compared on them ("You gotta pay." and "You must pay.", "nothing can be
    /// ruled out" and "nothing should be excluded") still stand in the same place of two articles that tell the same
    /// story: between the same two shared statements. Per article, every two sentences of shared groups (anchors) with
    /// at most <see cref="OrderMaxGap"/> sentences between them make a gap; in two articles of one language with the same
    /// two anchors, a sentence of one gap and a sentence of the other pair when they are the only ones in their gaps that
    /// share a content key, their lengths agree, and at least one of them is carried by its article alone. Such a sentence
    /// joins the other's group; a sentence pointing to two different shared groups joins neither. The work is linear in
    /// the sentences (each gap compares a bounded number of articles).
    /// </summary>
    private static void JoinByStatementOrder(Quote[] sorted, IdenticalTexts texts, KeySpace same, Assignment state, List<Evidence> evidence)
    {
        int n = sorted.Length;

        // The articles of each group (its members, not its fragments), and each article's groups.
        var articlesOf = new Dictionary<int, HashSet<int>>();
        for (int q = 0; q < n; q++)
        {
            if (!state.Fragment[q] && !texts.Empty[texts.Of[q]])
            {
                (articlesOf.TryGetValue(state.Key[q], out var set) ? set : articlesOf[state.Key[q]] = []).Add(state.Article[q]);
            }
        }

        bool Shared(int key) => articlesOf.TryGetValue(key, out var s) && s.Count > 1;
        bool Carries(int article, int key) => articlesOf.TryGetValue(key, out var s) && s.Contains(article);

        // Gaps by (language, anchor before, anchor after): per article, the sentences between.
        var gaps = new Dictionary<(int Language, int Before, int After), List<(int Article, int From, int To)>>();
        for (int start = 0; start < n;)
        {
            int end = start;
            while (end < n && state.Article[end] == state.Article[start])
            {
                end++;
            }

            var members = new List<int>();
            for (int q = start; q < end; q++)
            {
                if (!state.Fragment[q] && !texts.Empty[texts.Of[q]])
                {
                    members.Add(q);
                }
            }

            for (int i = 0; i < members.Count; i++)
            {
                int before = state.Key[members[i]];
                if (!Shared(before))
                {
                    continue;
                }

                for (int j = i + 2; j < members.Count && j - i - 1 <= OrderMaxGap; j++)
                {
                    int after = state.Key[members[j]];
                    if (Shared(after) && after != before)
                    {
                        var key = (texts.Language[texts.Of[members[i]]], before, after);
                        (gaps.TryGetValue(key, out var list) ? list : gaps[key] = []).Add((state.Article[members[i]], i + 1, j));
                    }
                }
            }

            start = end;
        }

        // Per article, its members again (the gaps hold positions in this list).
        var membersOf = new Dictionary<int, List<int>>();
        for (int q = 0; q < n; q++)
        {
            if (!state.Fragment[q] && !texts.Empty[texts.Of[q]])
            {
                (membersOf.TryGetValue(state.Article[q], out var list) ? list : membersOf[state.Article[q]] = []).Add(q);
            }
        }

        var proposals = new List<(int Lone, int Other)>();
        foreach (var entries in gaps.OrderBy(g => g.Key).Select(g => g.Value))
        {
            int count = Math.Min(entries.Count, OrderMaxArticles);
            for (int x = 0; x < count; x++)
            {
                for (int y = x + 1; y < count; y++)
                {
                    var (ax, ay) = (entries[x].Article, entries[y].Article);
                    if (ax == ay)
                    {
                        continue;
                    }

                    var gapX = Gap(entries[x], ay);
                    var gapY = Gap(entries[y], ax);
                    foreach (var s in gapX)
                    {
                        int partner = -1, partners = 0;
                        foreach (var t in gapY)
                        {
                            if (Fits(s, t))
                            {
                                partner = t;
                                partners++;
                            }
                        }

                        if (partners != 1 || gapX.Count(o => Fits(o, partner)) != 1)
                        {
                            continue;
                        }

                        bool loneS = !Shared(state.Key[s]), loneT = !Shared(state.Key[partner]);
                        if (loneS)
                        {
                            proposals.Add((s, partner));
                        }
                        else if (loneT)
                        {
                            proposals.Add((partner, s));
                        }
                    }
                }
            }
        }

        if (proposals.Count == 0)
        {
            return;
        }

        // Lone groups joined to one another form components; a component joins the one shared group it points to, if only one.
        var ids = new Dictionary<int, int>();
        int Id(int key) => ids.TryGetValue(key, out int id) ? id : ids[key] = ids.Count;
        foreach (var (lone, other) in proposals)
        {
            Id(state.Key[lone]);
            if (!Shared(state.Key[other]))
            {
                Id(state.Key[other]);
            }
        }

        var sets = new UnionFind(ids.Count);
        foreach (var (lone, other) in proposals)
        {
            if (!Shared(state.Key[other]))
            {
                sets.Union(ids[state.Key[lone]], ids[state.Key[other]]);
            }
        }

        var targets = new Dictionary<int, (int Key, int From, int To, bool Many)>();
        foreach (var (lone, other) in proposals)
        {
            int root = sets.Find(ids[state.Key[lone]]);
            if (Shared(state.Key[other]))
            {
                targets[root] = targets.TryGetValue(root, out var t) ? (t.Key, t.From, t.To, t.Many || t.Key != state.Key[other]) : (state.Key[other], other, lone, false);
            }
        }

        // The new key of each lone group: its component's shared group, else the component's first group.
        var firstOf = new Dictionary<int, int>();
        foreach (var (key, id) in ids.OrderBy(p => p.Key))
        {
            firstOf.TryAdd(sets.Find(id), key);
        }

        var remap = new Dictionary<int, int>();
        foreach (var (key, id) in ids)
        {
            int root = sets.Find(id);
            int target = targets.TryGetValue(root, out var t) && !t.Many ? t.Key : firstOf[root];
            if (target != key)
            {
                remap[key] = target;
            }
        }

        var linked = new HashSet<int>();
        foreach (var (lone, other) in proposals)
        {
            if (remap.ContainsKey(state.Key[lone]) && linked.Add(lone))
            {
                evidence.Add(new Evidence(other, lone, "statement order: between the same two shared statements"));
            }
        }

        for (int q = 0; q < n; q++)
        {
            if (remap.TryGetValue(state.Key[q], out int target))
            {
                state.Key[q] = target;
            }
        }

        // The sentences of a gap that the other article does not carry (an anchor of the two articles is not in a gap).
        List<int> Gap((int Article, int From, int To) entry, int otherArticle)
        {
            var list = membersOf[entry.Article];
            var gap = new List<int>();
            for (int p = entry.From; p < entry.To; p++)
            {
                if (!Carries(otherArticle, state.Key[list[p]]) && sorted[list[p]].Kind != QuoteKind.Scare)
                {
                    gap.Add(list[p]);
                }
            }

            return gap;
        }

        bool Fits(int a, int b)
        {
            if (state.Key[a] == state.Key[b] || (Shared(state.Key[a]) && Shared(state.Key[b])))
            {
                return false;
            }

            int la = sorted[a].Text.Length, lb = sorted[b].Text.Length;
            return Math.Max(la, lb) <= OrderMaxLengthRatio * Math.Min(la, lb) && same.Index.Shared(texts.Of[a], texts.Of[b]).Count >= 1;
        }
    }
}
