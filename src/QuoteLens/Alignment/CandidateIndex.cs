namespace QuoteLens.Alignment;

/// <summary>
/// An inverted index over the key sets of many quotes that finds, for one quote, the quotes that may share a given
/// share of its keys, without comparing all pairs. It uses prefix filtering: keys are ordered from rarest to most
/// common, and if two quotes share at least <c>t</c> of the <c>n</c> keys of the smaller one, then the <c>n - t + 1</c>
/// rarest keys of the smaller one include a shared key, so probing with that prefix is enough. To keep the cost linear in
/// large corpora the prefix is cut to the few rarest keys and keys carried by very many quotes are not probed: versions of
/// one utterance share their rare words (names, places, unusual wording), so little is lost. Keys also carry a rarity
/// weight (inverse document frequency) for the similarity check.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly int[][] _byRarity;
    private readonly List<int>[] _postings;
    private readonly double[] _weight;
    private readonly double[] _total;
    private readonly int _maxPosting;
    private readonly int _maxProbe;

    /// <param name="keySets">Per quote, its distinct key ids (0..keyCount-1), sorted ascending.</param>
    /// <param name="keyCount">The number of distinct keys.</param>
    /// <param name="maxPosting">Keys carried by more quotes than this are not probed.</param>
    /// <param name="maxProbe">At most this many of a quote's rarest keys are probed.</param>
    public CandidateIndex(IReadOnlyList<int[]> keySets, int keyCount, int maxPosting, int maxProbe)
    {
        _maxPosting = maxPosting;
        _maxProbe = maxProbe;
        _postings = new List<int>[keyCount];
        for (int q = 0; q < keySets.Count; q++)
        {
            foreach (var key in keySets[q])
            {
                (_postings[key] ??= []).Add(q);
            }
        }

        _weight = new double[keyCount];
        for (int key = 0; key < keyCount; key++)
        {
            _weight[key] = Math.Log(1.0 + ((double)keySets.Count / Math.Max(1, _postings[key]?.Count ?? 0)));
        }

        _byRarity = new int[keySets.Count][];
        _total = new double[keySets.Count];
        Parallel.For(0, keySets.Count, q =>
        {
            var keys = (int[])keySets[q].Clone();
            Array.Sort(keys, (a, b) => _postings[a].Count != _postings[b].Count ? _postings[a].Count.CompareTo(_postings[b].Count) : a.CompareTo(b));
            _byRarity[q] = keys;
            _total[q] = keys.Sum(k => _weight[k]);
        });
    }

    /// <summary>The total key weight of quote <paramref name="q"/>.</summary>
    public double Weight(int q) => _total[q];

    /// <summary>
    /// The quotes that may share at least <paramref name="minShare"/> of quote <paramref name="q"/>'s keys (and at least
    /// <paramref name="minShared"/> keys), other than itself; each at most once, in ascending order.
    /// </summary>
    public IEnumerable<int> Candidates(int q, double minShare, int minShared)
    {
        var keys = _byRarity[q];
        int prefix = Math.Min(keys.Length - Math.Max(minShared, (int)Math.Ceiling(minShare * keys.Length)) + 1, _maxProbe);
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

    /// <summary>The number and the total weight of the keys two quotes share.</summary>
    public (int Count, double Weight) Shared(int a, int b, int[][] keySets)
    {
        int[] x = keySets[a], y = keySets[b];
        int i = 0, j = 0, count = 0;
        double weight = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                count++;
                weight += _weight[x[i]];
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (count, weight);
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
