using System.Globalization;

namespace QuoteLens.Text.Languages;

/// <summary>
/// Finds the words of a text exactly where <see cref="Tokenizer"/> finds its <see cref="TokenKind.Word"/> tokens, without
/// making a token or a string: numbers are skipped whole ("1990s" holds no word "s"), and an apostrophe or hyphen between
/// letters stays inside the word. Language identification reads every quote of a corpus, so it scans rather than tokenizes.
/// </summary>
internal static class WordScanner
{
    /// <summary>
    /// Moves <paramref name="position"/> past the next word of <paramref name="text"/>; false when no word is left.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where to look from; on return, one past the word found.</param>
    /// <param name="start">Where the word found starts.</param>
    public static bool NextWord(ReadOnlySpan<char> text, ref int position, out int start)
    {
        while (position < text.Length)
        {
            char c = text[position];
            if (IsLetter(c))
            {
                start = position;
                position = ScanWord(text, position);
                return true;
            }

            position = char.IsDigit(c) ? ScanNumber(text, position) : position + 1;
        }

        start = position;
        return false;
    }

    /// <summary>The character of a word's comparison form (<see cref="Tokenizer.NormalizeWord"/>) for one character of the word.</summary>
    public static char Normalize(char c) => char.ToLowerInvariant(c) switch
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
            else if (c is 's' or 'h' && i + 1 < text.Length && !IsLetter(text[i + 1]))
            {
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
