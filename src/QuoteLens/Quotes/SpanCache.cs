namespace QuoteLens.Quotes;

/// <summary>
/// A bounded table from short runs of characters (with a small integer tag) to a value computed from them, for the hot
/// loops of the attribution rules: news text repeats its words and names, so what a word or a phrase gives (its string,
/// its comparison form, its name key, its canonical name) is looked up by its characters instead of being built again.
/// A value must be a pure function of the characters and the tag, so the table changes no result, only the allocations.
/// Not thread-safe: keep one table per thread.
/// </summary>
/// <typeparam name="T">What the characters give.</typeparam>
internal sealed class SpanCache<T>
{
    private readonly string?[] _keys;
    private readonly int[] _tags;
    private readonly T[] _values;
    private readonly int _mask;
    private int _count;

    /// <summary>A table of 2^<paramref name="bits"/> slots; it is emptied when three-quarters full.</summary>
    public SpanCache(int bits)
    {
        _keys = new string?[1 << bits];
        _tags = new int[1 << bits];
        _values = new T[1 << bits];
        _mask = (1 << bits) - 1;
    }

    /// <summary>The value stored for <paramref name="chars"/> and <paramref name="tag"/>, or false.</summary>
    public bool TryGet(ReadOnlySpan<char> chars, int tag, out T value, out string? key)
    {
        int slot = Home(chars, tag);
        while (_keys[slot] is { } stored)
        {
            if (_tags[slot] == tag && chars.SequenceEqual(stored))
            {
                value = _values[slot];
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
        if (_count >= (_keys.Length / 4) * 3)
        {
            Array.Clear(_keys);
            Array.Clear(_values);
            _count = 0;
        }

        int slot = Home(key, tag);
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        _tags[slot] = tag;
        _values[slot] = value;
        _count++;
    }

    private int Home(ReadOnlySpan<char> chars, int tag) => (string.GetHashCode(chars, StringComparison.Ordinal) ^ (tag * 0x2F0B3A49)) & _mask;
}
