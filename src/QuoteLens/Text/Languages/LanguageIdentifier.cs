using QuoteLens.Text.Transliteration;

namespace QuoteLens.Text.Languages;

/// <summary>
/// Tells the language of a text offline, from its script, the letters only some languages use
/// (Ukrainian і ї є ґ against Russian ы э ъ ё; ß, ä, ç, ã, ș ...) and the most frequent function words.
/// Knows en, ru, uk, fr, de, nl, ro, et, pt, es, it and pl, and Arabic by its script (a text mostly in Arabic letters, no more
/// than a tenth of whose words hold a letter only Persian or Urdu writes: پ چ ژ گ ک ی ٹ ڈ ڑ ں ے); other scripts are the fallback. Short texts (a quote)
/// say little: pass the article's language as the fallback and it is returned when the evidence is thin.
/// </summary>
public static class LanguageIdentifier
{
    private const int MinimumEvidence = 3;

    private static readonly LanguageProfile[] Latin =
    [
        new("en", "", "the of and to in is that for it was on with as be by at are this have from or had not but which said were their they has his an will would we been who i you he she me my our your"),
        new("fr", "éèêàçœùûî", "le la les de des du et est un une que qui dans pour pas sur au aux ce il elle ne se en avec sont été nous par plus son sa rien doit être"),
        new("de", "äöüß", "der die das und ist nicht ein eine zu den dem des mit von auf sich für im auch es sie er wir hat dass wird werden bei"),
        new("ro", "ăâîșțşţ", "și în de la cu pe că nu este un o să din ce care mai fost sunt pentru se al ale această acest"),
        new("pt", "ãõçáâêô", "o a os as de do da dos das e que em um uma para com não se por mais na no é foi está são"),
        new("es", "ñáéíóú¿¡", "el la los las de del y que en un una por con no se es para lo al más como pero fue está"),
        new("it", "àèìòù", "il lo la i gli le di del della e che in un una per con non è si sono da al alla anche"),
        new("pl", "ąćęłńśźż", "i w nie na że z się do to jest jak o po ale tak od przez dla już co jego"),
        new("nl", "", "de het een van en in is dat op te zijn die niet met voor aan er ook als om maar dan bij wat nog door ik we wij ze hij zij heeft hebben wordt worden naar kan moet geen ons onze deze dit"),
        new("et", "õäöüšž", "ja on ei et see ta oli kui ka mis aga nii oma seda selle ning või siis veel pole tema ole"),
    ];

    private static readonly LanguageProfile[] CyrillicProfiles =
    [
        new("ru", Cyrillic.RussianOnly, "и в не на что с по это как он к из за о так от но для то же его все уже было мы они она бы я вот"),
        new("uk", Cyrillic.UkrainianOnly, "і в не на що з до це як він та за від але для то його вже було ми вони вона б я й чи цього також"),
    ];

    /// <summary>Every profile: the Latin ones, then the Cyrillic ones. A profile's index is its bit in <see cref="Evidence"/>'s masks.</summary>
    private static readonly LanguageProfile[] Profiles = [.. Latin, .. CyrillicProfiles];

    private static readonly Evidence Clues = new(Profiles);

    /// <summary>The languages the identifier can return.</summary>
    public static IReadOnlyList<string> Languages { get; } =
        [.. Profiles.Select(p => p.Language).Append(Arabic).Order(StringComparer.Ordinal)];

    private const string Arabic = "ar";

    /// <summary>An Arabic-letter text is not Arabic when more than one word in this many holds a Persian or Urdu letter.</summary>
    private const int PersianShare = 10;

    /// <summary>Languages other than Arabic written in Arabic letters: an article in one of them keeps its language for a quote in that script.</summary>
    private static readonly HashSet<string> OtherArabicScriptLanguages = new(["fa", "ur", "ps", "ckb", "ku", "sd", "ug"], StringComparer.Ordinal);

    /// <summary>Identifies the language of <paramref name="text"/>.</summary>
    /// <param name="text">An article, a paragraph or a quote.</param>
    /// <param name="fallback">Returned (flagged as a fallback) when the text holds too little evidence, e.g. the article's language for a quote.</param>
    public static LanguageGuess Identify(string text, string? fallback = null) => Identify(text, fallback, foreign: false);

    /// <summary>
    /// As <see cref="Identify(string, string?)"/>, for a quote in an article written in <paramref name="articleLanguage"/>. When
    /// the identifier has no profile of that language (Turkish, Danish, Greek ...), the article's language stands unless the quote
    /// holds at least <see cref="ForeignEvidence"/> points of one known language: a few words a Turkish or Danish sentence shares
    /// with the profiles ("de", "en", "i") say nothing, and a Turkish quote read as German is compared with German versions.
    /// </summary>
    internal static LanguageGuess IdentifyQuote(string text, string? articleLanguage) =>
        Identify(text, articleLanguage, foreign: articleLanguage is { Length: > 0 } language && language != LanguageGuess.Undetermined && !Languages.Contains(language), preferFallback: true);

    /// <summary>The evidence (points) a quote in an article of a language without a profile needs to be read as a known language.</summary>
    private const int ForeignEvidence = 8;

    private static LanguageGuess Identify(string text, string? fallback, bool foreign, bool preferFallback = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> scores = stackalloc int[Profiles.Length];
        var (cyrillic, latin, arabic, persian) = Clues.Score(text, scores);
        if (arabic > cyrillic + latin)
        {
            // Arabic letters: Arabic, unless a tenth of the words hold letters only Persian or Urdu write (Persian's ی stands in
            // most of its words; an Arabic page may write a foreign name's g with گ), or the article is in such a language.
            bool other = persian * PersianShare > arabic || (fallback is not null && OtherArabicScriptLanguages.Contains(fallback));
            return other ? Fallback(fallback) : new LanguageGuess(Arabic, Math.Round(Math.Min(1, 0.5 + (arabic / 20.0)) * arabic / (arabic + cyrillic + latin), 3));
        }

        if (cyrillic + latin == 0)
        {
            return Fallback(fallback);
        }

        bool isCyrillic = cyrillic > latin;
        var candidates = isCyrillic ? scores[Latin.Length..] : scores[..Latin.Length];
        int best = 0;
        int total = candidates[0];
        for (int i = 1; i < candidates.Length; i++)
        {
            total += candidates[i];
            if (candidates[i] > candidates[best])
            {
                best = i;
            }
        }

        if (candidates[best] < (foreign ? ForeignEvidence : MinimumEvidence))
        {
            // Cyrillic without any distinctive letter or word is most often Russian; Latin says nothing.
            return fallback is not null || !isCyrillic ? Fallback(fallback) : new LanguageGuess("ru", 0.3);
        }

        var profiles = isCyrillic ? CyrillicProfiles : Latin;
        if (preferFallback && profiles[best].Language != fallback && Index(profiles, fallback) is int own and >= 0
            && candidates[own] * ArticleLanguageMargin > candidates[best])
        {
            // A quote is most often in its article's language: a neighbour that only edges it out (Spanish "que", "de"
            // and "a" also count for Portuguese; French and Portuguese share "é" and "à") does not take the quote.
            best = own;
        }

        double share = (double)candidates[best] / total;
        double weight = Math.Min(1, candidates[best] / 20.0);
        var profile = profiles[best];
        return new LanguageGuess(profile.Language, Math.Round(share * (0.5 + (0.5 * weight)), 3));
    }

    /// <summary>
    /// A quote keeps its article's language unless another language scores more than this many times the article's
    /// language on it.
    /// </summary>
    private const int ArticleLanguageMargin = 2;

    private static int Index(LanguageProfile[] profiles, string? language)
    {
        for (int i = 0; i < profiles.Length; i++)
        {
            if (profiles[i].Language == language)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="word"/> (lower case) is one of the frequent function words of <paramref name="language"/>.</summary>
    internal static bool IsFrequentWord(string word, string language)
    {
        foreach (var profile in Profiles)
        {
            if (profile.Language == language)
            {
                return profile.Words.Contains(word);
            }
        }

        return false;
    }

    private static LanguageGuess Fallback(string? fallback) =>
        new(string.IsNullOrWhiteSpace(fallback) ? LanguageGuess.Undetermined : fallback, 0, IsFallback: true);

    /// <summary>Distinctive letters and frequent words of one language.</summary>
    private sealed class LanguageProfile(string language, string letters, string words)
    {
        public string Language { get; } = language;

        /// <summary>Letters that point to the language, one point each.</summary>
        public string Letters { get; } = letters;

        /// <summary>Frequent function words (lower case), two points each.</summary>
        public HashSet<string> Words { get; } = new(words.Split(' '), StringComparer.Ordinal);
    }

    /// <summary>
    /// The clues of every profile at once: for each function word and each distinctive letter, the set of profiles
    /// (as bits) it counts for, so a text is scored for all languages in one pass over its words.
    /// </summary>
    private sealed class Evidence
    {
        /// <summary>Function words are at most this long: a word is packed into a 128-bit key, 16 bits a character, and looked up without making a string.</summary>
        private const int MaxPackedLength = 8;

        private readonly Dictionary<UInt128, int> _words = [];
        private readonly int[] _letters;

        public Evidence(LanguageProfile[] profiles)
        {
            _letters = new int[profiles.Max(p => p.Letters.Length == 0 ? 0 : p.Letters.Max() + 1)];
            for (int bit = 0; bit < profiles.Length; bit++)
            {
                foreach (char c in profiles[bit].Letters)
                {
                    _letters[c] |= 1 << bit;
                }

                foreach (var word in profiles[bit].Words)
                {
                    if (!TryPack(word, out var key))
                    {
                        throw new InvalidOperationException($"function word '{word}' is longer than {MaxPackedLength} letters");
                    }

                    _words[key] = _words.GetValueOrDefault(key) | (1 << bit);
                }
            }
        }

        /// <summary>
        /// Adds every profile's points for <paramref name="text"/> to <paramref name="scores"/> (two per function word, one per
        /// distinctive letter, read in the words' comparison form) and counts the words written in Cyrillic, in Arabic letters
        /// (and of those, the ones holding a letter only Persian or Urdu writes) and the others.
        /// </summary>
        public (int Cyrillic, int Latin, int Arabic, int Persian) Score(ReadOnlySpan<char> text, Span<int> scores)
        {
            int cyrillic = 0, latin = 0, arabic = 0, persian = 0;
            Span<char> norm = stackalloc char[MaxPackedLength];
            for (int end = 0; Tokenizer.Next(text, end, out int start, out end, out var kind);)
            {
                if (kind != TokenKind.Word)
                {
                    continue;
                }

                var word = text[start..end];
                bool isCyrillic = false, isArabic = false, isPersian = false;
                for (int i = 0; i < word.Length; i++)
                {
                    char c = Tokenizer.NormalizeChar(word[i]);
                    isCyrillic |= Cyrillic.IsCyrillic(c);
                    isArabic |= IsArabicLetter(c);
                    isPersian |= PersianOrUrduLetters.Contains(c, StringComparison.Ordinal);
                    if (c < _letters.Length)
                    {
                        AddPoints(scores, _letters[c], 1);
                    }

                    if (i < norm.Length)
                    {
                        norm[i] = c;
                    }
                }

                if (word.Length <= MaxPackedLength && TryPack(norm[..word.Length], out var key) && _words.TryGetValue(key, out int mask))
                {
                    AddPoints(scores, mask, 2);
                }

                cyrillic += isCyrillic ? 1 : 0;
                arabic += isArabic && !isCyrillic ? 1 : 0;
                persian += isPersian && !isCyrillic ? 1 : 0;
                latin += isCyrillic || isArabic ? 0 : 1;
            }

            return (cyrillic, latin, arabic, persian);
        }

        /// <summary>Letters of the Arabic blocks (Arabic, Arabic Supplement, presentation forms), not its digits or punctuation.</summary>
        private static bool IsArabicLetter(char c) =>
            (c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            && char.IsLetter(c);

        /// <summary>Letters Persian or Urdu write and Arabic does not (پ چ ژ گ ک ی, ٹ ڈ ڑ ں ے).</summary>
        private const string PersianOrUrduLetters = "\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06D2";

        private static void AddPoints(Span<int> scores, int mask, int points)
        {
            for (; mask != 0; mask &= mask - 1)
            {
                scores[System.Numerics.BitOperations.TrailingZeroCount(mask)] += points;
            }
        }

        private static bool TryPack(ReadOnlySpan<char> word, out UInt128 key)
        {
            key = 0;
            if (word.Length > MaxPackedLength)
            {
                return false;
            }

            foreach (char c in word)
            {
                key = (key << 16) | c;
            }

            return true;
        }
    }
}
