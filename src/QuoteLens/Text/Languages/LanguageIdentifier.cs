using QuoteLens.Text.Transliteration;

namespace QuoteLens.Text.Languages;

/// <summary>
/// Tells the language of a text offline, from its script, the letters only some languages use
/// (Ukrainian і ї є ґ against Russian ы э ъ ё; ß, ä, ç, ã, ș ...) and the most frequent function words.
/// Knows en, ru, uk, fr, de, ro, et, pt, es, it and pl. Short texts (a quote) say little: pass the
/// article's language as the fallback and it is returned when the evidence is thin.
/// </summary>
public static class LanguageIdentifier
{
    private const int MinimumEvidence = 3;

    private static readonly LanguageProfile[] Latin =
    [
        new("en", "", "the of and to in is that for it was on with as be by at are this have from or had not but which said were their they has his an will would we been who"),
        new("fr", "éèêàçœùûî", "le la les de des du et est un une que qui dans pour pas sur au aux ce il elle ne se en avec sont été nous par plus son sa rien doit être"),
        new("de", "äöüß", "der die das und ist nicht ein eine zu den dem des mit von auf sich für im auch es sie er wir hat dass wird werden bei"),
        new("ro", "ăâîșțşţ", "și în de la cu pe că nu este un o să din ce care mai fost sunt pentru se al ale această acest"),
        new("pt", "ãõçáâêô", "o a os as de do da dos das e que em um uma para com não se por mais na no é foi está são"),
        new("es", "ñáéíóú¿¡", "el la los las de del y que en un una por con no se es para lo al más como pero fue está"),
        new("it", "àèìòù", "il lo la i gli le di del della e che in un una per con non è si sono da al alla anche"),
        new("pl", "ąćęłńśźż", "i w nie na że z się do to jest jak o po ale tak od przez dla już co jego"),
        new("et", "õäöüšž", "ja on ei et see ta oli kui ka mis aga nii oma seda selle ning või siis veel pole tema ole"),
    ];

    private static readonly LanguageProfile[] CyrillicProfiles =
    [
        new("ru", Cyrillic.RussianOnly, "и в не на что с по это как он к из за о так от но для то же его все уже было мы они она бы я вот"),
        new("uk", Cyrillic.UkrainianOnly, "і в не на що з до це як він та за від але для то його вже було ми вони вона б я й чи цього також"),
    ];

    /// <summary>The languages the identifier can return.</summary>
    public static IReadOnlyList<string> Languages { get; } =
        [.. Latin.Select(p => p.Language).Concat(CyrillicProfiles.Select(p => p.Language)).Order(StringComparer.Ordinal)];

    /// <summary>Identifies the language of <paramref name="text"/>.</summary>
    /// <param name="text">An article, a paragraph or a quote.</param>
    /// <param name="fallback">Returned (flagged as a fallback) when the text holds too little evidence, e.g. the article's language for a quote.</param>
    public static LanguageGuess Identify(string text, string? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        int cyrillic = 0;
        int latin = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (Cyrillic.ContainsCyrillic(token.Norm))
            {
                cyrillic++;
            }
            else
            {
                latin++;
            }
        }

        if (cyrillic + latin == 0)
        {
            return Fallback(fallback);
        }

        var profiles = cyrillic > latin ? CyrillicProfiles : Latin;
        var scores = profiles.Select(p => p.Score(tokens)).ToArray();
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        double total = scores.Sum();
        if (scores[best] < MinimumEvidence)
        {
            // Cyrillic without any distinctive letter or word is most often Russian; Latin says nothing.
            return fallback is not null || profiles == Latin ? Fallback(fallback) : new LanguageGuess("ru", 0.3);
        }

        double share = scores[best] / total;
        double weight = Math.Min(1, scores[best] / 20.0);
        return new LanguageGuess(profiles[best].Language, Math.Round(share * (0.5 + (0.5 * weight)), 3));
    }

    /// <summary>True when <paramref name="word"/> (lower case) is one of the frequent function words of <paramref name="language"/>.</summary>
    internal static bool IsFrequentWord(string word, string language)
    {
        foreach (var profile in Latin.Concat(CyrillicProfiles))
        {
            if (profile.Language == language)
            {
                return profile.HasWord(word);
            }
        }

        return false;
    }

    private static LanguageGuess Fallback(string? fallback) =>
        new(string.IsNullOrWhiteSpace(fallback) ? LanguageGuess.Undetermined : fallback, 0, IsFallback: true);

    /// <summary>Distinctive letters and frequent words of one language.</summary>
    private sealed class LanguageProfile(string language, string letters, string words)
    {
        private readonly HashSet<string> _words = new(words.Split(' '), StringComparer.Ordinal);

        public string Language { get; } = language;

        public bool HasWord(string word) => _words.Contains(word);

        /// <summary>Two points per frequent word, one per distinctive letter.</summary>
        public double Score(IReadOnlyList<Token> tokens)
        {
            double score = 0;
            foreach (var token in tokens)
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                if (_words.Contains(token.Norm))
                {
                    score += 2;
                }

                foreach (char c in token.Norm)
                {
                    if (letters.Contains(c))
                    {
                        score++;
                    }
                }
            }

            return score;
        }
    }
}
