using System.Buffers;
using System.Globalization;

namespace QuoteLens.Text;

/// <summary>
/// Splits text into words, numbers, punctuation, quote marks and dashes, keeping offsets.
/// Knows that ’ and ' inside a word are apostrophes ("Putin’s", "l’OTAN"), that hyphens join
/// words ("anti-Kremlin"), that digits with inner separators are one number ("1,200"), and
/// that Cyrillic, Latin and other letters are all letters.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; offsets are shifted by <paramref name="offset"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, int offset = 0) => Tokenize(text.AsSpan(), offset);

    /// <summary>Tokenizes a span of text; offsets are shifted by <paramref name="offset"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(ReadOnlySpan<char> text, int offset = 0)
    {
        var tokens = new List<Token>(Math.Max(4, text.Length / 5));
        for (int end = 0; Next(text, end, out int start, out end, out var kind);)
        {
            var raw = text[start..end];
            var word = raw.ToString();
            tokens.Add(new Token(word, NormalizeOrSame(raw, kind, word), kind, start + offset, end - start));
        }

        return tokens;
    }

    /// <summary>
    /// Finds the next token at or after <paramref name="from"/> without building it: its bounds and kind, or false at the
    /// end of the text. For hot loops that look tokens up rather than keep them.
    /// </summary>
    internal static bool Next(ReadOnlySpan<char> text, int from, out int start, out int end, out TokenKind kind)
    {
        int i = from;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || char.IsControl(text[i]) || text[i] == '\u00AD' || text[i] == '\u200B'))
        {
            i++;
        }

        start = i;
        if (i == text.Length)
        {
            (end, kind) = (i, TokenKind.Symbol);
            return false;
        }

        char c = text[i];
        if (IsLetter(c))
        {
            i = ScanWord(text, i);
            kind = TokenKind.Word;
        }
        else if (char.IsDigit(c))
        {
            i = ScanNumber(text, i);
            kind = TokenKind.Number;
        }
        else if (TextChars.IsQuoteMark(c))
        {
            i++;
            kind = TokenKind.QuoteMark;
        }
        else if (TextChars.IsDash(c))
        {
            i++;
            while (i < text.Length && TextChars.IsDash(text[i]))
            {
                i++;
            }

            kind = TokenKind.Dash;
        }
        else if (char.IsPunctuation(c))
        {
            i++;
            if (c == '.')
            {
                while (i < text.Length && text[i] == '.')
                {
                    i++;
                }
            }

            kind = TokenKind.Punctuation;
        }
        else
        {
            i++;
            kind = TokenKind.Symbol;
        }

        end = i;
        return true;
    }

    /// <summary>The comparison form of a word: lower case, apostrophes and dashes folded, ё→е, soft hyphens removed.</summary>
    /// <remarks>
    /// A word already in its comparison form (a word in lower case, most of running text) is given back as it is, not copied:
    /// the same characters, one allocation fewer for each of the many words the attribution rules normalise.
    /// </remarks>
    public static string NormalizeWord(string word)
    {
        if (word is not null && IsNormalWord(word))
        {
            return word;
        }

        return Normalize(word.AsSpan(), TokenKind.Word);
    }

    /// <summary>True when every character of <paramref name="word"/> is its own comparison form (<see cref="NormalizeChar"/>).</summary>
    private static bool IsNormalWord(string word)
    {
        foreach (char c in word)
        {
            if (NormalizeChar(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The comparison form of a token of kind <paramref name="kind"/> (see <see cref="Token.Norm"/>).</summary>
    internal static string Normalize(ReadOnlySpan<char> raw, TokenKind kind)
    {
        switch (kind)
        {
            case TokenKind.QuoteMark:
                return "\"";
            case TokenKind.Dash:
                return "-";
            case TokenKind.Punctuation when raw.Length > 1 || raw[0] == '…':
                return "...";
        }

        // Built on the stack (or in a pooled array for a long token): only the string itself is allocated.
        char[]? rented = null;
        Span<char> buffer = raw.Length <= MaxStackChars ? stackalloc char[MaxStackChars] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var norm = buffer[..raw.Length];
        for (int k = 0; k < raw.Length; k++)
        {
            norm[k] = NormalizeChar(raw[k]);
        }

        var result = new string(norm);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Tokens up to this long are normalized on the stack.</summary>
    private const int MaxStackChars = 128;

    /// <summary>
    /// As <see cref="Normalize(ReadOnlySpan{char}, TokenKind)"/> for a token whose string is <paramref name="word"/>: when the
    /// comparison form is the token as written (a word in lower case, most of running text), it is that string, not a copy.
    /// </summary>
    private static string NormalizeOrSame(ReadOnlySpan<char> raw, TokenKind kind, string word)
    {
        if (kind is TokenKind.QuoteMark or TokenKind.Dash || (kind == TokenKind.Punctuation && (raw.Length > 1 || raw[0] == '…')))
        {
            return Normalize(raw, kind);
        }

        for (int k = 0; k < raw.Length; k++)
        {
            if (NormalizeChar(raw[k]) != raw[k])
            {
                return Normalize(raw, kind);
            }
        }

        return word;
    }

    /// <summary>One character of a word in its comparison form: lower case, apostrophes and hyphens folded, ё→е.</summary>
    internal static char NormalizeChar(char c) => char.ToLowerInvariant(c) switch
    {
        '’' or '‘' or 'ʼ' or '`' or '´' => '\'',
        'ё' => 'е',
        '‐' or '‑' => '-',
        var lower => lower,
    };

    private static bool IsLetter(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static int ScanWord(ReadOnlySpan<char> text, int i)
    {
        i++;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsLetter(c) || char.IsDigit(c))
            {
                i++;
            }
            else if ((TextChars.IsApostrophe(c) || c is '-' or '‐' or '‑') && i + 1 < text.Length && IsLetter(text[i + 1]))
            {
                // An apostrophe or hyphen between letters belongs to the word: Putin’s, l’OTAN, anti-Kremlin.
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i)
    {
        i++;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if (c is ',' or '.' or '\u00A0' or '\u202F' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else if (IsLetter(c) && i + 1 < text.Length && !IsLetter(text[i + 1]) && c is 's' or 'h')
            {
                // 1990s, 24h
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
