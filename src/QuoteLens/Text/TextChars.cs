namespace QuoteLens.Text;

/// <summary>Classes of characters that every stage agrees on: quote marks, apostrophes, dashes.</summary>
internal static class TextChars
{
    /// <summary>All characters that can open or close a quotation, in any convention.</summary>
    public const string QuoteMarks = "\"“”„‟«»‹›‘’‚‛「」『』";

    /// <summary>True for any quote mark (including ’ and ', which may also be apostrophes).</summary>
    public static bool IsQuoteMark(char c) => QuoteMarks.Contains(c, StringComparison.Ordinal) || c == '\'';

    /// <summary>True for characters that serve as apostrophes inside words.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘' or '`';

    /// <summary>True for hyphen-minus and the typographic dashes.</summary>
    public static bool IsDash(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—' or '―' or '−';
}
