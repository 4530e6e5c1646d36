namespace QuoteLens.Text;

/// <summary>
/// The best order-keeping pairing of two short sequences (a dynamic programme over pairs and skips, as Gale–Church aligns
/// sentences): the sentences of two articles between the same anchors, in one language (statement order within a
/// language) or across languages (by their lengths).
/// </summary>
internal static class OrderedPairs
{
    /// <summary>
    /// The pairs of <paramref name="a"/> and <paramref name="b"/>, in order on both sides, that together are worth the most:
    /// <paramref name="gain"/> gives what pairing two items is worth, or null when they may not pair; skipping costs nothing.
    /// On a tie a skip in <paramref name="a"/> wins, then a skip in <paramref name="b"/>, then the pair.
    /// </summary>
    public static List<(int A, int B)> Best(int[] a, int[] b, Func<int, int, double?> gain)
    {
        int m = a.Length, k = b.Length;
        var best = new double[m + 1, k + 1];
        var step = new byte[m + 1, k + 1];
        for (int i = 0; i <= m; i++)
        {
            for (int j = 0; j <= k; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                (best[i, j], step[i, j]) = i > 0 ? (best[i - 1, j], (byte)1) : (best[i, j - 1], (byte)2);
                if (i > 0 && j > 0 && best[i, j - 1] > best[i, j])
                {
                    (best[i, j], step[i, j]) = (best[i, j - 1], 2);
                }

                if (i > 0 && j > 0 && gain(a[i - 1], b[j - 1]) is double g && best[i - 1, j - 1] + g > best[i, j])
                {
                    (best[i, j], step[i, j]) = (best[i - 1, j - 1] + g, 3);
                }
            }
        }

        var pairs = new List<(int A, int B)>();
        for (int i = m, j = k; i > 0 || j > 0;)
        {
            switch (step[i, j])
            {
                case 1: i--; break;
                case 2: j--; break;
                default: pairs.Add((a[i - 1], b[j - 1])); (i, j) = (i - 1, j - 1); break;
            }
        }

        pairs.Reverse();
        return pairs;
    }
}
