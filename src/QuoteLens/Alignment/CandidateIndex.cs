namespace QuoteLens.Alignment;

/// <summary>
/// An inverted index over the key sets of many quotes that finds, for one quote, the quotes that may share a given
/// share of its keys, without comparing all pairs. It uses prefix filtering: keys are ordered from rarest to most
/// common, and if two quotes share at least <c>t</c> of the <c>n</c> keys of the smaller one, then the <c>n - t + 1</c>
/// rarest keys of the smaller one include a shared key, so probing with that prefix is enough. In a large corpus that
/// prefix holds common words whose posting lists grow with the corpus; so only keys carried by few quotes are probed,
/// together with the quote's adjacent key pairs ("massive attacks", "peaceful Ukrainian"), which stay rare however large
/// the corpus grows, and which versions of one sentence share. The cost per quote stays bounded. Keys also carry a rarity
/// weight (inverse document frequency) for the similarity check.
/// </summary>
internal sealed class CandidateIndex
{
    /// <summary>Key pairs are much rarer than keys: their postings may be this many times longer before they stop being probed.</summary>
    private const int PairPostingFactor = 4;

    private readonly int[][] _byRarity;
    private readonly List<int>[] _postings;
    private readonly double[] _weight;
    private readonly double[] _total;
    private readonly int _maxPosting;
    private readonly int _maxProbe;
    private readonly IReadOnlyList<int[]>? _pairSets;
    private readonly List<int>[] _pairPostings;

    /// <param name="keySets">Per quote, its distinct key ids (0..keyCount-1), sorted ascending.</param>
    /// <param name="keyCount">The number of distinct keys.</param>
    /// <param name="maxPosting">Keys carried by more quotes than this are not probed.</param>
    /// <param name="maxProbe">At most this many of a quote's rarest keys are probed.</param>
    /// <param name="pairSets">Per quote, the ids of its adjacent key pairs (or null): probed too, so that quotes made of common words still meet their versions.</param>
    /// <param name="pairCount">The number of distinct key pairs.</param>
    public CandidateIndex(IReadOnlyList<int[]> keySets, int keyCount, int maxPosting, int maxProbe, IReadOnlyList<int[]>? pairSets = null, int pairCount = 0)
    {
        _maxPosting = maxPosting;
        _maxProbe = maxProbe;
        _postings = Postings(keySets, keyCount);
        _pairSets = pairSets;
        _pairPostings = pairSets is null ? [] : Postings(pairSets, pairCount);

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
            Probe(_postings[keys[i]], _maxPosting, q, found);
        }

        foreach (var pair in _pairSets?[q] ?? [])
        {
            Probe(_pairPostings[pair], _maxPosting * PairPostingFactor, q, found);
        }

        var result = found.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>Every quote that carries any of <paramref name="q"/>'s keys (for quotes that must find all their versions themselves), in ascending order.</summary>
    public IEnumerable<int> AllSharing(int q)
    {
        var found = new HashSet<int>();
        foreach (var key in _byRarity[q])
        {
            Probe(_postings[key], _maxPosting * PairPostingFactor, q, found);
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

    private static List<int>[] Postings(IReadOnlyList<int[]> sets, int count)
    {
        var postings = new List<int>[count];
        for (int q = 0; q < sets.Count; q++)
        {
            foreach (var key in sets[q])
            {
                (postings[key] ??= []).Add(q);
            }
        }

        return postings;
    }

    private static void Probe(List<int> posting, int limit, int q, HashSet<int> found)
    {
        if (posting.Count > limit)
        {
            return;
        }

        foreach (var other in posting)
        {
            if (other != q)
            {
                found.Add(other);
            }
        }
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
