namespace QuoteLens.Text.Stemming;

/// <summary>
/// The stemmers of the kit: Snowball's English (Porter2), Russian, French and German algorithms, a light
/// Ukrainian stemmer, and an identity stemmer (lower case only) for every other language.
/// </summary>
/// <example>
/// <code>
/// Stemmer.For("en").Stem("assassins");   // "assassin"
/// Stemmer.For("ru").Stem("вероятности"); // "вероятн"
/// </code>
/// </example>
public static class Stemmer
{
    private static readonly IStemmer English = new EnglishStemmer();
    private static readonly IStemmer Russian = new RussianStemmer();
    private static readonly IStemmer French = new FrenchStemmer();
    private static readonly IStemmer German = new GermanStemmer();
    private static readonly IStemmer Ukrainian = new UkrainianLightStemmer();
    private static readonly IStemmer Identity = new IdentityStemmer();

    /// <summary>The languages with a real stemmer (ISO 639-1).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["de", "en", "fr", "ru", "uk"];

    /// <summary>
    /// The stemmer for <paramref name="language"/> (ISO 639-1, case-insensitive, a region suffix such as "en-GB" ignored);
    /// the identity stemmer for any other language. Stemmers are shared and thread-safe.
    /// </summary>
    public static IStemmer For(string? language)
    {
        var code = language is null ? "" : language.Split('-', '_', '+', ' ')[0].ToLowerInvariant();
        return code switch
        {
            "en" => English,
            "ru" => Russian,
            "fr" => French,
            "de" => German,
            "uk" => Ukrainian,
            _ => Identity,
        };
    }

    /// <summary>Lower-cases the word and leaves it otherwise unchanged.</summary>
    private sealed class IdentityStemmer : IStemmer
    {
        public string Language => "und";

        public string Stem(string word)
        {
            ArgumentNullException.ThrowIfNull(word);
            return word.ToLowerInvariant();
        }
    }
}
