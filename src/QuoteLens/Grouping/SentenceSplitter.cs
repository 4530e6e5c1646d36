using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Grouping;

/// <summary>
/// Splits a quote into its sentences, so that an outlet that merged two sentences into one quote, or split one quote
/// into two, still lines up sentence by sentence with the others. Each part is a quote of its own with exact offsets:
/// its text is the article's text between its start and end, and it keeps the speaker and cue of the whole.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "prof", "sen", "rep", "gov", "jr", "sr", "vs", "no", "u.s", "u.k", "e.g", "i.e", "etc",
        "г", "гг", "т", "т.е", "им", "ул", "mme", "m",
    };

    /// <summary>The characters a sentence can end with (see <see cref="EndsSentence"/>): a quote without any is one sentence.</summary>
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?…؟");

    /// <summary>The longest of <see cref="Abbreviations"/>: a longer word is none of them, and its comparison form is not made.</summary>
    private static readonly int LongestAbbreviation = Abbreviations.Max(a => a.Length);

    /// <summary>
    /// The sentences of <paramref name="quote"/>. Its tokens are read as bounds and kinds only (<see cref="Tokenizer.Next"/>):
    /// no token's string is made, but for a word that a full stop follows and that may be an abbreviation.
    /// </summary>
    public static IReadOnlyList<Quote> Split(Quote quote)
    {
        if (quote.Text.AsSpan().IndexOfAny(SentenceEnds) < 0)
        {
            return [quote];
        }

        var text = quote.Text.AsSpan();
        var tokens = System.Buffers.ArrayPool<Bounds>.Shared.Rent(text.Length);
        int count = 0;
        for (int end = 0; Tokenizer.Next(text, end, out int start, out end, out var kind);)
        {
            tokens[count++] = new Bounds(start, end, kind);
        }

        var cuts = new List<int>();
        for (int i = 1; i + 1 < count; i++)
        {
            if (EndsSentence(text, tokens, i) && StartsSentence(text, tokens[i + 1]))
            {
                cuts.Add(tokens[i].End);
            }
            else if (i >= 2 && i + 2 < count && IsEllipsis(text, tokens[i]) && text[tokens[i - 1].Range] is "(" or "[" or "<" or "〈" && text[tokens[i + 1].Range] is ")" or "]" or ">" or "〉")
            {
                // "(…)", "[...]" and the Russian press's "<…>" mark words left out: what stands on either side was said apart,
                // whatever the case of the next word.
                cuts.Add(tokens[i + 1].End);
            }
        }

        System.Buffers.ArrayPool<Bounds>.Shared.Return(tokens);
        if (cuts.Count == 0)
        {
            return [quote];
        }

        cuts.Add(quote.Text.Length);
        var parts = new List<Quote>(cuts.Count);
        int from = 0;
        foreach (var cut in cuts)
        {
            int start = from, end = cut;
            while (start < end && char.IsWhiteSpace(quote.Text[start]))
            {
                start++;
            }

            if (end > start)
            {
                parts.Add(Part(quote, $"{quote.Id}.{parts.Count + 1}", start, end));
            }

            from = cut;
        }

        return parts;
    }

    /// <summary>A token as <see cref="Tokenizer.Next"/> finds it: its bounds in the text and its kind (its string is not made).</summary>
    private readonly record struct Bounds(int Start, int End, TokenKind Kind)
    {
        public int Length => End - Start;

        public Range Range => Start..End;
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, Bounds[] tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punctuation || text[t.Range] is not ("." or "!" or "?" or "…" or ".." or "..." or "?!" or "!?" or "؟"))
        {
            return false;
        }

        var previous = tokens[i - 1];
        return !(text[t.Range] is "." && previous.Kind == TokenKind.Word && (previous.Length == 1 || IsAbbreviation(text[previous.Range])) && previous.End == t.Start);
    }

    /// <summary>Whether a word is one of <see cref="Abbreviations"/> in its comparison form (<see cref="Token.Norm"/>, as long as the word).</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Length <= LongestAbbreviation && Abbreviations.Contains(Tokenizer.Normalize(word, TokenKind.Word));

    /// <summary>An ellipsis: a punctuation token whose comparison form is "..." (a run of full stops, or "…").</summary>
    private static bool IsEllipsis(ReadOnlySpan<char> text, Bounds t) => t.Kind == TokenKind.Punctuation && (t.Length > 1 || text[t.Start] == '…');

    private static bool StartsSentence(ReadOnlySpan<char> text, Bounds next) =>
        (next.Kind == TokenKind.Word && StartsUpper(text[next.Range])) || next.Kind is TokenKind.Number or TokenKind.QuoteMark
        || (next.Kind == TokenKind.Punctuation && text[next.Range] is "(" or "[");

    /// <summary>Whether the first letter of a word is a capital (or of a script without case), past the marks an emoji's remains leave before it (". ️Мы …").</summary>
    private static bool StartsUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                // A script without case (Arabic, Hebrew, CJK) starts a sentence with any letter: only a lower-case one continues.
                return !char.IsLower(c);
            }
        }

        return false;
    }

    /// <summary>The part [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="quote"/>'s text as a quote of its own with id <paramref name="id"/>, its offsets (and those of its other occurrences) exact.</summary>
    internal static Quote Part(Quote quote, string id, int start, int end)
    {
        int shift = start;
        var occurrences = quote.Occurrences.Select(o => new Span(o.Start + shift, o.Start + end)).ToList();
        return quote with
        {
            Id = id,
            Text = quote.Text[start..end],
            Start = quote.Start + start,
            End = quote.Start + end,
            Occurrences = occurrences,
            CutOff = quote.CutOff && end == quote.Text.Length,
        };
    }
}
