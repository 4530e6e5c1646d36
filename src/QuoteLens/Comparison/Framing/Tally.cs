namespace QuoteLens.Comparison.Framing;

/// <summary>Counts by key, keeping the first few examples of each key in the order they were added.</summary>
/// <typeparam name="TKey">What is counted (a tuple of outlet, item ...).</typeparam>
internal sealed class Tally<TKey>(int maxExamples)
    where TKey : notnull
{
    private readonly Dictionary<TKey, (int Count, List<FramingExample> Examples)> _counts = [];

    public void Add(TKey key, FramingExample example)
    {
        var (count, examples) = _counts.TryGetValue(key, out var entry) ? entry : (0, []);
        if (examples.Count < maxExamples)
        {
            examples.Add(example);
        }

        _counts[key] = (count + 1, examples);
    }

    /// <summary>Every key with its count and examples; the caller sorts.</summary>
    public IEnumerable<(TKey Key, int Count, IReadOnlyList<FramingExample> Examples)> Entries =>
        _counts.Select(kv => (kv.Key, kv.Value.Count, (IReadOnlyList<FramingExample>)kv.Value.Examples));
}
