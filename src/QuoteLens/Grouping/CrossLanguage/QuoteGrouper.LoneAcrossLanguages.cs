using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// Cross-language links for the sentences left alone: a short sentence or a partial quote is never compared on its words
/// within its language, so the cross-language links it has (dictionary matches, statement order) are its only way into
/// the statement it renders.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The share of the pairs, of the lone group's language and one language of the shared group, that must be linked.</summary>
    internal const double LoneMinDensity = 0.9;

    /// <summary>The fewest links (per pair of sentences) between a lone group and the shared group it joins.</summary>
    internal const int LoneMinLinks = 2;

    /// <summary>
    /// A group whose sentences all come from one article (a short sentence, a partial quote, a version no outlet of its
    /// language repeats) joins the group of other articles that its cross-language links reach most densely: for one
    /// language of that group, at least <see cref="LoneMinDensity"/> of the pairs between the lone group's sentences and that
    /// language's sentences are linked, and at least <see cref="LoneMinLinks"/> links. Partial quotes join as fragments.
    /// </summary>
    private static void JoinLoneAcrossLanguages(IdenticalTexts texts, Role[] roles, Assignment state, IReadOnlyList<CrossLanguage.CrossLanguageLink> crossLinks, List<Evidence> evidence)
    {
        const int MaxCopies = 64;
        if (crossLinks.Count == 0)
        {
            return;
        }

        int n = state.Key.Length;
        var size = new Dictionary<(int Group, int Language), int>();
        var total = new Dictionary<int, int>();
        var articles = new Dictionary<int, HashSet<int>>();
        for (int q = 0; q < n; q++)
        {
            if (!state.Fragment[q])
            {
                var key = (state.Key[q], texts.Language[texts.Of[q]]);
                size[key] = size.GetValueOrDefault(key) + 1;
                total[state.Key[q]] = total.GetValueOrDefault(state.Key[q]) + 1;
                (articles.TryGetValue(state.Key[q], out var set) ? set : articles[state.Key[q]] = []).Add(state.Article[q]);
            }
        }

        bool Lone(int group) => !articles.TryGetValue(group, out var set) || set.Count <= 1;

        // Links between a lone group and a shared one, per language of the shared side.
        var linked = new Dictionary<(int Lone, int Shared, int Language), int>();
        var first = new Dictionary<(int Lone, int Shared), (int From, int To)>();
        foreach (var link in crossLinks)
        {
            int seenA = 0;
            foreach (var qa in texts.CopiesOf(link.A))
            {
                if (++seenA > MaxCopies)
                {
                    break;
                }

                int seenB = 0;
                foreach (var qb in texts.CopiesOf(link.B))
                {
                    if (++seenB > MaxCopies)
                    {
                        break;
                    }

                    int ga = state.Key[qa], gb = state.Key[qb];
                    if (ga == gb || state.Fragment[qa] || state.Fragment[qb] || Lone(ga) == Lone(gb))
                    {
                        continue;
                    }

                    var (lone, shared, to, from) = Lone(ga) ? (ga, gb, qb, qa) : (gb, ga, qa, qb);
                    var key = (lone, shared, texts.Language[texts.Of[to]]);
                    linked[key] = linked.GetValueOrDefault(key) + 1;
                    first.TryAdd((lone, shared), (to, from));
                }
            }
        }

        var best = new Dictionary<int, (int Shared, double Density, int Count)>();
        foreach (var ((lone, shared, language), count) in linked.OrderBy(p => p.Key.Lone).ThenBy(p => p.Key.Shared).ThenBy(p => p.Key.Language))
        {
            double density = (double)count / (Math.Max(1, total.GetValueOrDefault(lone)) * size[(shared, language)]);
            if (count >= LoneMinLinks && density >= LoneMinDensity
                && (!best.TryGetValue(lone, out var seen) || density > seen.Density || (density == seen.Density && count > seen.Count)))
            {
                best[lone] = (shared, density, count);
            }
        }

        if (best.Count == 0)
        {
            return;
        }

        for (int q = 0; q < n; q++)
        {
            if (best.TryGetValue(state.Key[q], out var target))
            {
                var (to, from) = first[(state.Key[q], target.Shared)];
                if (from == q)
                {
                    evidence.Add(new Evidence(to, from, "cross-language: links to the versions of another language"));
                }

                state.Key[q] = target.Shared;
                state.Fragment[q] |= roles[texts.Of[q]] == Role.Fragment;
            }
        }
    }
}
