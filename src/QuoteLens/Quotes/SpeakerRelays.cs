using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// News outlets that relay someone's words: "«Мы готовы к переговорам», — пишет Meduza", "“We are ready,” reports Reuters",
/// "« Nous sommes prêts », rapporte l'AFP". A quote in the first person ("we", "мы", "nous", "ich") is not the outlet's own
/// voice: the outlet passes on what the person the article is about said, so the speaker is resolved as for a quote with
/// no attribution (the person named before it, in the lead or the headline). A quote without first-person words ("“The
/// attack killed ten,” reports Reuters") stays the outlet's. An outlet is told by its shape, not by a list of names: an
/// outlet noun ("the agency", "издание", "die Zeitung", "l'agence"), or, after a verb of reporting ("reports", "пишет",
/// "berichtet"), one capitalised word or acronym that the article never writes after a first name (no person's surname),
/// or a name in Latin letters inside a text in another script ("пишет Meduza").
/// </summary>
internal static class SpeakerRelays
{
    /// <summary>Nouns of a news outlet in the languages read (comparison forms); a compound ending in one counts too ("Bild-Zeitung", "Nachrichtenagentur").</summary>
    private static readonly HashSet<string> OutletNouns = Set(
        "agency", "newspaper", "outlet", "publication", "broadcaster", "channel", "magazine", "daily", "tabloid", "website", "newswire",
        "агентство", "агентства", "издание", "издания", "газета", "газеты", "телеканал", "телеканала", "портал", "журнал", "телеграм-канал",
        "агенція", "агенції", "видання", "газети", "телеканалу", "інтернет-видання", "телеграм-канал",
        "agence", "journal", "quotidien", "hebdomadaire", "chaîne", "média", "médias", "site",
        "zeitung", "nachrichtenagentur", "agentur", "blatt", "sender", "magazin", "nachrichtenportal", "portal", "tageszeitung",
        "agencia", "diario", "periódico", "cadena", "revista", "agenzia", "quotidiano", "giornale", "emittente", "testata",
        "agência", "jornal", "diário", "emissora", "ziarul", "agenția", "agentia", "publicația", "publicatia", "postul", "cotidianul",
        "persbureau", "krant", "dagblad", "zender", "omroep", "nieuwssite", "agencja", "gazeta", "dziennik", "portalu", "tygodnik",
        "uudisteagentuur", "ajaleht", "väljaanne", "portaal", "وكالة", "صحيفة", "قناة", "موقع", "شبكة", "وكالات");

    /// <summary>Compound endings of an outlet noun ("Bild-Zeitung", "Nachrichtenagentur", "Tageszeitung", "staatspersbureau").</summary>
    private static readonly string[] OutletEndings = ["zeitung", "agentur", "-zeitung", "krant", "agentuur", "ajaleht", "persbureau", "nieuwsbureau", "agentschap"];

    /// <summary>
    /// Verbs of reporting (comparison forms, a cue's words joined by a space): what an outlet does with another's words. After
    /// them one capitalised word or an acronym is taken for an outlet; after other verbs ("said", "заявил") only an outlet noun is.
    /// </summary>
    private static readonly HashSet<string> ReportingVerbs = Set(
        "reports", "reported", "writes", "wrote", "пишет", "пишут", "передает", "передаёт", "сообщает", "сообщило", "написало",
        "пише", "пишуть", "повідомляє", "повідомило", "передає", "rapporte", "a rapporté", "écrit", "a écrit", "relate", "berichtet",
        "berichtete", "meldet", "meldete", "schreibt", "schrieb", "titelt", "titelte", "informa", "informou", "noticia", "escribe", "escreve", "escreveu",
        "riporta", "scrive", "relatează", "scrie", "a scris", "a relatat", "meldt", "meldde", "schrijft", "schreef", "podaje", "podał",
        "informuje", "pisze", "kirjutab", "vahendab", "teatab", "ذكرت", "وذكرت", "أفادت", "وأفادت", "نقلت", "ونقلت", "كتبت", "وكتبت");

    /// <summary>Participles with their preposition that say who quotes the speaker ("citato da Sky News", "cité par l'AFP", "quoted by Reuters").</summary>
    private static readonly string[] QuotedByWords =
    [
        "quoted by", "cited by", "cité par", "citée par", "cités par", "citato da", "citata da", "citati da", "citado por", "citada por",
        "citados por", "zitiert von", "zitiert nach", "citat de", "citată de", "geciteerd door", "cytowany przez", "cytowana przez",
    ];

    /// <summary>
    /// The outlet <paramref name="phrase"/> says quotes the speaker when the phrase is only that ("citato da Sky News": "Sky
    /// News"), else null: the speaker is the subject the verb dropped, not the outlet.
    /// </summary>
    internal static string? QuotedBy(string phrase)
    {
        var trimmed = phrase.TrimStart(CharSets.SpacesCommas);
        foreach (var words in QuotedByWords)
        {
            if (trimmed.StartsWith(words, StringComparison.OrdinalIgnoreCase) && trimmed.Length > words.Length + 1 && trimmed[words.Length] == ' ')
            {
                return trimmed[(words.Length + 1)..].Trim();
            }
        }

        return null;
    }

    /// <summary>First-person words (comparison forms) by language: a quote holding one speaks as "I" or "we".</summary>
    private static readonly Dictionary<string, HashSet<string>> FirstPerson = new(StringComparer.Ordinal)
    {
        ["en"] = Set("i", "we", "me", "us", "my", "our", "ours", "i'm", "we're", "i've", "we've", "i'll", "we'll", "i'd", "we'd", "myself", "ourselves"),
        ["ru"] = Set("я", "мы", "меня", "нас", "мне", "нам", "мной", "нами", "мой", "моя", "моё", "мое", "мои", "моего", "моей", "наш", "наша", "наше", "наши", "нашей", "нашего", "нашу", "наших", "нашим"),
        ["uk"] = Set("я", "ми", "мене", "нас", "мені", "нам", "мною", "нами", "мій", "моя", "моє", "мої", "мого", "моєї", "наш", "наша", "наше", "наші", "нашої", "нашого", "нашу", "наших", "нашим"),
        ["fr"] = Set("je", "j'", "nous", "moi", "mon", "ma", "mes", "notre", "nos", "m'"),
        ["de"] = Set("ich", "wir", "mich", "mir", "uns", "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "unserer"),
        ["es"] = Set("yo", "nosotros", "nosotras", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "me", "nos", "conmigo"),
        ["it"] = Set("io", "noi", "mio", "mia", "miei", "mie", "nostro", "nostra", "nostri", "nostre", "mi"),
        ["pt"] = Set("eu", "nós", "meu", "minha", "meus", "minhas", "nosso", "nossa", "nossos", "nossas", "mim", "comigo", "connosco", "conosco"),
        ["nl"] = Set("ik", "wij", "we", "mij", "me", "ons", "onze", "mijn"),
        ["ro"] = Set("eu", "noi", "meu", "mea", "mei", "mele", "nostru", "noastră", "noștri", "noastre", "ne", "mă", "îmi", "ni"),
        ["pl"] = Set("ja", "my", "mnie", "nas", "mój", "moja", "moje", "nasz", "nasza", "nasze", "naszych", "nam", "mi"),
        ["et"] = Set("mina", "ma", "meie", "me", "minu", "mu", "meil", "mind", "meid", "mulle", "meile"),
        ["ar"] = Set("أنا", "نحن", "إننا", "إنني", "لدينا", "علينا", "بلادنا", "نحن", "انا", "اننا", "انني"),
    };

    /// <summary>
    /// True when the quote at [<paramref name="quoteStart"/>, <paramref name="quoteEnd"/>) of <paramref name="text"/> (the
    /// article's), attributed by <paramref name="cue"/> to <paramref name="phrase"/>, is a first-person statement that an
    /// outlet passes on (see the class summary). The quote's words are copied out only once the phrase is an outlet (every
    /// attributed quote's text had been copied first; same answers, fewer allocations).
    /// </summary>
    public static bool Relays(string text, string? phrase, string? cue, int quoteStart, int quoteEnd, string language) =>
        phrase is { Length: > 0 } && cue is { Length: > 0 } && IsOutlet(text, phrase, cue, language) && SpeaksInFirstPerson(text[quoteStart..quoteEnd], language);

    /// <summary>True when <paramref name="phrase"/>, the speaker of <paramref name="cue"/>, names a news outlet.</summary>
    internal static bool IsOutlet(string text, string phrase, string cue, string language)
    {
        var words = Words(phrase);
        if (words.Count == 0 || words.Count > 6 || InstitutionNames.Intelligence(phrase) is not null)
        {
            // "Ukraine's main intelligence agency said": an intelligence service, no news agency.
            return false;
        }

        foreach (var word in words)
        {
            var norm = TokenStrings.Word(word).Norm;
            if (OutletNouns.Contains(norm) || OutletNouns.Contains(Elided(norm)) || EndsWithOutlet(norm))
            {
                return true;
            }

            if (SpeakerNames.IsPersonTitle(norm))
            {
                return false;
            }
        }

        if (!IsReporting(cue))
        {
            return false;
        }

        if (IsNewsName(phrase))
        {
            // "пишет РИА Новости", "reports BBC News".
            return true;
        }

        if (words.Count == 1)
        {
            // "reports Reuters", "передает ТАСС", "rapporte l'AFP": one word, which no first name precedes anywhere in the article.
            var word = Elided(words[0]);
            return word.Length >= 2 && char.IsUpper(word[0]) && !AfterFirstName(text, word);
        }

        // "пишет The Insider", "пишет Meduza Daily": a name in Latin letters inside a Cyrillic or Arabic text.
        return ForeignScript(words, language) && !AfterFirstName(text, words[^1]);
    }

    /// <summary>The news nouns that end an outlet's name after its acronym ("РИА Новости", "BBC News", "RTL Nieuws").</summary>
    private static readonly HashSet<string> NewsNouns = Set(
        "новости", "новини", "news", "nieuws", "notícias", "noticias", "nachrichten", "nouvelles", "notizie", "știri", "wiadomości", "uudised", "أخبار");

    /// <summary>
    /// True when <paramref name="phrase"/> is an outlet's name by its shape: an acronym and a news noun ("РИА Новости", "BBC
    /// News"). Such a name reports; it is no one a pronoun, a message noun ("в релизе") or an unattributed quote refers to.
    /// </summary>
    internal static bool IsNewsName(string phrase)
    {
        var words = Words(phrase);
        return words.Count is 2 or 3 && IsAcronymWord(words[0]) && NewsNouns.Contains(TokenStrings.Word(words[^1]).Norm);
    }

    /// <summary>True for a news noun that ends an outlet's name after its acronym ("Новости" in "РИА Новости", "News").</summary>
    internal static bool IsNewsNoun(string norm) => NewsNouns.Contains(norm);

    private static bool IsAcronymWord(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '-') && word.Any(char.IsLetter);

    /// <summary>True when <paramref name="cue"/> is a verb of reporting ("writes", "schreibt", "пишет", "titelt").</summary>
    internal static bool IsReporting(string? cue) => cue is { Length: > 0 } && ReportingVerbs.Contains(Tokenizer.NormalizeWord(cue));

    /// <summary>
    /// True when <paramref name="phrase"/> is an outlet noun and its determiner alone ("die Zeitung", "the newspaper", "l'agence",
    /// "издание"): an outlet named before, not a person.
    /// </summary>
    internal static bool OnlyOutletNoun(string phrase)
    {
        var words = Words(phrase);
        return words.Count == 1 && IsOutletNoun(Tokenizer.NormalizeWord(words[0]));
    }

    /// <summary>
    /// The outlet a capitalised compound of an outlet noun names ("behauptet gar die Bild-Zeitung online" → "Bild-Zeitung"), or null.
    /// </summary>
    internal static string? CompoundOutlet(string phrase)
    {
        foreach (var word in Words(phrase))
        {
            int hyphen = word.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[0]) && IsOutletNoun(Tokenizer.NormalizeWord(word[(hyphen + 1)..])))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// The outlet a verb of reporting names in two to four capitalised words after its determiner ("schreibt die Frankfurter
    /// Rundschau online", "So titelt die Frankfurter Rundschau online:" → "Frankfurter Rundschau"), none of them a title; else null.
    /// </summary>
    internal static string? NamedOutlet(string phrase, string? cue)
    {
        if (!IsReporting(cue))
        {
            return null;
        }

        var words = Words(phrase);
        while (words.Count > 0 && !char.IsUpper(words[^1][0]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count is < 2 or > 4)
        {
            return null;
        }

        foreach (var word in words)
        {
            var norm = TokenStrings.Word(word).Norm;
            if (!char.IsUpper(word[0]) || SpeakerNames.IsTitle(norm) || SpeakerNames.IsPersonTitle(norm) || TitleClasses.Of(norm) is not null)
            {
                return null;
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>True when <paramref name="norm"/> (comparison form) is an outlet noun ("агентство", "persbureau", "l'agence", "Nachrichtenagentur").</summary>
    internal static bool IsOutletNoun(string norm) => OutletNouns.Contains(norm) || OutletNouns.Contains(Elided(norm)) || EndsWithOutlet(norm);

    /// <summary>True when <paramref name="quoted"/> holds a first-person word of <paramref name="language"/> (or, for a language without a list, of English).</summary>
    internal static bool SpeaksInFirstPerson(string quoted, string language)
    {
        if (!FirstPerson.TryGetValue(language, out var set))
        {
            set = FirstPerson["en"];
        }

        foreach (var range in new LetterRuns(quoted))
        {
            var norm = Tokenizer.NormalizeWord(quoted[range]);
            if (set.Contains(norm) || (language == "fr" && norm.Length > 2 && (norm.StartsWith("j'", StringComparison.Ordinal) || norm.StartsWith("m'", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a phrase without quote marks, determiners and punctuation.</summary>
    /// <remarks>
    /// Read for the phrase of every attributed quote: the phrase is cut at spaces in place, and each word's string and comparison
    /// form come from the thread's table of words (<see cref="TokenStrings.Word"/>), not copied and normalised again.
    /// </remarks>
    private static List<string> Words(string phrase)
    {
        var words = new List<string>();
        var rest = phrase.AsSpan();
        while (rest.Length > 0)
        {
            int cut = rest.IndexOfAny(' ', '\u00A0');
            var raw = cut < 0 ? rest : rest[..cut];
            rest = cut < 0 ? default : rest[(cut + 1)..];
            var trimmed = raw.Trim(WordTrim);
            if (trimmed.Length > 0 && TokenStrings.Word(trimmed) is var (word, norm) && !AttributionCues.Determiners.Contains(norm))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>The quote marks and punctuation trimmed off a phrase's words (<see cref="Words"/>).</summary>
    private static readonly char[] WordTrim = [',', ';', ':', '.', '"', '“', '”', '«', '»', '„', '(', ')', '\''];

    /// <summary>"l'AFP" → "AFP", "d'agence" → "agence": the word behind an elided French or Italian article.</summary>
    private static string Elided(string word)
    {
        int apostrophe = word.IndexOfAny(CharSets.Apostrophes);
        return apostrophe is 1 && word.Length > 2 ? word[2..] : word;
    }

    private static bool EndsWithOutlet(string norm)
    {
        foreach (var ending in OutletEndings)
        {
            if (norm.Length > ending.Length + 2 && norm.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words are in Latin letters and the article's language is written in another script.</summary>
    private static bool ForeignScript(List<string> words, string language)
    {
        if (language is not ("ru" or "uk" or "bg" or "ar" or "fa" or "ka" or "el" or "he"))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]))
            {
                return false;
            }

            foreach (char c in word)
            {
                if (char.IsLetter(c) && c > '\u024F')
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="word"/> is written somewhere in <paramref name="text"/> right after a capitalised word that opens no cue and is no title: a person's surname.</summary>
    private static bool AfterFirstName(string text, string word) =>
        SpeakerSources.WithFirstName(text, word, first => !AttributionCues.StartsCue(first) && !SpeakerNames.IsTitle(first));

    private static HashSet<string> Set(params string[] words) => new(words.Select(Tokenizer.NormalizeWord), StringComparer.Ordinal);
}
