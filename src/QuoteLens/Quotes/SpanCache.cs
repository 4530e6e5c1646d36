namespace QuoteLens.Quotes;

/// <summary>
/// A bounded table from short runs of characters (with a small integer tag) to a value computed from them, for the hot
/// loops of the attribution rules: news text repeats its words and names, so what a word or a phrase gives (its string,
/// its comparison form, its name key, its canonical name) is looked up by its characters instead of being built again.
/// A value must be a pure function of the characters and the tag, so the table changes no result, only the allocations.
/// Not thread-safe: keep one table per thread.
/// </summary>
/// <remarks>
/// Each slot holds key, tag, value and hash side by side, so that a probe reads one place in memory (the tables are larger
/// than a processor's nearest caches); the hash stored passes over most slots of other keys without comparing characters.
/// </remarks>
/// <typeparam name="T">What the characters give.</typeparam>
internal sealed class SpanCache<T>
{
    private readonly Entry[] _entries;
    private readonly int _mask;
    private int _count;

    /// <summary>A table of 2^<paramref name="bits"/> slots; it is emptied when three-quarters full.</summary>
    public SpanCache(int bits)
    {
        _entries = new Entry[1 << bits];
        _mask = (1 << bits) - 1;
    }

    /// <summary>The value stored for <paramref name="chars"/> and <paramref name="tag"/>, or false.</summary>
    public bool TryGet(ReadOnlySpan<char> chars, int tag, out T value, out string? key)
    {
        int hash = Hash(chars, tag);
        int slot = hash & _mask;
        while (_entries[slot].Key is { } stored)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Hash == hash && entry.Tag == tag && chars.SequenceEqual(stored))
            {
                value = entry.Value;
                key = stored;
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default!;
        key = null;
        return false;
    }

    /// <summary>Stores <paramref name="value"/> for the characters of <paramref name="key"/> and <paramref name="tag"/> (not already stored).</summary>
    public void Add(string key, int tag, T value)
    {
        if (_count >= (_entries.Length / 4) * 3)
        {
            Array.Clear(_entries);
            _count = 0;
        }

        int hash = Hash(key, tag);
        int slot = hash & _mask;
        while (_entries[slot].Key is not null)
        {
            slot = (slot + 1) & _mask;
        }

        _entries[slot] = new Entry(key, tag, value, hash);
        _count++;
    }

    /// <summary>The kit's span hash of the characters and the tag (<see cref="QuoteLens.Text.SpanHash"/>).</summary>
    private static int Hash(ReadOnlySpan<char> chars, int tag) => (int)QuoteLens.Text.SpanHash.Of(chars, tag);

    private readonly record struct Entry(string? Key, int Tag, T Value, int Hash);
}
