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

    public static IReadOnlyList<Quote> Split(Quote quote)
    {
        if (quote.Text.AsSpan().IndexOfAny(SentenceEnds) < 0)
        {
            return [quote];
        }

        var tokens = Tokenizer.Tokenize(quote.Text);
        var cuts = new List<int>();
        for (int i = 1; i + 1 < tokens.Count; i++)
        {
            if (EndsSentence(tokens, i) && StartsSentence(tokens[i + 1]))
            {
                cuts.Add(tokens[i].End);
            }
            else if (i >= 2 && i + 2 < tokens.Count && IsEllipsis(tokens[i]) && tokens[i - 1].Text is "(" or "[" or "<" or "〈" && tokens[i + 1].Text is ")" or "]" or ">" or "〉")
            {
                // "(…)", "[...]" and the Russian press's "<…>" mark words left out: what stands on either side was said apart,
                // whatever the case of the next word.
                cuts.Add(tokens[i + 1].End);
            }
        }

        if (cuts.Count == 0)
        {
            return [quote];
        }

        var parts = new List<Quote>(cuts.Count + 1);
        int from = 0;
        foreach (var cut in cuts.Append(quote.Text.Length))
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

    private static bool EndsSentence(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punctuation || t.Text is not ("." or "!" or "?" or "…" or "..." or "?!" or "!?" or "؟"))
        {
            return false;
        }

        var previous = tokens[i - 1];
        return !(t.Text == "." && previous.Kind == TokenKind.Word && (previous.Length == 1 || Abbreviations.Contains(previous.Norm)) && previous.End == t.Start);
    }

    private static bool IsEllipsis(Token t) => t.Kind == TokenKind.Punctuation && t.Norm == "...";

    private static bool StartsSentence(Token next) =>
        (next.Kind == TokenKind.Word && StartsUpper(next.Text)) || next.Kind is TokenKind.Number or TokenKind.QuoteMark
        || (next.Kind == TokenKind.Punctuation && next.Text is "(" or "[");

    /// <summary>Whether the first letter of a word is a capital (or of a script without case), past the marks an emoji's remains leave before it (". ️Мы …").</summary>
    private static bool StartsUpper(string word)
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
        };
    }
}
