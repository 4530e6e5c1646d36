using System.Collections.Concurrent;

namespace QuoteLens.Text;

/// <summary>
/// Remembers the results of a pure function of words (a stem, the keys of a word), shared by all threads. Large corpora
/// repeat a vocabulary of some ten thousand words millions of times, so each word is worked out once. The memory is
/// bounded: once <c>capacity</c> results are kept, further words are worked out every time.
/// </summary>
/// <typeparam name="TKey">The word (with whatever else the result depends on).</typeparam>
/// <typeparam name="TValue">The result.</typeparam>
internal sealed class Memo<TKey, TValue>(Func<TKey, TValue> compute, int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _results = new(comparer);
    private int _count;

    /// <summary>The result for <paramref name="key"/>.</summary>
    public TValue this[TKey key]
    {
        get
        {
            if (_results.TryGetValue(key, out var known))
            {
                return known;
            }

            var value = compute(key);
            if (Volatile.Read(ref _count) < capacity && _results.TryAdd(key, value))
            {
                Interlocked.Increment(ref _count);
            }

            return value;
        }
    }
}
