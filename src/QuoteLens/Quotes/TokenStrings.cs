using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// The tokenizer's output for the windows the attribution rules read, built from a per-thread table of the strings already
/// made: news text repeats its words, so a token's text and comparison form are looked up by its characters instead of
/// being allocated again for every window that reads it. The tokens are the ones <see cref="Tokenizer.Tokenize(ReadOnlySpan{char}, int)"/>
/// gives (same bounds, kinds, text and comparison form); only where their strings come from differs.
/// </summary>
internal static class TokenStrings
{
    /// <summary>Tokens longer than this are made afresh (they rarely repeat).</summary>
    private const int MaxLength = 40;

    [ThreadStatic]
    private static SpanCache<string>? _norms;

    /// <summary>
    /// The string of the word <paramref name="chars"/> and its comparison form (<see cref="Tokenizer.NormalizeWord"/>), from the
    /// thread's table when the word was made before.
    /// </summary>
    public static (string Text, string Norm) Word(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxLength)
        {
            return (chars.ToString(), Tokenizer.Normalize(chars, TokenKind.Word));
        }

        var norms = _norms ??= new SpanCache<string>(16);
        if (!norms.TryGet(chars, (int)TokenKind.Word, out var norm, out var stored))
        {
            stored = chars.ToString();
            norm = Normalize(chars, TokenKind.Word, stored);
            norms.Add(stored, (int)TokenKind.Word, norm);
        }

        return (stored!, norm);
    }

    /// <summary>
    /// <see cref="Tokenizer.Normalize"/> of a token of at most <see cref="MaxLength"/> characters whose string is <paramref name="word"/>,
    /// built on the stack; when the comparison form is the token as written (a word in lower case) it is the same string.
    /// </summary>
    private static string Normalize(ReadOnlySpan<char> raw, TokenKind kind, string word)
    {
        if (kind is TokenKind.QuoteMark or TokenKind.Dash || (kind == TokenKind.Punctuation && (raw.Length > 1 || raw[0] == '…')))
        {
            return Tokenizer.Normalize(raw, kind);
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var norm = buffer[..raw.Length];
        for (int k = 0; k < raw.Length; k++)
        {
            norm[k] = Tokenizer.NormalizeChar(raw[k]);
        }

        return norm.SequenceEqual(raw) ? word : norm.ToString();
    }

    /// <summary>
    /// The token of the characters <paramref name="raw"/> of kind <paramref name="kind"/> found at offset <paramref name="start"/>,
    /// its strings from the thread's table: the token <see cref="Tokenize"/> makes of them.
    /// </summary>
    public static Token Make(ReadOnlySpan<char> raw, TokenKind kind, int start)
    {
        string word, norm;
        if (raw.Length > MaxLength)
        {
            (word, norm) = (raw.ToString(), Tokenizer.Normalize(raw, kind));
        }
        else
        {
            var norms = _norms ??= new SpanCache<string>(16);
            if (!norms.TryGet(raw, (int)kind, out norm, out var stored))
            {
                word = raw.ToString();
                norm = Normalize(raw, kind, word);
                norms.Add(word, (int)kind, norm);
            }
            else
            {
                word = stored!;
            }
        }

        return new Token(word, norm, kind, start, raw.Length);
    }

    /// <summary>Fills <paramref name="tokens"/> with the tokens of <paramref name="text"/>, offsets shifted by <paramref name="offset"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> tokens)
    {
        var norms = _norms ??= new SpanCache<string>(16);
        tokens.Clear();
        tokens.EnsureCapacity(Math.Max(4, text.Length / 5));
        for (int end = 0; Tokenizer.Next(text, end, out int start, out end, out var kind);)
        {
            var raw = text[start..end];
            string word, norm;
            if (raw.Length > MaxLength)
            {
                (word, norm) = (raw.ToString(), Tokenizer.Normalize(raw, kind));
            }
            else if (!norms.TryGet(raw, (int)kind, out norm, out var stored))
            {
                word = raw.ToString();
                norm = Normalize(raw, kind, word);
                norms.Add(word, (int)kind, norm);
            }
            else
            {
                word = stored!;
            }

            tokens.Add(new Token(word, norm, kind, start + offset, end - start));
        }
    }

    /// <summary>The run of letters that ends right before <paramref name="at"/>, past spaces and no-break spaces (empty when there is none).</summary>
    public static string WordBefore(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    /// <summary>The run of letters that starts at <paramref name="at"/>, past spaces and no-break spaces (empty when there is none).</summary>
    public static string WordAfter(string text, int at)
    {
        int start = at;
        while (start < text.Length && text[start] is ' ' or '\u00A0')
        {
            start++;
        }

        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }
}
