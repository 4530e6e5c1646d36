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
    /// <summary>How many stems each stemmer remembers (a large vocabulary of one language).</summary>
    private const int RememberedStems = 1 << 18;

    private static readonly IStemmer English = new Remembering(new EnglishStemmer());
    private static readonly IStemmer Russian = new Remembering(new RussianStemmer());
    private static readonly IStemmer French = new Remembering(new FrenchStemmer());
    private static readonly IStemmer German = new Remembering(new GermanStemmer());
    private static readonly IStemmer Ukrainian = new Remembering(new UkrainianLightStemmer());
    private static readonly IStemmer Identity = new IdentityStemmer();

    /// <summary>The languages with a real stemmer (ISO 639-1).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["de", "en", "fr", "ru", "uk"];

    /// <summary>
    /// The stemmer for <paramref name="language"/> (ISO 639-1, case-insensitive, a region suffix such as "en-GB" ignored);
    /// the identity stemmer for any other language. Stemmers are shared and thread-safe.
    /// </summary>
    public static IStemmer For(string? language)
    {
        return StopWords.Primary(language) switch
        {
            "en" => English,
            "ru" => Russian,
            "fr" => French,
            "de" => German,
            "uk" => Ukrainian,
            _ => Identity,
        };
    }

    /// <summary>A stemmer that works out each word's stem once (stemming is a pure function of the word).</summary>
    private sealed class Remembering(IStemmer stemmer) : IStemmer
    {
        private readonly WordMemo<string> _stems = new(stemmer.Stem, RememberedStems);

        public string Language => stemmer.Language;

        public string Stem(string word)
        {
            ArgumentNullException.ThrowIfNull(word);
            return _stems[word];
        }
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
