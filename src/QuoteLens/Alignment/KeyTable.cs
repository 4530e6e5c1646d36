namespace QuoteLens.Alignment;

/// <summary>Interns string keys as dense integers and turns key collections into sorted id arrays.</summary>
internal sealed class KeyTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    public int[] Intern(IEnumerable<string> keys)
    {
        var ids = new List<int>();
        foreach (var key in keys)
        {
            if (!_ids.TryGetValue(key, out var id))
            {
                id = _ids.Count;
                _ids.Add(key, id);
            }

            ids.Add(id);
        }

        ids.Sort();
        return [.. ids.Distinct()];
    }
}
