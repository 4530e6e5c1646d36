namespace QuoteLens.Alignment;

/// <summary>
/// An inverted index over the key sets of many quotes that finds, for one quote, the quotes that may share at least a
/// given share of its keys, without comparing all pairs. It uses prefix filtering: keys are ordered from rarest to most
/// common, and if two quotes share at least <c>t</c> of the <c>n</c> keys of the smaller one, then the
/// <c>n - t + 1</c> rarest keys of the smaller one include a shared key. Probing with that prefix is enough.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly int[][] _byRarity;
    private readonly List<int>[] _postings;
    private readonly int _maxPosting;

    /// <param name="keySets">Per quote, its distinct key ids (0..keyCount-1), sorted ascending.</param>
    /// <param name="keyCount">The number of distinct keys.</param>
    /// <param name="maxPosting">Keys carried by more quotes than this are not probed.</param>
    public CandidateIndex(IReadOnlyList<int[]> keySets, int keyCount, int maxPosting)
    {
        _maxPosting = maxPosting;
        _postings = new List<int>[keyCount];
        for (int q = 0; q < keySets.Count; q++)
        {
            foreach (var key in keySets[q])
            {
                (_postings[key] ??= []).Add(q);
            }
        }

        _byRarity = new int[keySets.Count][];
        for (int q = 0; q < keySets.Count; q++)
        {
            var keys = (int[])keySets[q].Clone();
            Array.Sort(keys, (a, b) => _postings[a].Count != _postings[b].Count ? _postings[a].Count.CompareTo(_postings[b].Count) : a.CompareTo(b));
            _byRarity[q] = keys;
        }
    }

    /// <summary>
    /// The quotes that may share at least <paramref name="minShare"/> of quote <paramref name="q"/>'s keys (and at least
    /// <paramref name="minShared"/> keys), other than itself; each at most once, in ascending order.
    /// </summary>
    public IEnumerable<int> Candidates(int q, double minShare, int minShared)
    {
        var keys = _byRarity[q];
        int needed = Math.Max(minShared, (int)Math.Ceiling(minShare * keys.Length));
        int prefix = keys.Length - needed + 1;
        if (prefix <= 0)
        {
            return [];
        }

        var found = new HashSet<int>();
        for (int i = 0; i < prefix; i++)
        {
            var posting = _postings[keys[i]];
            if (posting.Count > _maxPosting)
            {
                continue;
            }

            foreach (var other in posting)
            {
                if (other != q)
                {
                    found.Add(other);
                }
            }
        }

        var result = found.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>The number of keys two sorted key arrays share.</summary>
    public static int Overlap(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
