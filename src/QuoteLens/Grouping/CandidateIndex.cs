namespace QuoteLens.Grouping;

/// <summary>
/// An inverted index over the key sets of many quotes that finds, for one quote, the quotes that may share a given
/// share of its keys, without comparing all pairs. It uses prefix filtering: keys are ordered from rarest to most
/// common, and if two quotes share at least <c>t</c> of the <c>n</c> keys of the smaller one, then the <c>n - t + 1</c>
/// rarest keys of the smaller one include a shared key, so probing with that prefix is enough. In a large corpus that
/// prefix holds common words whose posting lists grow with the corpus; so only keys carried by few quotes are probed,
/// together with the quote's adjacent key pairs ("massive attacks", "peaceful Ukrainian"), which stay rare however large
/// the corpus grows, and which versions of one sentence share. Lists are scanned rarest first within a budget, so the cost
/// per quote stays bounded. Keys also carry a rarity weight (inverse document frequency) for the similarity check.
/// </summary>
internal sealed class CandidateIndex
{
    /// <summary>Key pairs are much rarer than keys: their postings may be this many times longer before they stop being probed.</summary>
    private const int PairPostingFactor = 4;

    /// <summary>
    /// How many posting entries one quote scans at most beyond its decisive (short) lists, rarest lists first: the cost per
    /// quote is bounded whatever the corpus size. (At 100,000 generated articles it halves the candidate search and costs
    /// one pair of versions out of 381,719.)
    /// </summary>
    private const int ProbeBudget = 256;

    private readonly IntSets _keySets;
    private readonly IntSets _byRarity;
    private readonly Postings _postings;
    private readonly double[] _weight;
    private readonly double[] _total;
    private readonly int _maxPosting;
    private readonly int _maxProbe;
    private readonly IntSets? _pairSets;
    private readonly Postings? _pairPostings;

    /// <param name="keySets">Per quote, its distinct key ids (0..keyCount-1), sorted ascending.</param>
    /// <param name="keyCount">The number of distinct keys.</param>
    /// <param name="maxPosting">Keys carried by more quotes than this are not probed.</param>
    /// <param name="maxProbe">At most this many of a quote's rarest keys are probed.</param>
    /// <param name="pairSets">Per quote, the ids of its adjacent key pairs (or null): probed too, so that quotes made of common words still meet their versions.</param>
    /// <param name="pairCount">The number of distinct key pairs.</param>
    public CandidateIndex(IntSets keySets, int keyCount, int maxPosting, int maxProbe, IntSets? pairSets = null, int pairCount = 0)
    {
        _keySets = keySets;
        _maxPosting = maxPosting;
        _maxProbe = maxProbe;
        _postings = new Postings(keySets, keyCount);
        _pairSets = pairSets;
        _pairPostings = pairSets is null ? null : new Postings(pairSets, pairCount);

        _weight = new double[keyCount];
        for (int key = 0; key < keyCount; key++)
        {
            _weight[key] = Math.Log(1.0 + ((double)keySets.Count / Math.Max(1, _postings.Count(key))));
        }

        _total = new double[keySets.Count];
        _byRarity = IntSets.Build(keySets.Count, keySets.Length, (q, rarestFirst) =>
        {
            var keys = keySets[q];
            Span<long> order = keys.Length <= 256 ? stackalloc long[keys.Length] : new long[keys.Length];
            double total = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                order[i] = ((long)_postings.Count(keys[i]) << 32) | (uint)keys[i];
                total += _weight[keys[i]];
            }

            order.Sort();
            for (int i = 0; i < order.Length; i++)
            {
                rarestFirst[i] = (int)order[i];
            }

            _total[q] = total;
        });
    }

    /// <summary>The total key weight of quote <paramref name="q"/>.</summary>
    public double Weight(int q) => _total[q];

    /// <summary>
    /// Collects into <paramref name="found"/> the quotes that may share at least <paramref name="minShare"/> of quote
    /// <paramref name="q"/>'s keys (and at least <paramref name="minShared"/> keys), other than itself, each once.
    /// </summary>
    public void Candidates(int q, double minShare, int minShared, CandidateSet found)
    {
        found.Start(q);
        var keys = _byRarity[q];
        int prefix = Math.Min(keys.Length - Math.Max(minShared, (int)Math.Ceiling(minShare * keys.Length)) + 1, _maxProbe);
        if (prefix <= 0)
        {
            return;
        }

        // The postings to probe, rarest first: the prefix's keys and the key pairs, each under its cap.
        var pairs = _pairSets is not null ? _pairSets[q] : [];
        Span<long> probes = prefix + pairs.Length <= 256 ? stackalloc long[prefix + pairs.Length] : new long[prefix + pairs.Length];
        int count = 0;
        for (int i = 0; i < prefix; i++)
        {
            if (_postings.Count(keys[i]) <= _maxPosting)
            {
                probes[count++] = ((long)_postings.Count(keys[i]) << 32) | (uint)(keys[i] << 1);
            }
        }

        foreach (var pair in pairs)
        {
            if (_pairPostings!.Count(pair) <= _maxPosting * PairPostingFactor)
            {
                probes[count++] = ((long)_pairPostings.Count(pair) << 32) | (uint)((pair << 1) | 1);
            }
        }

        probes = probes[..count];
        probes.Sort();
        int budget = ProbeBudget;
        foreach (var probe in probes)
        {
            int length = (int)(probe >> 32), id = (int)((uint)probe >> 1);
            if (length > CandidateSet.DecisivePosting && length > budget)
            {
                break;
            }

            budget -= length;
            found.AddAll((probe & 1) == 0 ? _postings.Of(id) : _pairPostings!.Of(id), int.MaxValue);
        }
    }

    /// <summary>Collects into <paramref name="found"/> every quote that carries any of <paramref name="q"/>'s keys (for quotes that must find all their versions themselves).</summary>
    public void AllSharing(int q, CandidateSet found)
    {
        found.Start(q);
        foreach (var key in _byRarity[q])
        {
            found.AddAll(_postings.Of(key), _maxPosting * PairPostingFactor);
        }
    }

    /// <summary>The number and the total weight of the keys two quotes share.</summary>
    public (int Count, double Weight) Shared(int a, int b)
    {
        ReadOnlySpan<int> x = _keySets[a], y = _keySets[b];
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

    /// <summary>The posting lists of all keys in one flat array: the quotes carrying key <c>k</c>, ascending, at <c>[start[k], start[k + 1])</c>.</summary>
    private sealed class Postings
    {
        private readonly int[] _start;
        private readonly int[] _quotes;

        public Postings(IntSets sets, int keyCount)
        {
            _start = new int[keyCount + 1];
            for (int q = 0; q < sets.Count; q++)
            {
                foreach (var key in sets[q])
                {
                    _start[key + 1]++;
                }
            }

            for (int k = 0; k < keyCount; k++)
            {
                _start[k + 1] += _start[k];
            }

            _quotes = new int[_start[keyCount]];
            var next = _start[..keyCount];
            for (int q = 0; q < sets.Count; q++)
            {
                foreach (var key in sets[q])
                {
                    _quotes[next[key]++] = q;
                }
            }
        }

        public int Count(int key) => _start[key + 1] - _start[key];

        public ReadOnlySpan<int> Of(int key) => _quotes.AsSpan(_start[key], _start[key + 1] - _start[key]);
    }
}

/// <summary>
/// The candidates of one quote at a time, each once: a reusable buffer (one per thread) that marks the quotes seen for
/// the current round instead of hashing them. A quote met through a short posting list (a key few quotes carry) is a
/// candidate at once; one met only through longer lists (keys common in a large corpus) must be met twice, through two
/// keys or key pairs, before it is worth comparing. In a small corpus every list is short, so nothing is held back.
/// </summary>
internal sealed class CandidateSet
{
    /// <summary>Posting lists up to this length are decisive on their own.</summary>
    public const int DecisivePosting = 16;

    /// <summary>Per quote, the round it was last met in and how often (in the low bits): one array, so one cache line per look.</summary>
    private readonly int[] _met;
    private readonly List<int> _found = [];
    private int _round;

    private const int HitBits = 8;
    private const int HitMask = (1 << HitBits) - 1;

    /// <param name="quoteCount">The number of quotes in the index.</param>
    public CandidateSet(int quoteCount)
    {
        _met = new int[quoteCount];
    }

    /// <summary>The candidates collected for the current quote, in the order first met (a list, so that a loop over it allocates no enumerator).</summary>
    public List<int> Found => _found;

    /// <summary>Starts collecting for quote <paramref name="q"/> (which is never its own candidate).</summary>
    public void Start(int q)
    {
        if (++_round > int.MaxValue >> HitBits)
        {
            // Rounds are numbered in the high bits: start the numbering over on a clean slate.
            Array.Clear(_met);
            _round = 1;
        }

        _found.Clear();
        _met[q] = _round << HitBits;
    }

    /// <summary>Adds the quotes of <paramref name="posting"/> unless it holds more than <paramref name="limit"/>.</summary>
    public void AddAll(ReadOnlySpan<int> posting, int limit)
    {
        if (posting.Length > limit)
        {
            return;
        }

        int hit = posting.Length <= DecisivePosting ? 2 : 1;
        foreach (var other in posting)
        {
            ref int met = ref _met[other];
            if (met >> HitBits != _round)
            {
                met = (_round << HitBits) | hit;
                _found.Add(other);
            }
            else if ((met & HitMask) < 2)
            {
                met += hit;
            }
        }
    }

    /// <summary>Drops the candidates met only once, through a long posting list.</summary>
    public void KeepCorroborated()
    {
        // In place, in order (as List.RemoveAll, without a delegate made per quote).
        int kept = 0;
        for (int i = 0; i < _found.Count; i++)
        {
            if ((_met[_found[i]] & HitMask) >= 2)
            {
                _found[kept++] = _found[i];
            }
        }

        _found.RemoveRange(kept, _found.Count - kept);
    }
}
