namespace QuoteLens.Text.Stemming;

/// <summary>
/// A mutable word that a stemmer edits in place: one buffer per thread, so stemming allocates only the
/// result string. Positions are character offsets from the start of the word.
/// </summary>
internal sealed class WordBuffer
{
    [ThreadStatic]
    private static WordBuffer? t_buffer;

    private char[] _chars = new char[64];

    /// <summary>Number of characters in the word.</summary>
    public int Length { get; private set; }

    /// <summary>The word as a span.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    /// <summary>The character at <paramref name="i"/>.</summary>
    public char this[int i]
    {
        get => _chars[i];
        set => _chars[i] = value;
    }

    /// <summary>This thread's buffer, holding <paramref name="word"/> in lower case with ’ as '.</summary>
    public static WordBuffer Rent(string word)
    {
        var buffer = t_buffer ??= new WordBuffer();
        buffer.EnsureCapacity((word.Length * 2) + 8);
        for (int i = 0; i < word.Length; i++)
        {
            char c = char.ToLowerInvariant(word[i]);
            buffer._chars[i] = c == '’' ? '\'' : c;
        }

        buffer.Length = word.Length;
        return buffer;
    }

    /// <summary>True when the word ends with <paramref name="suffix"/>.</summary>
    public bool EndsWith(string suffix) => Span.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>True when the word holds <paramref name="text"/> ending at <paramref name="end"/>.</summary>
    public bool EndsWithAt(string text, int end) => end >= text.Length && Span[..end].EndsWith(text, StringComparison.Ordinal);

    /// <summary>True when the word holds <paramref name="text"/> starting at <paramref name="start"/>.</summary>
    public bool StartsWithAt(string text, int start) => Span[start..].StartsWith(text, StringComparison.Ordinal);

    /// <summary>
    /// The longest of <paramref name="suffixes"/> (sorted longest first) that ends at <paramref name="end"/> and starts
    /// at or after <paramref name="limit"/>, or null.
    /// </summary>
    public string? LongestSuffix(string[] suffixes, int end, int limit = 0)
    {
        var span = Span[..end];
        foreach (var suffix in suffixes)
        {
            if (end - suffix.Length >= limit && span.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix;
            }
        }

        return null;
    }

    /// <summary>The longest of <paramref name="suffixes"/> (sorted longest first) that ends the word, or null.</summary>
    public string? LongestSuffix(string[] suffixes) => LongestSuffix(suffixes, Length);

    /// <summary>
    /// Where Snowball's R1 starts when searched from <paramref name="from"/>: after the first non-vowel that follows a
    /// vowel (vowels: the characters of <paramref name="vowels"/>); null when there is none. R2 is this from R1.
    /// </summary>
    public int? AfterVowelThenNonVowel(int from, string vowels)
    {
        int i = from;
        while (i < Length && !vowels.Contains(_chars[i], StringComparison.Ordinal))
        {
            i++;
        }

        while (i < Length && vowels.Contains(_chars[i], StringComparison.Ordinal))
        {
            i++;
        }

        return i < Length ? i + 1 : null;
    }

    /// <summary>Cuts the word to <paramref name="length"/> characters.</summary>
    public void Truncate(int length) => Length = length;

    /// <summary>Replaces the last <paramref name="count"/> characters by <paramref name="replacement"/>.</summary>
    public void ReplaceEnd(int count, string replacement) => Replace(Length - count, count, replacement);

    /// <summary>Replaces <paramref name="count"/> characters at <paramref name="start"/> by <paramref name="replacement"/>.</summary>
    public void Replace(int start, int count, string replacement)
    {
        int delta = replacement.Length - count;
        EnsureCapacity(Length + delta);
        Array.Copy(_chars, start + count, _chars, start + replacement.Length, Length - start - count);
        replacement.CopyTo(_chars.AsSpan(start));
        Length += delta;
    }

    /// <summary>Appends <paramref name="text"/>.</summary>
    public void Append(string text) => Replace(Length, 0, text);

    /// <inheritdoc/>
    public override string ToString() => new(_chars, 0, Length);

    private void EnsureCapacity(int capacity)
    {
        if (_chars.Length < capacity)
        {
            Array.Resize(ref _chars, Math.Max(capacity, _chars.Length * 2));
        }
    }

    /// <summary>Sorts suffix lists longest first, as Snowball's among picks the longest match.</summary>
    public static string[] LongestFirst(params string[] suffixes) =>
        [.. suffixes.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
}
