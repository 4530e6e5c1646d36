namespace QuoteLens.Alignment;

/// <summary>
/// Interns the string keys of many quotes as dense integers. Ids follow the ordinal order of the keys, so they depend
/// neither on the order of the quotes nor on how threads interleave.
/// </summary>
internal static class KeyTable
{
    /// <summary>The interned sets: per quote, its distinct ids sorted, and its ids in the order of its keys.</summary>
    public sealed record Interned(int[][] Sorted, int[][] InOrder, int Count);

    public static Interned Intern(IReadOnlyList<IReadOnlyCollection<string>> sets)
    {
        // Ids in order of first use, in one pass over one dictionary; then renumbered in the ordinal order of the keys.
        var firstUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var inOrder = new int[sets.Count][];
        for (int q = 0; q < sets.Count; q++)
        {
            var ids = new int[sets[q].Count];
            int i = 0;
            foreach (var key in sets[q])
            {
                if (!firstUse.TryGetValue(key, out int id))
                {
                    firstUse.Add(key, id = firstUse.Count);
                }

                ids[i++] = id;
            }

            inOrder[q] = ids;
        }

        var keys = new string[firstUse.Count];
        var firstUseIds = new int[firstUse.Count];
        foreach (var (key, id) in firstUse)
        {
            keys[id] = key;
            firstUseIds[id] = id;
        }

        Array.Sort(keys, firstUseIds, StringComparer.Ordinal);
        var rank = new int[keys.Length];
        for (int r = 0; r < keys.Length; r++)
        {
            rank[firstUseIds[r]] = r;
        }

        var sorted = new int[sets.Count][];
        Parallel.For(0, sets.Count, q =>
        {
            var ids = inOrder[q];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = rank[ids[i]];
            }

            sorted[q] = SortedDistinct(ids);
        });
        return new Interned(sorted, inOrder, keys.Length);
    }

    /// <summary>Interns the adjacent id pairs of each quote's keys ("massive attacks"): per quote, its distinct pair ids sorted; ids follow the order of the pairs.</summary>
    public static (int[][] Sorted, int Count) InternPairs(int[][] inOrder)
    {
        // Every pair of every quote in one flat array, sorted together with its place; ids are then handed out in one pass.
        var first = new int[inOrder.Length + 1];
        for (int q = 0; q < inOrder.Length; q++)
        {
            first[q + 1] = first[q] + Math.Max(0, inOrder[q].Length - 1);
        }

        var pairs = new long[first[^1]];
        var places = new int[pairs.Length];
        Parallel.For(0, inOrder.Length, q =>
        {
            var ids = inOrder[q];
            for (int i = 0; i + 1 < ids.Length; i++)
            {
                pairs[first[q] + i] = ((long)ids[i] << 32) | (uint)ids[i + 1];
                places[first[q] + i] = first[q] + i;
            }
        });
        Array.Sort(pairs, places);
        var pairIds = new int[pairs.Length];
        int count = 0;
        for (int i = 0; i < pairs.Length; i++)
        {
            if (i > 0 && pairs[i] != pairs[i - 1])
            {
                count++;
            }

            pairIds[places[i]] = count;
        }

        var sorted = new int[inOrder.Length][];
        Parallel.For(0, inOrder.Length, q => sorted[q] = SortedDistinct(pairIds[first[q]..first[q + 1]]));
        return (sorted, pairs.Length == 0 ? 0 : count + 1);
    }

    private static int[] SortedDistinct(int[] ids)
    {
        var copy = (int[])ids.Clone();
        Array.Sort(copy);
        int n = 0;
        for (int i = 0; i < copy.Length; i++)
        {
            if (i == 0 || copy[i] != copy[i - 1])
            {
                copy[n++] = copy[i];
            }
        }

        return copy[..n];
    }
}
