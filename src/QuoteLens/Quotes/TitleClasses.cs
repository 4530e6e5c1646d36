using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// Offices named in many words and languages ("pope", "Pontífice", "Papst"; "president", "mandatario", "президент";
/// "chancellor", "Kanzler"): a description that names an office ("el Pontífice", "the Russian president") refers to
/// the person the article names with a title of the same office ("el papa Francisco", "Президент Владимир Путин").
/// </summary>
internal static class TitleClasses
{
    private static readonly string[][] Classes =
    [
        ["pope", "papa", "pape", "papst", "pontiff", "pontífice", "pontefice", "pontife", "понтифик", "понтифік", "папа", "papież", "paus", "pontifex"],
        ["president", "presidente", "président", "présidente", "präsident", "präsidentin", "президент", "президента", "президентом", "prezydent",
            "președintele", "președinte", "presidenta", "mandatario", "mandataria", "staatschef", "staatsoberhaupt", "presidentti", "president's",
            // a head of state in one word: Dutch "staatshoofd", Estonian "riigipea"
            "staatshoofd", "riigipea", "riigipead",
            // Arabic "the president" ("قال الرئيس الروسي"); Estonian "president" is the English word
            "الرئيس", "رئيس"],
        ["chancellor", "kanzler", "kanzlerin", "bundeskanzler", "chancelier", "chancelière", "канцлер", "cancelliere", "canciller", "kanclerz", "bondskanselier", "kantsler"],
        ["governor", "gouverneur", "губернатор", "gobernador", "governatore", "governador", "gouverneure"],
        ["secretary-general", "generalsekretär", "secrétaire", "secretario", "secretário-geral", "segretario", "генсек", "генсекретарь", "генсекретар", "sekretarz"],
        ["spokesman", "spokeswoman", "spokesperson", "sprecher", "sprecherin", "porte-parole", "portavoce", "portavoz", "porta-voz", "пресс-секретарь", "речник", "прессекретарь", "прес-секретар", "прес-секретарка", "речниця",
            "woordvoerder", "woordvoerster", "purtătorul", "purtătoarea", "pressiesindaja", "kõneisik", "المتحدث", "الناطق", "سخنگوی", "متحدث", "متحدثة", "ناطق", "ناطقة",
            // declined forms ("по словам пресс-секретаря", "за словами речника", "potrivit purtătorului de cuvânt")
            "пресс-секретаря", "пресс-секретарю", "пресс-секретарем", "пресс-секретарём", "речника", "речнику", "речником", "прес-секретаря", "прес-секретарем", "речниці", "представитель", "представителя", "представник", "представника", "purtătorului",
            "purtătoarei", "pressiesindaja", "sprechers", "spokesman's",
            // "the official representative of the Kremlin Dmitry Peskov", as Russian's "официальный представитель" is rendered
            "representative", "représentant", "représentante", "rappresentante", "representante", "vertreter", "vertreterin", "przedstawiciel", "vertegenwoordiger", "reprezentantul"],
        ["premier", "prime", "pm", "premierminister", "primo", "primer", "primeiro", "primeiro-ministro", "premiê", "regierungschef", "премьер",
            "премьер-министр", "прем'єр", "прем'єр-міністр", "premiera", "premierul", "premierului", "премьера", "прем'єра"],
        ["leader", "leaders", "líder", "lider", "liderul", "liderului", "liider", "liidri", "leider", "лидер", "лидера", "лідер", "лідера", "dirigeant", "dirigente", "przywódca", "przywódcy", "anführer", "زعيم", "الزعيم",
            "dictator", "диктатор", "диктатора", "diktator", "dictateur", "dictador", "dittatore", "dyktator",
            // the Kremlin's head in one German or Dutch compound ("sagte der Kremlchef"): a person, not the Kremlin
            "kremlchef", "kremlchefs", "kremlherrscher", "kremlboss", "kremlinleider", "kremlinbaas",
            // the same written with a hyphen ("aldus de Kremlin-baas"), and the Arabic "master of the Kremlin" ("سيد الكرملين")
            "kremlin-baas", "kremlin-leider", "kreml-chef", "kremlin-chef", "kremlin-boss", "سيد",
            // the Dutch "head" and "ruler" of the Kremlin ("zei het Kremlin-hoofd" had been the Kremlin, so its spokesman on record)
            "kremlin-hoofd", "kremlinhoofd", "kremlinheerser", "kremlin-heerser"],
    ];

    /// <summary>The office of a president or head of state.</summary>
    public const int President = 1;

    /// <summary>The office of a spokesman or spokeswoman.</summary>
    public const int Spokesman = 5;

    /// <summary>The office of a chancellor.</summary>
    public const int Chancellor = 2;

    /// <summary>The office of a prime minister or head of government.</summary>
    public const int Premier = 6;

    /// <summary>A leader of a state, a government or a body, in no office more precise.</summary>
    public const int Leader = 7;

    private static readonly Dictionary<string, int> ClassOf = Build();

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < Classes.Length; c++)
        {
            foreach (var word in Classes[c])
            {
                map.TryAdd(Tokenizer.NormalizeWord(word), c);
            }
        }

        return map;
    }

    /// <summary>A deputy of an office ("vice-president", "vicepresidente", "Vizekanzler", "віце-прем'єр", "asepresident"): not its holder.</summary>
    public const int Deputy = 8;

    /// <summary>Prefixes that make an office its deputy's.</summary>
    private static readonly string[] DeputyPrefixes = ["vice-", "vice", "vize-", "vize", "віце-", "вице-", "ase"];

    /// <summary>True when <paramref name="prefix"/> (lower case) makes the office after it its deputy's ("vice-", "vize", "віце-").</summary>
    public static bool IsDeputyPrefix(string prefix) => prefix.Length > 0 && Array.IndexOf(DeputyPrefixes, prefix) >= 0;

    /// <summary>The office a word names ("US-Präsident" → president, "vice-presidente" → <see cref="Deputy"/>), or null.</summary>
    public static int? Of(string norm)
    {
        if (ClassOf.TryGetValue(norm, out int c))
        {
            return c;
        }

        if (SpeakerNames.CommaBelow(norm) is { } romanian)
        {
            // "Preşedintele": the cedilla letters of older Romanian pages, listed with the comma below.
            return Of(romanian);
        }

        foreach (var prefix in DeputyPrefixes)
        {
            if (norm.Length > prefix.Length + 4 && norm.StartsWith(prefix, StringComparison.Ordinal) && ClassOf.ContainsKey(norm[prefix.Length..]))
            {
                return Deputy;
            }
        }

        int hyphen = norm.LastIndexOf('-');
        if (hyphen > 0 && ClassOf.TryGetValue(norm[(hyphen + 1)..], out c))
        {
            return c;
        }

        // "US-Präsident", "Kremlsprecher": a word that ends with an office word of six letters or more names that office (the first
        // such word in the table's order). The word's endings are hashed from its last letter back, and only the office words
        // of an ending's length and hash are compared (the table had been read whole for every word that is no office).
        int? found = null;
        int first = int.MaxValue;
        int hash = 0;
        for (int length = 1; length < norm.Length && length <= LongestSuffix; length++)
        {
            hash = SuffixHash(hash, norm[^length]);
            if (length >= MinSuffix && Suffixes.TryGetValue((length, hash), out var words))
            {
                foreach (var (word, office, order) in words)
                {
                    if (order < first && norm.EndsWith(word, StringComparison.Ordinal))
                    {
                        (found, first) = (office, order);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The shortest office word read as a word's ending.</summary>
    private const int MinSuffix = 6;

    private static int SuffixHash(int hash, char c) => unchecked((hash * 31) + c);

    /// <summary>The office words of <see cref="MinSuffix"/> letters or more by length and the hash of their letters read from the last, with their office and their place in <see cref="ClassOf"/>'s order.</summary>
    private static readonly Dictionary<(int Length, int Hash), List<(string Word, int Office, int Order)>> Suffixes = BuildSuffixes();

    private static readonly int LongestSuffix = ClassOf.Keys.Max(k => k.Length);

    private static Dictionary<(int Length, int Hash), List<(string Word, int Office, int Order)>> BuildSuffixes()
    {
        var map = new Dictionary<(int Length, int Hash), List<(string Word, int Office, int Order)>>();
        int order = 0;
        foreach (var (word, office) in ClassOf)
        {
            if (word.Length >= MinSuffix)
            {
                int hash = 0;
                for (int k = 1; k <= word.Length; k++)
                {
                    hash = SuffixHash(hash, word[^k]);
                }

                var key = (word.Length, hash);
                (map.TryGetValue(key, out var list) ? list : map[key] = []).Add((word, office, order));
            }

            order++;
        }

        return map;
    }

    /// <summary>
    /// The office word <paramref name="w"/> of <paramref name="words"/> (comparison forms) names, reading "press secretary", the
    /// English spokesman's title in two words, as a spokesman; null when it names none.
    /// </summary>
    public static int? Of(IReadOnlyList<string> words, int w) =>
        Of(words[w]) ?? (words[w] == "secretary" && w > 0 && words[w - 1] == "press" ? Spokesman : null);

    /// <summary>True when some word of <paramref name="phrase"/> names one of <paramref name="offices"/>.</summary>
    public static bool Holds(string phrase, List<int?> offices)
    {
        foreach (var office in OfficesIn(phrase))
        {
            if (offices.Contains(office))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="phrase"/> names an office and none of <paramref name="offices"/> ("de Amerikaanse president Biden" for the governor).</summary>
    public static bool HoldsOther(string phrase, List<int?> offices)
    {
        var named = OfficesIn(phrase);
        return named.Length > 0 && !Array.Exists(named, office => offices.Contains(office));
    }

    /// <summary>The offices the words of <paramref name="phrase"/> name, in order; from a per-thread table of the phrases already read.</summary>
    private static int[] OfficesIn(string phrase)
    {
        var table = _offices ??= new SpanCache<int[]>(12);
        if (table.TryGet(phrase, 0, out var found, out _))
        {
            return found;
        }

        var list = new List<int>();
        foreach (var word in phrase.Split(CharSets.SpacesCommas, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Of(Tokenizer.NormalizeWord(word)) is { } office)
            {
                list.Add(office);
            }
        }

        found = [.. list];
        if (phrase.Length <= 160)
        {
            table.Add(phrase, 0, found);
        }

        return found;
    }

    [ThreadStatic]
    private static SpanCache<int[]>? _offices;
}
