namespace QuoteLens.Comparison.Framing;

/// <summary>
/// The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words",
/// section 3.5): for word w, group i (an outlet) against the rest j, with prior counts α_w = scale · (count of w in the
/// corpus) and α_0 = Σ α_w,
/// δ_w = ln((y_iw + α_w) / (n_i + α_0 − y_iw − α_w)) − ln((y_jw + α_w) / (n_j + α_0 − y_jw − α_w)),
/// σ²(δ_w) ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w), z = δ_w / σ.
/// </summary>
internal static class WeightedLogOdds
{
    /// <summary>The most distinctive words of each group against all the others, highest z first, at most <paramref name="top"/> per group.</summary>
    public static IReadOnlyList<DistinctiveTerm> Compute(
        IReadOnlyList<(string Group, IReadOnlyDictionary<string, int> Counts)> groups, double priorScale, int top, int minCount)
    {
        var corpus = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (_, counts) in groups)
        {
            foreach (var (word, n) in counts)
            {
                corpus[word] = corpus.GetValueOrDefault(word) + n;
            }
        }

        double total = corpus.Values.Sum();
        double alpha0 = priorScale * total;
        var result = new List<DistinctiveTerm>();
        foreach (var (group, counts) in groups)
        {
            double ni = counts.Values.Sum();
            double nj = total - ni;
            result.AddRange(counts
                .Where(kv => kv.Value >= minCount)
                .Select(kv => Score(group, kv.Key, kv.Value, corpus[kv.Key] - kv.Value, priorScale * corpus[kv.Key], alpha0, ni, nj))
                .OrderByDescending(t => t.Z).ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(top));
        }

        return result;
    }

    /// <summary>δ and z of one word with counts <paramref name="yi"/> (in the group) and <paramref name="yj"/> (in the rest).</summary>
    internal static DistinctiveTerm Score(string group, string word, long yi, long yj, double alpha, double alpha0, double ni, double nj)
    {
        double delta = Math.Log((yi + alpha) / (ni + alpha0 - yi - alpha)) - Math.Log((yj + alpha) / (nj + alpha0 - yj - alpha));
        double variance = (1 / (yi + alpha)) + (1 / (yj + alpha));
        return new DistinctiveTerm(group, word, (int)yi, (int)yj, delta, delta / Math.Sqrt(variance));
    }
}
