using System.Globalization;
using System.Text;
using QuoteLens.Text.Languages;
using QuoteLens.Text.Stemming;

namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// The forms in which words of any language meet their dictionary entries: the language's Snowball stemmer where the kit
/// has one (en, ru, fr, de, uk), a light Arabic stemmer (diacritics, alef forms, the article and common suffixes), and
/// for the other languages the first six letters of the word without accents (truncation stemming, which serves
/// Romance and Germanic languages in retrieval nearly as well as a stemmer). Also the function words the bridge skips, and
/// month names (dates are anchors).
/// </summary>
internal static class BridgeWords
{
    private const int TruncatedLength = 6;

    private static readonly Dictionary<string, HashSet<string>> ExtraStopWords = new(StringComparer.Ordinal)
    {
        ["nl"] = Set("de het een en van in is dat op te zijn die niet met voor aan er ook als om maar dan bij of wat nog door we wij ze hij zij"),
        ["ar"] = Set("في من على إلى الى أن ان عن مع هذا هذه التي الذي ما لا لم لن قد كان كانت هو هي نحن أو او ثم كل بعد قبل حتى إن"),
        ["en"] = Set("i you he she it we they me him her us them my your our their its this that these those there here what who"),
        ["es"] = Set("su sus le les nos yo él ella hay muy ya sin sobre también"),
        ["it"] = Set("suo sua loro ci ne mi ti noi voi lui lei c'è ha hanno più"),
        ["pt"] = Set("seu sua ele ela nós eu há muito já sem sobre também"),
        ["pl"] = Set("nas nam my wy on ona oni ich jej go mu by być był była"),
        ["ro"] = Set("noi voi el ea ei le lui îi am are au fi"),
        // "так" is "yes" in Ukrainian and "so" in both: its glosses ("such", "so", "thus") tied "Що стосується пана Навального,
        // так, він пішов з життя" to "Such is life" (a made-up case of the kind the issue shows), as Snowball's lists drop it.
        // "щоб"/"чтобы" (so that) had reached "such" through mueller7's "чтоб", and "Така"/"Такова" joined clauses of purpose.
        ["uk"] = Set("так щоб щоби"),
        ["ru"] = Set("так чтобы чтоб"),
    };

    /// <summary>Month names and their stems per language, to month numbers (dates as anchors: 16 March / 16 марта / 16 березня).</summary>
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>Whether <paramref name="word"/> (matching form) is a function word of <paramref name="language"/>.</summary>
    public static bool IsFunctionWord(string word, string language) =>
        LanguageIdentifier.IsFrequentWord(word, language) || (ExtraStopWords.TryGetValue(language, out var set) && set.Contains(word));

    /// <summary>The form of <paramref name="word"/> (any case) that dictionary entries and texts of <paramref name="language"/> share.</summary>
    public static string Stem(string word, string language)
    {
        var norm = Normalizer.ForMatching(word.Trim(), language);
        return StemOfNorm(norm, language);
    }

    /// <summary>Whether a word of <paramref name="language"/> is stemmed by its first letters (no stemmer of its own, not Arabic).</summary>
    public static bool StemsByPrefix(string language) => language != "ar" && !Stemmer.Languages.Contains(language);

    /// <summary>As <see cref="Stem"/>, for a word already in its matching form.</summary>
    public static string StemOfNorm(string norm, string language)
    {
        if (!StemsByPrefix(language))
        {
            return language == "ar" ? ArabicStem(norm) : Stemmer.For(language).Stem(norm);
        }

        var plain = WithoutAccents(norm);
        return plain.Length > TruncatedLength ? plain[..TruncatedLength] : plain;
    }

    /// <summary>The month (1–12) a word names, or 0.</summary>
    public static int Month(string norm, string language) =>
        Months.TryGetValue(norm, out var m) ? m
        : Months.TryGetValue(StemOfNorm(norm, language), out m) ? m
        : 0;

    /// <summary>
    /// A cognate key for a long word of a Latin-script language (Cyrillic romanised): its first four letters without
    /// accents, so that situation / situación / situazione / ситуация and negotiate / négocier / negoziare meet
    /// whatever the dictionaries know. Null for short words, Arabic and words of other scripts.
    /// </summary>
    public static string? Cognate(string norm, string language)
    {
        if (norm.Length < CognateMinLength || language == "ar")
        {
            return null;
        }

        var latin = Text.Transliteration.Transliterator.HasCyrillic(norm)
            ? Text.Transliteration.Transliterator.Romanize(norm, Text.Transliteration.RomanizationSystem.Popular, language)
            : WithoutAccents(norm);
        if (latin.Length < CognateMinLength || !latin.All(c => c is >= 'a' and <= 'z'))
        {
            return null;
        }

        if (!Text.Transliteration.Transliterator.HasCyrillic(norm))
        {
            // Latin orthographies double letters differently (commission / comisión / comissão, aggression / agresión).
            latin = WithoutDoubledLetters(latin);
            if (latin.Length < CognatePrefix)
            {
                return null;
            }
        }

        return latin[..CognatePrefix].Replace('k', 'c').Replace('y', 'i');
    }

    /// <summary>
    /// A word with each run of one letter written once (commission → comision, aggression → agresion): English, Italian
    /// and French double consonants that Spanish, Portuguese and Romanian write once, so a cognate's first four letters
    /// differed by a doubling alone (comm / comi, aggr / agre). Only for words written in Latin letters: Cyrillic words,
    /// romanised, keep their letters (collapsing them too cost putin-carlson 126 true cross-language pairs).
    /// Measured on all 32 keys: cross 24109/31695 → 24340/31807 (false pairs 7586 → 7467; F1 0.6610 → 0.6663), same
    /// 4198/4861 → 4213/4864; putin-assembly +165, erdogan +79, rdk-bryansk +30, prigozhin-ammunition +14, kakhovka +12
    /// true cross pairs; zaluzhny −30, crimean-bridge −14, mobilization −14, black-sea-grain −12 (all but mobilization
    /// with fewer false pairs too); speakers 6946 either way (prigozhin-ammunition −1, zaluzhny +1); five cross 3536/4794 → 3629/4863.
    /// </summary>
    internal static string WithoutDoubledLetters(string latin)
    {
        var sb = new StringBuilder(latin.Length);
        foreach (char c in latin)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.Length == latin.Length ? latin : sb.ToString();
    }

    private const int CognateMinLength = 6;

    private const int CognatePrefix = 4;

    private static string WithoutAccents(string word)
    {
        bool plain = true;
        foreach (char c in word)
        {
            if (c > 0x7F)
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return word;
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch { 'ł' => 'l', 'ø' => 'o', 'đ' => 'd', _ => c });
            }
        }

        return sb.ToString();
    }

    /// <summary>Arabic: diacritics and tatweel removed, alef forms, tā' marbūṭa and alef maqṣūra folded, then the article and common affixes stripped.</summary>
    /// <summary>
    /// An Arabic future verb without its particle: سـ (after و or ف, "and", "so") is written onto a present verb, whose
    /// first letter is أ, ت, ن or ي (سيواجه → يواجه, وسننتظر → ننتظر); null for any other word. The bridge reads the
    /// particle off only when the word as written has no entry (سياسة, سنة are words of their own).
    /// </summary>
    internal static string? WithoutArabicFuture(string word)
    {
        int at = word.Length > 0 && word[0] is 'و' or 'ف' ? 1 : 0;
        return word.Length - at >= 5 && word[at] == 'س' && word[at + 1] is 'أ' or 'ا' or 'ت' or 'ن' or 'ي' ? word[(at + 1)..] : null;
    }

    /// <summary>
    /// The forms under which a dictionary may write an Arabic present verb that has no entry as written: a present verb
    /// takes its person from its first letter (أ I, ت you or she, ن we, ي he) on one stem, and the dictionary writes the
    /// third person (يصبح "becomes"), so each of <see cref="ArabicCandidates"/> (clitics and endings off: ونعلن, يلعبون)
    /// that starts with one of those letters is given with ي (تصبح → يصبح, نتذكر → يتذكر, ونعلن → يعلن), after the
    /// future particle too (سنستخدم → يستخدم). At least three letters follow the prefix; a word with the article is left
    /// alone, and so is a past verb that starts with ت itself (<see cref="IsArabicPastOfFormFive"/>: توجهوا is not يوجه).
    /// Looked up only when the word has no entry under its stem or as written. Measured over all keys (before the near
    /// entries of the stem): same 4133/4857 -> 4135/4856, cross 23334/31004 -> 23436/31117 (kherson +29, putin-direct-line
    /// +34, putin-assembly-address +34 cross with same -2, putin-oreshnik +9; il76 -4, kakhovka -2); without the ت…وا
    /// exception lukashenko-crocus-belarus lost 112 cross pairs (توجهوا as "directs").
    /// </summary>
    internal static IEnumerable<string> ArabicPresentForms(string norm)
    {
        var letters = ArabicLetters(norm);
        if (ArabicArticles.Any(article => letters.StartsWith(article, StringComparison.Ordinal)))
        {
            // A word with the article is a noun or an adjective (الأرجح, التوصل), never a verb.
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = WithoutArabicFuture(letters) is { } present ? new[] { letters, present } : [letters];
        foreach (var word in words)
        {
            if (IsArabicPastOfFormFive(word))
            {
                continue;
            }

            foreach (var candidate in ArabicCandidates(word))
            {
                if (candidate.Length >= 4 && candidate[0] is 'ا' or 'ت' or 'ن' or 'ي' && seen.Add("ي" + candidate[1..]))
                {
                    yield return "ي" + candidate[1..];
                }
            }
        }
    }

    /// <summary>
    /// Whether an Arabic word (letters) ending in the past plural وا starts, after و or ف, with ت: a past verb of the forms
    /// that take ت themselves (توجهوا "they headed", تمكنوا), not a present of the second person, so no person prefix to swap.
    /// </summary>
    private static bool IsArabicPastOfFormFive(string letters)
    {
        int at = letters.Length > 1 && letters[0] is 'و' or 'ف' ? 1 : 0;
        return letters.EndsWith("وا", StringComparison.Ordinal) && letters[at] == 'ت';
    }

    /// <summary>The fewest consonants a name skeleton (<see cref="ArabicSkeletons"/>, <see cref="LatinSkeleton"/>) must have.</summary>
    internal const int MinSkeleton = 4;

    /// <summary>
    /// The consonant skeletons of an Arabic word as a name written in Arabic letters would give them (بيلاروس → <c>BLRS</c>,
    /// بوتين → <c>BTN</c>): long vowels, hamza, ʿayn and h-sounds dropped, letters folded to the classes
    /// <see cref="LatinSkeleton"/> gives Latin and Cyrillic names (no p, v or g in Arabic: ب, ف, غ/ج). The word whole, and
    /// without the article or a one-letter prefix (و, ب, ل, ف) when the rest is long enough. Skeletons shorter than
    /// <see cref="MinSkeleton"/> are left out.
    /// </summary>
    internal static IEnumerable<string> ArabicSkeletons(string norm)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in ArabicForms(norm))
        {
            var sb = new StringBuilder(form.Length);
            foreach (char c in form)
            {
                char? symbol = c switch
                {
                    'ب' or 'پ' => 'B',
                    'ت' or 'ط' or 'ث' => 'T',
                    'د' or 'ض' or 'ذ' => 'D',
                    'س' or 'ص' or 'ش' => 'S',
                    'ز' or 'ظ' => 'Z',
                    'ك' or 'ق' or 'خ' => 'K',
                    'ج' or 'غ' or 'گ' => 'G',
                    'ف' or 'ڤ' => 'F',
                    'ل' => 'L',
                    'م' => 'M',
                    'ن' => 'N',
                    'ر' => 'R',
                    _ => null,
                };
                if (symbol is char sym && (sb.Length == 0 || sb[^1] != sym))
                {
                    sb.Append(sym);
                }
            }

            if (sb.Length >= MinSkeleton && seen.Add(sb.ToString()))
            {
                yield return sb.ToString();
            }
        }
    }

    /// <summary>An Arabic word as written, and without the article or a one-letter prefix when at least four letters stay.</summary>
    private static IEnumerable<string> ArabicForms(string norm)
    {
        yield return norm;
        foreach (var prefix in (string[])["وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف"])
        {
            if (norm.StartsWith(prefix, StringComparison.Ordinal) && norm.Length - prefix.Length >= 4)
            {
                yield return norm[prefix.Length..];
                yield break;
            }
        }
    }

    /// <summary>
    /// The consonant skeleton of a name written in Latin letters (Cyrillic romanised first), as Arabic would write its
    /// consonants: vowels, y, w and h dropped, p as b, v as f, sh/ch as s, kh/c/q as k, g/j/zh as g, x as ks (Belarus →
    /// <c>BLRS</c>, Putin → <c>BTN</c>, Лукашенко → <c>LKSNK</c>); null when shorter than <see cref="MinSkeleton"/> or not
    /// plain letters (marks, apostrophes and soft signs romanised as such are passed over).
    /// </summary>
    internal static string? LatinSkeleton(string norm, string language)
    {
        var latin = Text.Transliteration.Transliterator.HasCyrillic(norm)
            ? Text.Transliteration.Transliterator.Romanize(norm, Text.Transliteration.RomanizationSystem.Popular, language)
            : norm;
        var folded = new StringBuilder(latin.Length);
        foreach (char c in latin.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z')
            {
                folded.Append(c);
            }
            else if (char.IsLetter(c))
            {
                // A letter of another script (or one romanisation leaves as it is): no skeleton.
                return null;
            }
        }

        var w = folded.ToString();
        var sb = new StringBuilder(w.Length);
        for (int i = 0; i < w.Length; i++)
        {
            char next = i + 1 < w.Length ? w[i + 1] : ' ';
            char? symbol;
            if ((w[i] is 's' or 'c' or 'z' or 'k') && next == 'h')
            {
                symbol = w[i] switch { 's' or 'c' => 'S', 'z' => 'G', _ => 'K' };
                i++;
            }
            else
            {
                symbol = w[i] switch
                {
                    'b' or 'p' => 'B',
                    't' => 'T',
                    'd' => 'D',
                    's' => 'S',
                    'z' => 'Z',
                    'k' or 'c' or 'q' => 'K',
                    'g' or 'j' => 'G',
                    'f' or 'v' => 'F',
                    'l' => 'L',
                    'm' => 'M',
                    'n' => 'N',
                    'r' => 'R',
                    'x' => 'X',
                    _ => null,
                };
            }

            if (symbol == 'X')
            {
                AppendSymbol(sb, 'K');
                AppendSymbol(sb, 'S');
            }
            else if (symbol is char sym)
            {
                AppendSymbol(sb, sym);
            }
        }

        return sb.Length >= MinSkeleton ? sb.ToString() : null;
    }

    private static void AppendSymbol(StringBuilder sb, char symbol)
    {
        if (sb.Length == 0 || sb[^1] != symbol)
        {
            sb.Append(symbol);
        }
    }

    /// <summary>
    /// An Arabic word as a dictionary writes its headword: diacritics and tatweel removed, alef forms, tā' marbūṭa (as ه) and
    /// alef maqṣūra folded, and the article (with و, ب, ك, ف or ل before it) taken off when three letters stay. Nothing else
    /// comes off: a letter that looks like a clitic or an ending is often the word's own (فترة, بداية). The form that
    /// <see cref="ArabicCandidates"/> gives and the entries of <see cref="WholeArabic"/> are kept under.
    /// </summary>
    internal static string ArabicWholeStem(string word)
    {
        var s = ArabicLetters(word);
        foreach (var prefix in ArabicArticles)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && s.Length - prefix.Length >= 3)
            {
                return s[prefix.Length..];
            }
        }

        return s;
    }

    private static readonly string[] ArabicArticles = ["وال", "بال", "كال", "فال", "لل", "ال"];

    /// <summary>What <see cref="ArabicStem"/> takes off the front: the article (with a clitic before it), else a one-letter clitic.</summary>
    private static readonly string[] ArabicStemPrefixes = [.. ArabicArticles, "و", "ب", "ل", "ف"];

    /// <summary>One-letter clitics written onto an Arabic word (and, so, with, for, as), alone or two together.</summary>
    private static readonly string[] ArabicClitics = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"];

    /// <summary>Endings written onto an Arabic word: attached pronouns, sound plural and dual endings, the accusative alef, the plural and feminine (or first person) endings of past verbs.</summary>
    private static readonly string[] ArabicEndings = ["", "ه", "ها", "هم", "هما", "كم", "نا", "ني", "ي", "ون", "ين", "ات", "ان", "ا", "وا", "ت"];

    /// <summary>
    /// The forms (<see cref="ArabicWholeStem"/>) an Arabic word of a text may be written as in a dictionary, longest first: the
    /// word as <see cref="ArabicWholeStem"/> gives it, then without one-letter clitics before it and an attached pronoun or a plural,
    /// dual or accusative ending after it (a ت before a pronoun, or the plural ات, as the tā' marbūṭa of the bare word:
    /// حكومته → حكومة, منظمات → منظمة). At least three letters stay. Look them up in order and take the first one known
    /// (بعضهم → بعض, فترة stays فترة).
    /// </summary>
    internal static IReadOnlyList<string> ArabicCandidates(string norm)
    {
        var letters = ArabicLetters(norm);
        var found = new List<(string Form, int Cut)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clitic in ArabicClitics)
        {
            if (!letters.StartsWith(clitic, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var ending in ArabicEndings)
            {
                if (letters.Length - clitic.Length - ending.Length < 3 || !letters.EndsWith(ending, StringComparison.Ordinal))
                {
                    continue;
                }

                var core = letters[clitic.Length..^ending.Length];
                Add(core, clitic.Length + ending.Length);
                if ((ending == "ات" || (ending.Length > 0 && ending[0] is 'ه' or 'ك' or 'ن' or 'ي')) && core.EndsWith('ت') && core.Length >= 3)
                {
                    Add(core[..^1] + "ه", clitic.Length + ending.Length);
                }
                else if (ending == "ات")
                {
                    Add(core + "ه", clitic.Length + ending.Length);
                }
            }
        }

        if (found.Count == 0)
        {
            // A short word (أي): as written only.
            return [ArabicWholeStem(letters)];
        }

        return [.. found.OrderByDescending(f => f.Form.Length).ThenBy(f => f.Cut).Select(f => f.Form)];

        void Add(string core, int cut)
        {
            var stem = ArabicWholeStem(core);
            if (stem.Length >= 3 && seen.Add(stem))
            {
                found.Add((stem, cut));
            }
        }
    }

    /// <summary>
    /// The light Arabic stem the dictionary's entries are kept under: <see cref="ArabicWholeStem"/> with a one-letter clitic
    /// (و, ب, ل, ف) and one ending (a pronoun, a plural or dual ending, ي, or the ه a tā' marbūṭa is folded to) taken off as
    /// well when three letters stay. Many words share it (بداية gives داي, فترة gives تره while الفترة gives فتر), so a word
    /// with no entry under it is looked up by <see cref="ArabicCandidates"/> among the entries as written (<see cref="WholeArabic"/>).
    /// </summary>
    internal static string ArabicStem(string word)
    {
        var s = ArabicLetters(word);
        foreach (var prefix in ArabicStemPrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && s.Length - prefix.Length >= 3)
            {
                s = s[prefix.Length..];
                break;
            }
        }

        foreach (var suffix in (string[])["ها", "هم", "ان", "ات", "ون", "ين", "يه", "ه", "ي"])
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal) && s.Length - suffix.Length >= 3)
            {
                s = s[..^suffix.Length];
                break;
            }
        }

        return s;
    }

    /// <summary>The lexicon language under which Arabic entries are also kept as written (<see cref="ArabicWholeStem"/>).</summary>
    internal const string WholeArabic = "ar-whole";

    /// <summary>An Arabic word's letters: diacritics and tatweel removed, alef forms, tā' marbūṭa (as ه) and alef maqṣūra folded.</summary>
    internal static string ArabicLetters(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char c in word)
        {
            if (c is (>= '\u064B' and <= '\u0652') or '\u0670' or '\u0640')
            {
                continue;
            }

            sb.Append(c switch { 'أ' or 'إ' or 'آ' or 'ٱ' => 'ا', 'ة' => 'ه', 'ى' => 'ي', _ => c });
        }

        return sb.ToString();
    }

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
            ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
            ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in names)
        {
            for (int m = 0; m < 12; m++)
            {
                months.TryAdd(row[m], m + 1);
            }
        }

        // "may" is also a verb in English and "mai" is nothing else only outside English: keep "may" out.
        months.Remove("may");
        return months;
    }
}
