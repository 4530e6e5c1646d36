namespace QuoteLens.Grouping;

/// <content>
/// A version that clustering put with another statement follows its cross-language links: see <see cref="MoveStrays"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The fewest distinct texts of the group a stray version moves to that it must link to.</summary>
    internal const int StrayMinLinks = 3;

    /// <summary>The share of that group's distinct texts (in other languages than the stray's) that it must link to.</summary>
    internal const double StrayMinDensity = 0.5;

    /// <summary>
    /// A version (not a fragment) of a group that holds versions in other languages, none of which it links to, while it links
    /// to at least <see cref="StrayMinLinks"/> distinct texts, and at least <see cref="StrayMinDensity"/> of the distinct texts
    /// in other languages, of one other group (and to less than half as many of any third), was put by clustering with a
    /// statement it does not render (same-language keys it shares with a neighbouring statement: "white flag" in a sentence on
    /// the Vatican's strategy and in the statement itself): it moves to the group it renders. Measured on the nine answer
    /// keys: cross-language P/R/F1 0.843/0.629/0.720 → 0.844/0.633/0.723, same-language F1 0.903 → 0.904; held-out
    /// unchanged. Letting a version move that links to its own group four times less (not at all) reached 0.727 on the nine
    /// keys (pope-white-flag cross F1 0.811 → 0.832) but lost precision (0.835) and held-out (0.486 → 0.485).
    /// </summary>
    private static void MoveStrays(IdenticalTexts texts, Assignment state, IReadOnlyList<CrossLanguage.CrossLanguageLink> crossLinks, List<Evidence> evidence)
    {
        if (crossLinks.Count == 0)
        {
            return;
        }

        int n = state.Key.Length;
        var linked = new HashSet<int>();
        foreach (var link in crossLinks)
        {
            linked.Add(link.A);
            linked.Add(link.B);
        }

        // Per linked text, the groups its versions stand in (with one copy each); only those groups are read below, so
        // only theirs are counted: per group and language, its distinct texts (the rest of a large corpus is skipped).
        var copiesIn = new Dictionary<int, Dictionary<int, int>>();
        var relevant = new HashSet<int>();
        for (int q = 0; q < n; q++)
        {
            if (!state.Fragment[q] && linked.Contains(texts.Of[q]))
            {
                (copiesIn.TryGetValue(texts.Of[q], out var groups) ? groups : copiesIn[texts.Of[q]] = []).TryAdd(state.Key[q], q);
                relevant.Add(state.Key[q]);
            }
        }

        var textsOf = new Dictionary<(int Group, int Language), HashSet<int>>();
        var languagesOf = new Dictionary<int, HashSet<int>>();
        for (int q = 0; q < n; q++)
        {
            if (state.Fragment[q] || !relevant.Contains(state.Key[q]))
            {
                continue;
            }

            int t = texts.Of[q], g = state.Key[q], language = texts.Language[t];
            (textsOf.TryGetValue((g, language), out var set) ? set : textsOf[(g, language)] = []).Add(t);
            (languagesOf.TryGetValue(g, out var languages) ? languages : languagesOf[g] = []).Add(language);
        }

        // Per group, its distinct texts in all languages (a text stands in one language).
        var textCount = new Dictionary<int, int>();
        foreach (var ((group, _), set) in textsOf)
        {
            textCount[group] = textCount.GetValueOrDefault(group) + set.Count;
        }

        var partners = new Dictionary<int, List<int>>();
        foreach (var link in crossLinks)
        {
            (partners.TryGetValue(link.A, out var a) ? a : partners[link.A] = []).Add(link.B);
            (partners.TryGetValue(link.B, out var b) ? b : partners[link.B] = []).Add(link.A);
        }

        var moves = new List<(int Text, int From, int To, int Partner)>();
        foreach (var (t, list) in partners.OrderBy(p => p.Key))
        {
            if (!copiesIn.TryGetValue(t, out var ownGroups))
            {
                continue;
            }

            int language = texts.Language[t];
            foreach (var g in ownGroups.Keys.Order())
            {
                if (!languagesOf[g].Any(l => l != language))
                {
                    continue;
                }

                // Distinct partner texts per group they stand in (a partner's copies may stand in several groups).
                var reach = new Dictionary<int, int>();
                var witness = new Dictionary<int, int>();
                int own = 0;
                foreach (var p in list.Distinct())
                {
                    if (!copiesIn.TryGetValue(p, out var partnerGroups))
                    {
                        continue;
                    }

                    foreach (var (h, copy) in partnerGroups)
                    {
                        own += h == g ? 1 : 0;
                        reach[h] = reach.GetValueOrDefault(h) + 1;
                        witness.TryAdd(h, copy);
                    }
                }

                if (own > 0 || reach.Count == 0)
                {
                    continue;
                }

                var ranked = reach.OrderByDescending(p => p.Value).ThenBy(p => p.Key).ToList();
                var (best, count) = (ranked[0].Key, ranked[0].Value);
                int others = textCount[best] - (textsOf.TryGetValue((best, language), out var same) ? same.Count : 0);
                if (count >= StrayMinLinks && count >= StrayMinDensity * others && (ranked.Count == 1 || ranked[1].Value * 2 < count))
                {
                    moves.Add((t, g, best, witness[best]));
                }
            }
        }

        if (moves.Count == 0)
        {
            return;
        }

        var target = moves.ToDictionary(m => (m.Text, m.From), m => m.To);
        foreach (var m in moves)
        {
            evidence.Add(new Evidence(m.Partner, copiesIn[m.Text][m.From], "cross-language: links to another statement only"));
        }

        for (int q = 0; q < n; q++)
        {
            if (!state.Fragment[q] && target.TryGetValue((texts.Of[q], state.Key[q]), out var to))
            {
                state.Key[q] = to;
            }
        }
    }
}
