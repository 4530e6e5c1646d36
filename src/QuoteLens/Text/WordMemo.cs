using System.Collections.Concurrent;

namespace QuoteLens.Text;

/// <summary>
/// Remembers the results of a pure function of a word (its stem, its keys), shared by all threads. Large corpora repeat a
/// vocabulary of some ten thousand words millions of times, so each word is worked out once. The memory is bounded: once <c>capacity</c>
/// results are kept, further words are worked out every time.
/// </summary>
/// <typeparam name="TValue">The result.</typeparam>
internal sealed class WordMemo<TValue>
{
    private readonly ConcurrentDictionary<string, TValue> _results = new(StringComparer.Ordinal);
    private readonly Func<string, TValue> _compute;
    private readonly int _capacity;
    private int _count;

    /// <param name="compute">The function of the word.</param>
    /// <param name="capacity">How many results to keep at most.</param>
    public WordMemo(Func<string, TValue> compute, int capacity)
    {
        _compute = compute;
        _capacity = capacity;
    }

    /// <summary>The result for <paramref name="word"/>.</summary>
    public TValue this[string word] => _results.TryGetValue(word, out var known) ? known : Add(word);

    private TValue Add(string word)
    {
        var value = _compute(word);
        if (Volatile.Read(ref _count) < _capacity && _results.TryAdd(word, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
