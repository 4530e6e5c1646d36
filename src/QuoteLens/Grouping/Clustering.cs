namespace QuoteLens.Grouping;

/// <summary>
/// Joins items into groups one link at a time, like single linkage, except that two groups only join when the links
/// between them make up at least a given share of all their member pairs (an average-linkage guard against chaining).
/// </summary>
internal sealed class Clustering
{
    private readonly UnionFind _sets;
    private readonly int[] _size;
    private readonly Dictionary<int, Dictionary<int, int>> _links = [];
    private readonly double _minDensity;

    public Clustering(int count, double minDensity)
    {
        _sets = new UnionFind(count);
        _size = Enumerable.Repeat(1, count).ToArray();
        _minDensity = minDensity;
    }

    public int Find(int item) => _sets.Find(item);

    /// <summary>Records a link; the strongest links must come first. Joins the two groups when the guard allows it.</summary>
    public void Link(int a, int b)
    {
        int ra = _sets.Find(a), rb = _sets.Find(b);
        if (ra == rb)
        {
            return;
        }

        int count = Add(ra, rb, 1);
        Add(rb, ra, 1);
        if (count < _minDensity * _size[ra] * _size[rb])
        {
            return;
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
    }

    private int Add(int from, int to, int count)
    {
        if (!_links.TryGetValue(from, out var map))
        {
            _links[from] = map = [];
        }

        map[to] = map.TryGetValue(to, out var c) ? c + count : count;
        return map[to];
    }
}
