using System.Text;

namespace QuoteLens.Text.Transliteration;

/// <summary>
/// Romanises Russian and Ukrainian Cyrillic under the common systems (popular/press, BGN/PCGN,
/// ISO 9 / GOST 7.79, scholarly, Library of Congress). Latin and other characters pass unchanged.
/// Thread-safe.
/// </summary>
/// <example>
/// <code>
/// Transliterator.Romanize("Старовойт");                                   // "Starovoyt"
/// Transliterator.Romanize("Тёткино", RomanizationSystem.BgnPcgn);         // "Tëtkino"
/// Transliterator.Romanize("Київ", RomanizationSystem.Popular, "uk");      // "Kyiv"
/// </code>
/// </example>
public static class Transliterator
{
    /// <summary>Every system, in the order the enum lists them.</summary>
    public static IReadOnlyList<RomanizationSystem> Systems { get; } = Enum.GetValues<RomanizationSystem>();

    /// <summary>
    /// Romanises <paramref name="text"/> under <paramref name="system"/>. <paramref name="language"/> is
    /// "ru" or "uk"; when null (or anything else) Ukrainian is chosen if the text has і ї є or ґ.
    /// </summary>
    public static string Romanize(string text, RomanizationSystem system = RomanizationSystem.Popular, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Cyrillic.ContainsCyrillic(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + (text.Length / 4));
        RomanizationTable.Get(system, IsUkrainian(text, language)).Romanize(text, sb);
        return sb.ToString();
    }

    /// <summary>The distinct romanisations of <paramref name="text"/> under every system, in <see cref="Systems"/> order.</summary>
    public static IReadOnlyList<string> AllRomanizations(string text, string? language = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(Systems.Count);
        foreach (var system in Systems)
        {
            var romanized = Romanize(text, system, language);
            if (seen.Add(romanized))
            {
                result.Add(romanized);
            }
        }

        return result;
    }

    /// <summary>True when <paramref name="text"/> holds at least one Cyrillic letter.</summary>
    public static bool HasCyrillic(string text) => Cyrillic.ContainsCyrillic(text);

    private static bool IsUkrainian(string text, string? language) => language switch
    {
        "uk" => true,
        "ru" => false,
        _ => Cyrillic.GuessLanguage(text) == "uk",
    };
}
