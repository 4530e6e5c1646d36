namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// The distinct runs of characters met (each with a small integer tag), numbered from 0 in the order first met: a form met
/// again is found by its characters without allocating. Grows as needed (nothing is forgotten). Not thread-safe.
/// </summary>
internal sealed class NumberedForms
{
    private int[] _slots = new int[1 << 12];
    private string[] _forms = new string[1 << 10];
    private int[] _tags = new int[1 << 10];
    private int[] _hashes = new int[1 << 10];

    /// <summary>How many distinct forms were met.</summary>
    public int Count { get; private set; }

    /// <summary>The string of form <paramref name="index"/>.</summary>
    public string Form(int index) => _forms[index];

    /// <summary>The tag form <paramref name="index"/> was met with.</summary>
    public int Tag(int index) => _tags[index];

    /// <summary>The number of <paramref name="chars"/> with <paramref name="tag"/>: the one it was given when first met, else the next.</summary>
    public int IndexOf(ReadOnlySpan<char> chars, int tag) => IndexOf(chars, tag, null);

    /// <summary>As <see cref="IndexOf(ReadOnlySpan{char}, int)"/> for the characters of <paramref name="form"/>, kept as they are when new.</summary>
    public int IndexOf(string form, int tag) => IndexOf(form, tag, form);

    private int IndexOf(ReadOnlySpan<char> chars, int tag, string? form)
    {
        int hash = Hash(chars, tag);
        int mask = _slots.Length - 1;
        int slot = hash & mask;
        for (int stored; (stored = _slots[slot]) != 0; slot = (slot + 1) & mask)
        {
            int index = stored - 1;
            if (_hashes[index] == hash && _tags[index] == tag && chars.SequenceEqual(_forms[index]))
            {
                return index;
            }
        }

        int added = Count++;
        if (added == _forms.Length)
        {
            Array.Resize(ref _forms, 2 * added);
            Array.Resize(ref _tags, 2 * added);
            Array.Resize(ref _hashes, 2 * added);
        }

        (_forms[added], _tags[added], _hashes[added]) = (form ?? chars.ToString(), tag, hash);
        _slots[slot] = added + 1;
        if (2 * Count > _slots.Length)
        {
            Grow();
        }

        return added;
    }

    private void Grow()
    {
        _slots = new int[2 * _slots.Length];
        int mask = _slots.Length - 1;
        for (int index = 0; index < Count; index++)
        {
            int slot = _hashes[index] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = index + 1;
        }
    }

    /// <summary>The kit's span hash (<see cref="QuoteLens.Text.SpanHash"/>), made positive.</summary>
    private static int Hash(ReadOnlySpan<char> chars, int tag) => (int)(QuoteLens.Text.SpanHash.Of(chars, tag) & 0x7FFFFFFF);
}
