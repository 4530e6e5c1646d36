namespace QuoteLens.Quotes;

/// <summary>
/// The country a word of a title or a description names, by its adjective or its name in the languages the kit reads
/// ("russe", "Russian", "russische", "России", "Venemaa"; "biélorusse", "білоруський"; "US", "américain"), and the heads of
/// state on record for the coverage the kit is built for (2019–2026): "the Russian president" is Vladimir Putin when the
/// article titles no Russian president of its own. Words are in comparison form (lower case).
/// </summary>
internal static class Nations
{
    /// <summary>Per country code, the word starts that name it. Belarus comes before Russia ("білоруський" holds "рус").</summary>
    private static readonly (string Nation, string[] Starts)[] Stems =
    [
        ("by", ["belarus", "biélorus", "bielorus", "bielorr", "wit-rus", "witrus", "weißrus", "weissrus", "białorus", "белорус", "білорус", "беларус", "valgevene", "بيلاروس"]),
        ("ru", ["russ", "rusland", "rusia", "rusă", "rusul", "rusiei", "rosyj", "rosji", "rosja", "rússia", "росси", "російськ", "росії", "росія", "русск", "venemaa", "روسي", "الروس", "روسيا"]),
        ("ua", ["ukrain", "ucrain", "ucrân", "oekraï", "украин", "україн", "українськ", "ukraina", "أوكران", "الأوكران"]),
        ("tr", ["turk", "türk", "turc", "turq", "турец", "турецьк", "турци", "туреч", "türgi", "ترك", "التركي"]),
        ("fr", ["français", "française", "france", "francese", "francés", "francesa", "francês", "francia", "francez", "franța", "frankrijk", "franse", "französ", "frankreich", "french", "французск", "франци", "франці", "французьк", "prantsus", "فرنس", "الفرنسي"]),
        ("il", ["israel", "israël", "izrael", "израил", "ізраїл", "إسرائيل", "الإسرائيل", "اسرائيل"]),
        ("de", ["german", "deutsch", "allemand", "alemán", "alemana", "alemanha", "alemão", "tedesc", "germania", "niemiec", "niemc", "duits", "немецк", "германи", "германск", "німецьк", "німеччин", "saksa", "ألمان", "الألمان"]),
        ("gb", ["british", "britain", "britannique", "britisch", "britannic", "británic", "britânic", "britse", "brits", "brytyj", "британ", "britanic", "briti", "بريطان", "البريطان"]),
        ("us", ["us-", "american", "américain", "amerikan", "americano", "americana", "estadounidense", "statunitense", "amerykań", "amerikaans", "états-unis", "etats-unis", "estados", "verenigde", "vereinigte", "ameerika", "америка", "американ", "сша", "أمريك", "الأمريكي"]),
    ];

    /// <summary>Words that are a country's name or adjective whole ("the U.S. president", "rus", "vene").</summary>
    private static readonly Dictionary<string, string> Whole = new(StringComparer.Ordinal)
    {
        ["us"] = "us", ["u.s"] = "us", ["u.s."] = "us", ["usa"] = "us", ["eua"] = "us", ["sua"] = "us", ["vs"] = "us", ["eeuu"] = "us", ["ee.uu"] = "us", ["rus"] = "ru", ["vene"] = "ru", ["рф"] = "ru", ["сша"] = "us",
    };

    /// <summary>Heads of state on record, per country code.</summary>
    private static readonly Dictionary<string, string> Presidents = new(StringComparer.Ordinal)
    {
        ["ru"] = "Vladimir Putin", ["ua"] = "Volodymyr Zelensky", ["by"] = "Alexander Lukashenko", ["fr"] = "Emmanuel Macron",
    };

    /// <summary>The country code <paramref name="word"/> names, or null.</summary>
    public static string? Of(string word)
    {
        if (Whole.TryGetValue(word, out var whole))
        {
            return whole;
        }

        if (word.Length < 4)
        {
            return null;
        }

        foreach (var (nation, starts) in Stems)
        {
            foreach (var start in starts)
            {
                if (word.StartsWith(start, StringComparison.Ordinal))
                {
                    return nation;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Words of a master or a boss that, with the Kremlin, name the Russian head of state ("le maître du Kremlin"), besides the
    /// head words of a head of state (<see cref="SpeakerOffices.IsHeadWord"/>: "o chefe do Kremlin").
    /// </summary>
    private static readonly HashSet<string> Masters = new(
        ["maître", "master", "boss", "hausherr", "herr", "хозяин", "хазяїн", "керманич", "господар", "stăpânul", "padrone", "dono", "dueño",
            "amo", "baas", "heer", "meester", "peremees", "juht", "gospodarz", "władca", "inquilino", "locataire", "hôte", "سيد"],
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="words"/> hold the Kremlin (or "РФ") and a head of it ("o chefe do Kremlin", "хозяин Кремля", "очільник РФ").</summary>
    public static bool KremlinHead(List<string> words)
    {
        bool kremlin = false, head = false;
        foreach (var w in words)
        {
            kremlin |= Kremlin(w) || w == "рф";
            head |= SpeakerOffices.IsHeadWord(w) || Masters.Contains(w);
        }

        return kremlin && head;
    }

    /// <summary>
    /// True for the Kremlin in a description ("the Kremlin leader", "кремлівський диктатор", "Kremlchef"): the Russian state's.
    /// Only a description's words count so; in a title read around a name it may be the object of a verb after it.
    /// </summary>
    private static bool Kremlin(string word) =>
        word.StartsWith("kreml", StringComparison.Ordinal) || word.StartsWith("кремл", StringComparison.Ordinal) || word.Contains("كرملين", StringComparison.Ordinal);

    /// <summary>The one country the words of a description name ("le président russe", "președintele rus", "the Kremlin leader"), or null when they name none or two.</summary>
    public static string? OfPhrase(List<string> words)
    {
        string? found = null;
        foreach (var word in words)
        {
            if ((Of(word) ?? (Kremlin(word) ? "ru" : null)) is { } nation)
            {
                if (found is not null && found != nation)
                {
                    return null;
                }

                found = nation;
            }
        }

        return found;
    }

    /// <summary>The head of state on record for <paramref name="nation"/> (a code <see cref="Of"/> gives), or null (the United States: its president changed in the period).</summary>
    public static string? President(string nation) => Presidents.GetValueOrDefault(nation);

    /// <summary>The head of state on record whose surname has the name key of <paramref name="surname"/> ("Putin", "Poetin": "Vladimir Putin"), or null.</summary>
    public static string? PresidentBySurname(string surname)
    {
        var key = SpeakerNames.Key(surname);
        foreach (var president in Presidents.Values)
        {
            if (SpeakerNames.SameKey(SpeakerNames.Key(president[(president.LastIndexOf(' ') + 1)..]), key))
            {
                return president;
            }
        }

        return null;
    }
}
