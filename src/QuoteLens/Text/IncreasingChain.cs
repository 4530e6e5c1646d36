namespace QuoteLens.Text;

/// <summary>
/// The longest chain of pairs increasing on both sides: the pairs of two sequences (words of two versions, sentences of
/// two articles) that can all stand in one order. Used by the alignment table and by statement order across languages.
/// </summary>
internal static class IncreasingChain
{
    /// <summary>
    /// The longest chain of <paramref name="pairs"/> (in the order given) increasing in both places; on a tie the chain
    /// ending first wins. Quadratic in the number of pairs, which are few (the anchors of two texts).
    /// </summary>
    public static List<(int X, int Y)> Longest(IReadOnlyList<(int X, int Y)> pairs)
    {
        var length = new int[pairs.Count];
        var previous = new int[pairs.Count];
        int best = -1;
        for (int i = 0; i < pairs.Count; i++)
        {
            (length[i], previous[i]) = (1, -1);
            for (int j = 0; j < i; j++)
            {
                if (pairs[j].X < pairs[i].X && pairs[j].Y < pairs[i].Y && length[j] + 1 > length[i])
                {
                    (length[i], previous[i]) = (length[j] + 1, j);
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var chain = new List<(int X, int Y)>();
        for (int i = best; i >= 0; i = previous[i])
        {
            chain.Add(pairs[i]);
        }

        chain.Reverse();
        return chain;
    }
}
