using System.Collections.Concurrent;

namespace QuoteLens.Alignment;

/// <summary>
/// Interns the string keys of many quotes as dense integers, in parallel. Ids follow the ordinal order of the keys, so
/// they depend neither on the order of the quotes nor on how threads interleave.
/// </summary>
internal static class KeyTable
{
    /// <summary>The interned sets: per quote, its distinct ids sorted, and its ids in the order of its keys.</summary>
    public sealed record Interned(int[][] Sorted, int[][] InOrder, int Count);

    public static Interned Intern(IReadOnlyList<IReadOnlyCollection<string>> sets)
    {
        var distinct = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        Parallel.For(0, sets.Count, q =>
        {
            foreach (var key in sets[q])
            {
                distinct.TryAdd(key, 0);
            }
        });
        var keys = distinct.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (int i = 0; i < keys.Length; i++)
        {
            ids.Add(keys[i], i);
        }

        var inOrder = new int[sets.Count][];
        var sorted = new int[sets.Count][];
        Parallel.For(0, sets.Count, q =>
        {
            inOrder[q] = sets[q].Select(k => ids[k]).ToArray();
            sorted[q] = SortedDistinct(inOrder[q]);
        });
        return new Interned(sorted, inOrder, keys.Length);
    }

    /// <summary>Interns the adjacent id pairs of each quote's keys ("massive attacks"): per quote, its distinct pair ids sorted.</summary>
    public static (int[][] Sorted, int Count) InternPairs(int[][] inOrder)
    {
        var pairs = new long[inOrder.Length][];
        Parallel.For(0, inOrder.Length, q =>
        {
            var ids = inOrder[q];
            pairs[q] = ids.Length < 2 ? [] : Enumerable.Range(0, ids.Length - 1).Select(i => ((long)ids[i] << 32) | (uint)ids[i + 1]).ToArray();
        });
        var all = pairs.SelectMany(p => p).ToArray();
        Array.Sort(all);
        int count = 0;
        for (int i = 0; i < all.Length; i++)
        {
            if (i == 0 || all[i] != all[i - 1])
            {
                all[count++] = all[i];
            }
        }

        var sorted = new int[inOrder.Length][];
        Parallel.For(0, inOrder.Length, q => sorted[q] = SortedDistinct(pairs[q].Select(p => Array.BinarySearch(all, 0, count, p)).ToArray()));
        return (sorted, count);
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
