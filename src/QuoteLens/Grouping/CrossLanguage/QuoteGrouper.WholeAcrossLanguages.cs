namespace QuoteLens.Grouping;

/// <content>
/// Two shared groups that share a language and still render one statement: independent translations of one original
/// (two agencies translating a Russian sentence into English in their own words) that same-language grouping kept apart.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The share of the cross-language pairs of sentences between two groups sharing a language that must be linked for them to join.</summary>
    internal const double WholeMinDensity = 0.4;

    /// <summary>The fewest links (per pair of sentences) between two groups sharing a language that join.</summary>
    internal const int WholeMinLinks = 6;

    /// <summary>How many times the links to any other group the links between two groups sharing a language must be.</summary>
    internal const int WholeDominance = 3;

    /// <summary>
    /// The joins of two shared groups that share a language (each pair: the smaller group, the larger it joins, the density,
    /// link count and mean similarity): the links between their sentences of different languages make up at least
    /// <see cref="WholeMinDensity"/> of those pairs (over all their languages, at least <see cref="WholeMinLinks"/>), the
    /// smaller group links to no other group with a third as many links (unless that group links to the larger one too: a
    /// third part of the same statement), and no article carries versions in both (an article quoting two sentences quotes two
    /// statements; one article in common is allowed when the smaller group spans <see cref="WholeOverlapLanguages"/> languages). Same-language grouping keeps apart two translations of one original in
    /// other words; the versions of the other languages each render both, so they link densely to both. Measured: held-out
    /// lukashenko cross-language P/R/F1 0.700/0.326/0.445 → 0.644/0.415/0.504 (the precision lost is pairs with sentences
    /// already wrongly in the larger group), same-language F1 0.651 → 0.681; nine answer keys unchanged.
    /// </summary>
    internal static IEnumerable<(int Small, (int Large, double Density, int Count, double Strength) Target)> WholeJoins(
        Dictionary<(int Small, int Large), int> whole,
        Dictionary<(int Small, int Large), double> wholeStrength,
        Dictionary<(int Group, int Language), int> size,
        ILookup<int, int> languagesOf,
        Dictionary<int, HashSet<int>> articles)
    {
        // Per group, the groups it links to and how many links.
        var neighbours = new Dictionary<int, Dictionary<int, int>>();
        foreach (var ((small, large), count) in whole.OrderBy(p => p.Key.Small).ThenBy(p => p.Key.Large))
        {
            (neighbours.TryGetValue(small, out var ns) ? ns : neighbours[small] = [])[large] = count;
            (neighbours.TryGetValue(large, out var nl) ? nl : neighbours[large] = [])[small] = count;
        }

        foreach (var ((small, large), count) in whole.OrderBy(p => p.Key.Small).ThenBy(p => p.Key.Large))
        {
            if (count < WholeMinLinks || !languagesOf[small].Any(l => size.ContainsKey((large, l))))
            {
                continue;
            }

            // The groups it links to besides the larger one, that do not link to the larger one themselves (a third group
            // linking densely to both is a third part of the same statement).
            int rival = 0;
            foreach (var (g, other) in neighbours[small])
            {
                if (g != large && neighbours[large].GetValueOrDefault(g) < WholeMinLinks)
                {
                    rival = Math.Max(rival, other);
                }
            }

            if (rival * WholeDominance > count)
            {
                continue;
            }

            long pairs = 0;
            foreach (var ls in languagesOf[small])
            {
                foreach (var ll in languagesOf[large])
                {
                    if (ls != ll)
                    {
                        pairs += (long)size[(small, ls)] * size[(large, ll)];
                    }
                }
            }

            double density = pairs == 0 ? 0 : (double)count / pairs;
            if (density < WholeMinDensity || !FewShared(articles[small], articles[large], languagesOf[small].Count()))
            {
                continue;
            }

            yield return (small, (large, density, count, wholeStrength[(small, large)] / count));
        }
    }

    /// <summary>
    /// Whether two groups' articles overlap little enough for them to join: none in common, or one when the smaller group
    /// spans <see cref="WholeOverlapLanguages"/> languages or more (an outlet that cut the statement differently, one sentence
    /// against two, stands in both; a group of many languages is a statement rendered widely, not a neighbouring sentence).
    /// </summary>
    internal static bool FewShared(HashSet<int> small, HashSet<int> large, int languages)
    {
        int shared = small.Count(large.Contains);
        return shared == 0 || (shared == 1 && languages >= WholeOverlapLanguages);
    }

    /// <summary>The fewest languages of the smaller group for two groups sharing a language to join with one article in common.</summary>
    internal const int WholeOverlapLanguages = 3;
}
