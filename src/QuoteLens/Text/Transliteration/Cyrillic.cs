namespace QuoteLens.Text.Transliteration;

/// <summary>Facts about Cyrillic letters shared by transliteration and language identification.</summary>
internal static class Cyrillic
{
    /// <summary>Letters that Ukrainian has and Russian lacks.</summary>
    public const string UkrainianOnly = "іїєґ";

    /// <summary>Letters that Russian has and Ukrainian lacks.</summary>
    public const string RussianOnly = "ыэъё";

    /// <summary>True for a letter of the basic Cyrillic block (Ѐ..ӿ).</summary>
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>True when <paramref name="text"/> holds at least one Cyrillic letter.</summary>
    public static bool ContainsCyrillic(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (IsCyrillic(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"uk" when the text has a letter only Ukrainian uses, else "ru".</summary>
    public static string GuessLanguage(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (UkrainianOnly.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
            {
                return "uk";
            }
        }

        return "ru";
    }

    /// <summary>True for Cyrillic vowels (and the signs after which iotated letters are written as at a word start).</summary>
    public static bool IsVowelOrSign(char lower) => "аеёиоуыэюяіїєьъ".Contains(lower, StringComparison.Ordinal);
}
