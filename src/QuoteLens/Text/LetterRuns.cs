namespace QuoteLens.Text;

/// <summary>
/// The words of a text as runs of letters, an apostrophe between two letters kept inside ("don't", "l'agence", "n'est"),
/// one that closes a quote ("'not'") left out. Walked without making strings: <c>foreach (var range in new LetterRuns(text))</c>
/// gives each word's place in the text.
/// </summary>
internal ref struct LetterRuns(string text)
{
    private int _next;

    /// <summary>The current word's place in the text.</summary>
    public Range Current { get; private set; }

    /// <summary>This walker (for <c>foreach</c>).</summary>
    public readonly LetterRuns GetEnumerator() => this;

    /// <summary>Moves to the next word; false when there is none.</summary>
    public bool MoveNext()
    {
        int i = _next;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            _next = i;
            return false;
        }

        int start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || (TextChars.IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        Current = start..i;
        _next = i;
        return true;
    }
}
