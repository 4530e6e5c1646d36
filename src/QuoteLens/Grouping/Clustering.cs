namespace QuoteLens.Grouping;

/// <summary>
/// Joins items into groups one link at a time, like single linkage, except that two groups only join when the links
/// between them make up at least a given share of all their member pairs (an average-linkage guard against chaining),
/// and never when a member of one group is plainly a different statement from a member of the other (a sentence that
/// condenses two statements links to both, but the two statements' own versions have next to nothing in common).
/// </summary>
internal sealed class Clustering
{
    private readonly UnionFind _sets;
    private readonly int[] _size;
    private readonly int[] _weight;
    private readonly Dictionary<int, Dictionary<int, long>> _links = [];
    private readonly double _minDensity;
    private readonly Func<int, int, bool>? _apart;
    private readonly Dictionary<int, List<int>> _members = [];

    /// <summary>How many members of each group are checked against each other before two groups join (the cost per join is bounded).</summary>
    private const int ApartChecks = 8;

    /// <param name="weights">Per item, how many copies it stands for (identical sentences are one item): its size, and its links count once per pair of copies.</param>
    /// <param name="minDensity">The share of member pairs across two groups that must be linked for them to join.</param>
    /// <param name="apart">Whether two items are plainly different statements, so that their groups must not join (null: never).</param>
    public Clustering(int[] weights, double minDensity, Func<int, int, bool>? apart = null)
    {
        _apart = apart;
        _sets = new UnionFind(weights.Length);
        _weight = weights;
        _size = (int[])weights.Clone();
        _minDensity = minDensity;
    }

    public int Find(int item) => _sets.Find(item);

    /// <summary>Records a link; the strongest links must come first. Joins the two groups when the guard allows it, and says whether it did.</summary>
    public bool Link(int a, int b)
    {
        int ra = _sets.Find(a), rb = _sets.Find(b);
        if (ra == rb)
        {
            return false;
        }

        long pairs = (long)_weight[a] * _weight[b];
        long count = Add(ra, rb, pairs);
        Add(rb, ra, pairs);
        if (count < _minDensity * _size[ra] * _size[rb] || Apart(ra, rb))
        {
            return false;
        }

        _sets.Union(ra, rb);
        int root = _sets.Find(ra), gone = root == ra ? rb : ra;
        _size[root] = _size[ra] + _size[rb];
        if (_links.Remove(gone, out var goneLinks))
        {
            foreach (var (other, c) in goneLinks)
            {
                _links[other].Remove(gone);
                if (other != root)
                {
                    Add(root, other, c);
                    Add(other, root, c);
                }
            }
        }

        if (_links.TryGetValue(root, out var rootLinks))
        {
            rootLinks.Remove(gone);
            rootLinks.Remove(root);
        }

        if (_apart is not null)
        {
            var kept = Members(root);
            kept.AddRange(Members(gone));
            _members.Remove(gone);
            _members[root] = kept;
        }

        return true;
    }

    /// <summary>Whether one of the first members of the group of <paramref name="ra"/> is plainly a different statement from one of the first members of the group of <paramref name="rb"/>.</summary>
    private bool Apart(int ra, int rb)
    {
        if (_apart is null)
        {
            return false;
        }

        List<int> x = Members(ra), y = Members(rb);
        for (int i = 0; i < Math.Min(ApartChecks, x.Count); i++)
        {
            for (int j = 0; j < Math.Min(ApartChecks, y.Count); j++)
            {
                if (_apart(x[i], y[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private List<int> Members(int root) => _members.TryGetValue(root, out var list) ? list : [root];

    private long Add(int from, int to, long count)
    {
        if (!_links.TryGetValue(from, out var map))
        {
            _links[from] = map = [];
        }

        map[to] = map.TryGetValue(to, out var c) ? c + count : count;
        return map[to];
    }
}
