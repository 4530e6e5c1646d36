using QuoteLens.Text.Stemming;

namespace QuoteLens.Text.Languages;

/// <summary>
/// The form of a word used for matching across outlets: lower case, typographic apostrophes folded to ',
/// ё read as е (Russian), Ukrainian і ї є ґ kept distinct, ß as ss, the French elided article or pronoun
/// removed (l’OTAN → otan, qu’il → il) and the English possessive dropped (Putin’s → putin).
/// </summary>
public static class Normalizer
{
    private static readonly string[] FrenchElisions = ["jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "qu'", "c'", "d'", "j'", "l'", "m'", "n'", "s'", "t'"];

    /// <summary>The matching form of <paramref name="token"/> in <paramref name="language"/> (ISO 639-1).</summary>
    public static string ForMatching(string token, string? language)
    {
        ArgumentNullException.ThrowIfNull(token);
        var word = Tokenizer.NormalizeWord(token);
        switch (language)
        {
            case "fr":
                foreach (var elision in FrenchElisions)
                {
                    if (word.Length > elision.Length && word.StartsWith(elision, StringComparison.Ordinal))
                    {
                        return word[elision.Length..];
                    }
                }

                return word;
            case "en" when word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2:
                return word[..^2];
            case "en" when word.EndsWith("s'", StringComparison.Ordinal) && word.Length > 2:
                return word[..^1];
            case "de":
                return word.Replace("ß", "ss", StringComparison.Ordinal);
            default:
                return word;
        }
    }

    /// <summary>The stem of the matching form: <see cref="ForMatching"/> then the language's <see cref="Stemmer"/>.</summary>
    public static string StemForMatching(string token, string? language) => Stemmer.For(language).Stem(ForMatching(token, language));
}
