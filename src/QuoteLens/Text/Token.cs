namespace QuoteLens.Text;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>A word, apostrophes and inner hyphens included ("Putin's", "anti-Kremlin").</summary>
    Word,

    /// <summary>A number, with its inner separators ("1,200", "3.5", "2024").</summary>
    Number,

    /// <summary>Sentence punctuation (, . ; : ! ? … and brackets).</summary>
    Punctuation,

    /// <summary>A quote mark of any convention.</summary>
    QuoteMark,

    /// <summary>A dash (‐ – — -).</summary>
    Dash,

    /// <summary>Anything else ($, %, &amp; ...).</summary>
    Symbol,
}

/// <summary>A token of a text, with its place in the text it came from.</summary>
/// <param name="Text">The characters as written.</param>
/// <param name="Norm">The comparison form: lower case, typographic apostrophes and dashes folded, ё→е.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Offset of the first character in the source text.</param>
/// <param name="Length">Length in characters.</param>
public readonly record struct Token(string Text, string Norm, TokenKind Kind, int Start, int Length)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True for words and numbers: the tokens that carry content.</summary>
    public bool IsContent => Kind is TokenKind.Word or TokenKind.Number;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
