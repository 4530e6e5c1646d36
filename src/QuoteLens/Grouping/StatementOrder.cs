using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Grouping;

/// <summary>Same-language statement order: see <see cref="JoinByStatementOrder"/>.</summary>
public static partial class QuoteGrouper
{
    /// <summary>The most sentences between two anchors of two articles, on either side, for the gap to be aligned by order.</summary>
    private const int OrderMaxGap = 3;

    /// <summary>How many sentences past either end of a chain of anchors may pair by order.</summary>
    private const int OrderMaxEnd = 2;

    /// <summary>
    /// The fewest shared groups (anchors in order) two articles must carry for their other sentences to pair by order. One
    /// anchor is enough: the sentence right after "There is no consensus today to send troops" in two French articles
    /// ("Mais en dynamique, rien ne doit être exclu" and "mais au fil du temps, rien ne peut être exclu") is the same
    /// statement, though the articles share no second one. Measured against two anchors: macron same-language 157/166 →
    /// 161/170 of 169, cross-language 190/197 → 199/206 of 205; prigozhin-ammunition same 79/97 → 80/98, cross 470/613 →
    /// 479/619; scholz same 10/14 → 11/15; every other key (the sealed ones too) unchanged; generated 20,000: one planted
    /// pair more found, none wrong (statement order 356 → 383 ms).
    /// </summary>
    private const int OrderMinAnchors = 1;

    /// <summary>Groups carried by more articles than this do not make article pairs (they still anchor): the pairs per group are bounded.</summary>
    private const int OrderMaxArticles = 48;

    /// <summary>The most two sentences paired by order may differ in length (ratio of character lengths).</summary>
    private const double OrderMaxLengthRatio = 1.8;

    /// <summary>
    /// Versions that share too few words to be compared on them ("You gotta pay." and "You must pay.", "nothing can be
    /// ruled out" and "nothing should be excluded") still stand in the same place of two articles that tell the same
    /// story. For two articles of one language that carry a shared group or more (<see cref="OrderMinAnchors"/>), the sentences of groups both carry
    /// are anchors (their longest chain in reading order); the sentences between two anchors (up to
    /// <see cref="OrderMaxGap"/> a side) and past either end of the chain (up to <see cref="OrderMaxEnd"/>) are aligned in
    /// order, a pair allowed when their lengths agree and they share a content key, at least
    /// <see cref="GroupingOptions.MinContainment"/> of the smaller one's keys and <see cref="GroupingOptions.MinWeightedContainment"/> of its rarity weight
    /// (the measures of versions, without the least number of shared keys), and at least one of them is carried
    /// by its article alone. Such a sentence joins the other's group; a sentence pointing to two different shared groups
    /// joins neither. Article pairs come from groups of at most <see cref="OrderMaxArticles"/> articles, so the work grows
    /// with the corpus, not with its square.
    /// </summary>
    private static void JoinByStatementOrder(Quote[] sorted, IdenticalTexts texts, KeySpace same, Assignment state, List<Evidence> evidence, GroupingOptions options)
    {
        int n = sorted.Length;

        var (membersOf, articlesOf, _) = MembersArticlesLanguages(texts, state, withLanguages: false);

        bool Shared(int key) => articlesOf.TryGetValue(key, out var s) && s.Count > 1;

        // Pairs of articles of one language and how many groups they share.
        var pairs = new Dictionary<(int X, int Y), int>();
        foreach (var (key, articles) in articlesOf)
        {
            if (articles.Count < 2 || articles.Count > OrderMaxArticles)
            {
                continue;
            }

            for (int i = 0; i < articles.Count; i++)
            {
                for (int j = i + 1; j < articles.Count; j++)
                {
                    if (texts.Language[texts.Of[articles[i]]] == texts.Language[texts.Of[articles[j]]])
                    {
                        var pair = (articles[i], articles[j]);
                        pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                    }
                }
            }
        }

        var proposals = new List<(int Lone, int Other)>();
        foreach (var (x, y) in pairs.Where(p => p.Value >= OrderMinAnchors).Select(p => p.Key).Order())
        {
            var mx = membersOf[x];
            var my = membersOf[y];
            var (chain, anchoredX, anchoredY) = AnchorChain(mx, my, state);
            if (chain.Count < OrderMinAnchors)
            {
                continue;
            }

            foreach (var (s, t) in PairsAroundChain(chain, mx, my, anchoredX, anchoredY, sorted, OrderMaxGap, OrderMaxEnd, Gain))
            {
                if (!Shared(state.Key[s]))
                {
                    proposals.Add((s, t));
                }
                else if (!Shared(state.Key[t]))
                {
                    proposals.Add((t, s));
                }
            }
        }

        JoinProposed(proposals, n, state, Shared, evidence, "statement order: in the same place between shared statements", keepPointingToMany: true, moved: null);

        // What pairing two sentences of two gaps is worth (1 less the log of their length ratio), or null when they may not pair.
        double? Gain(int a, int b)
        {
            if (state.Key[a] == state.Key[b] || (Shared(state.Key[a]) && Shared(state.Key[b])))
            {
                return null;
            }

            int la = sorted[a].Text.Length, lb = sorted[b].Text.Length;
            int ta = texts.Of[a], tb = texts.Of[b];
            var (shared, weight) = same.Index.Shared(ta, tb);
            return Math.Max(la, lb) <= OrderMaxLengthRatio * Math.Min(la, lb) && shared >= 1
                && shared >= options.MinContainment * Math.Min(same.Keys.Length(ta), same.Keys.Length(tb))
                && weight >= options.MinWeightedContainment * Math.Min(same.Index.Weight(ta), same.Index.Weight(tb))
                ? 1 - Math.Abs(Math.Log((double)Math.Max(1, la) / Math.Max(1, lb)))
                : null;
        }
    }

    /// <summary>
    /// Makes the joins an order pass proposed, each (a sentence whose group only its article carries, the sentence it
    /// stands for). Lone groups proposed to one another form components; a component joins the one shared group it
    /// points to. A component pointing to several shared groups joins none of them: its lone groups stay together when
    /// <paramref name="keepPointingToMany"/> is set, else they stay as they were. Each sentence whose group moved records
    /// <paramref name="why"/> once; <paramref name="moved"/> is told of every sentence that changed group.
    /// </summary>
    private static void JoinProposed(List<(int Lone, int Other)> proposals, int n, Assignment state, Func<int, bool> shared, List<Evidence> evidence, string why, bool keepPointingToMany, Action<int>? moved)
    {
        if (proposals.Count == 0)
        {
            return;
        }

        var ids = new Dictionary<int, int>();
        foreach (var (lone, other) in proposals)
        {
            ids.TryAdd(state.Key[lone], ids.Count);
            if (!shared(state.Key[other]))
            {
                ids.TryAdd(state.Key[other], ids.Count);
            }
        }

        var sets = new UnionFind(ids.Count);
        foreach (var (lone, other) in proposals)
        {
            if (!shared(state.Key[other]))
            {
                sets.Union(ids[state.Key[lone]], ids[state.Key[other]]);
            }
        }

        var targets = new Dictionary<int, (int Key, bool Many)>();
        foreach (var (lone, other) in proposals)
        {
            int root = sets.Find(ids[state.Key[lone]]);
            if (shared(state.Key[other]))
            {
                targets[root] = targets.TryGetValue(root, out var t) ? (t.Key, t.Many || t.Key != state.Key[other]) : (state.Key[other], false);
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
            bool hasTarget = targets.TryGetValue(root, out var t);
            if (hasTarget && t.Many && !keepPointingToMany)
            {
                continue;
            }

            int target = hasTarget && !t.Many ? t.Key : firstOf[root];
            if (target != key)
            {
                remap[key] = target;
            }
        }

        var linked = new HashSet<int>();
        foreach (var (lone, other) in proposals)
        {
            // The sentence whose group moves is the one linked (in a component of lone groups, all but the first move).
            var (from, to) = remap.ContainsKey(state.Key[lone]) ? (other, lone) : remap.ContainsKey(state.Key[other]) ? (lone, other) : (-1, -1);
            if (to >= 0 && linked.Add(to))
            {
                evidence.Add(new Evidence(from, to, why));
            }
        }

        for (int q = 0; q < n; q++)
        {
            if (remap.TryGetValue(state.Key[q], out int target))
            {
                state.Key[q] = target;
                moved?.Invoke(q);
            }
        }
    }

    /// <summary>
    /// The sentences two articles' chain of anchors leaves between two anchors (gaps of up to <paramref name="maxGap"/> a
    /// side) and past either end (up to <paramref name="maxEnd"/>), paired in order by <see cref="OrderedPairs.Best"/> with
    /// <paramref name="gain"/>; anchored sentences and scare quotes are left out.
    /// </summary>
    private static IEnumerable<(int X, int Y)> PairsAroundChain(List<(int X, int Y)> chain, List<int> mx, List<int> my, bool[] anchoredX, bool[] anchoredY, Quote[] sorted, int maxGap, int maxEnd, Func<int, int, double?> gain)
    {
        var pairs = new List<(int X, int Y)>();
        for (int k = 0; k + 1 < chain.Count; k++)
        {
            int gapX = chain[k + 1].X - chain[k].X - 1, gapY = chain[k + 1].Y - chain[k].Y - 1;
            if (gapX > 0 && gapY > 0 && gapX <= maxGap && gapY <= maxGap)
            {
                Align(chain[k].X + 1, gapX, chain[k].Y + 1, gapY);
            }
        }

        var (first, last) = (chain[0], chain[^1]);
        Align(last.X + 1, Math.Min(maxEnd, mx.Count - last.X - 1), last.Y + 1, Math.Min(maxEnd, my.Count - last.Y - 1));
        int beforeX = Math.Min(maxEnd, first.X), beforeY = Math.Min(maxEnd, first.Y);
        Align(first.X - beforeX, beforeX, first.Y - beforeY, beforeY);
        return pairs;

        void Align(int fromX, int countX, int fromY, int countY)
        {
            var gx = Enumerable.Range(fromX, Math.Max(0, countX)).Where(p => !anchoredX[p] && sorted[mx[p]].Kind != QuoteKind.Scare).Select(p => mx[p]).ToArray();
            var gy = Enumerable.Range(fromY, Math.Max(0, countY)).Where(p => !anchoredY[p] && sorted[my[p]].Kind != QuoteKind.Scare).Select(p => my[p]).ToArray();
            if (gx.Length > 0 && gy.Length > 0)
            {
                pairs.AddRange(OrderedPairs.Best(gx, gy, gain));
            }
        }
    }

    /// <summary>
    /// The anchors of two articles' members in reading order (<paramref name="mx"/>, <paramref name="my"/>): the places of
    /// sentences of one group in both, their longest chain in order of both, and which places of each are anchored at all.
    /// </summary>
    private static (List<(int X, int Y)> Chain, bool[] AnchoredX, bool[] AnchoredY) AnchorChain(List<int> mx, List<int> my, Assignment state)
    {
        var keysY = new Dictionary<int, List<int>>();
        for (int p = 0; p < my.Count; p++)
        {
            (keysY.TryGetValue(state.Key[my[p]], out var l) ? l : keysY[state.Key[my[p]]] = []).Add(p);
        }

        var anchors = new List<(int X, int Y)>();
        var anchoredX = new bool[mx.Count];
        var anchoredY = new bool[my.Count];
        for (int p = 0; p < mx.Count; p++)
        {
            if (keysY.TryGetValue(state.Key[mx[p]], out var at))
            {
                anchoredX[p] = true;
                foreach (var py in at)
                {
                    anchoredY[py] = true;
                    anchors.Add((p, py));
                }
            }
        }

        return (IncreasingChain.Longest(anchors), anchoredX, anchoredY);
    }

    /// <summary>
    /// Each article's members (not its fragments, not empty texts) in reading order, and each group's articles (in order)
    /// and, when <paramref name="withLanguages"/>, languages (else none): what the passes within article pairs read, in one
    /// language (statement order) and across languages.
    /// </summary>
    private static (Dictionary<int, List<int>> MembersOf, Dictionary<int, List<int>> ArticlesOf, Dictionary<int, List<int>> LanguagesOf) MembersArticlesLanguages(IdenticalTexts texts, Assignment state, bool withLanguages = true)
    {
        int n = state.Key.Length;
        var membersOf = new Dictionary<int, List<int>>();
        var articlesOf = new Dictionary<int, List<int>>();
        var languagesOf = new Dictionary<int, List<int>>();
        for (int q = 0; q < n; q++)
        {
            if (state.Fragment[q] || texts.Empty[texts.Of[q]])
            {
                continue;
            }

            (membersOf.TryGetValue(state.Article[q], out var list) ? list : membersOf[state.Article[q]] = []).Add(q);
            var articles = articlesOf.TryGetValue(state.Key[q], out var a) ? a : articlesOf[state.Key[q]] = [];
            if (articles.Count == 0 || articles[^1] != state.Article[q])
            {
                articles.Add(state.Article[q]);
            }

            if (!withLanguages)
            {
                continue;
            }

            var languages = languagesOf.TryGetValue(state.Key[q], out var l) ? l : languagesOf[state.Key[q]] = [];
            if (!languages.Contains(texts.Language[texts.Of[q]]))
            {
                languages.Add(texts.Language[texts.Of[q]]);
            }
        }

        return (membersOf, articlesOf, languagesOf);
    }
}
