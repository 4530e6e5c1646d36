using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// One English name for a ministry however an outlet writes it: "Rosyjskie Ministerstwo Obrony", "Vene kaitseministeerium",
/// "o Ministério da Defesa da Rússia", "Минобороны России", "وزارة الدفاع الروسية" and "Russia's Ministry of Defence" are all
/// "Russian defence ministry", so that the speaker of a statement the ministry issued carries one canonical name across
/// outlets and languages (as a person's name does through its name key). A name is renamed only when it holds a ministry's
/// head noun, the kind of ministry and the country; anything else keeps the words the article wrote.
/// </summary>
internal static class InstitutionNames
{
    /// <summary>
    /// As <see cref="English(string?)"/>, or the English name of the whole <paramref name="phrase"/> a ministry's name was read
    /// from when that name was cut short ("depois que o Ministério da Defesa da Rússia" read as "depois que o Ministério da Defesa
    /// da"): only a name that holds a ministry's word itself, so that "Venemaa välisministeeriumi pressiesindaja Anna Kowalska"
    /// stays the spokeswoman.
    /// </summary>
    public static string? English(string? name, string? phrase) =>
        English(name) ?? (name is not null && phrase is not null && phrase.Contains(name, StringComparison.Ordinal) && Words(name).Exists(IsMinistry)
            ? English(phrase) : null);

    /// <summary>The English name of the ministry <paramref name="name"/> names ("Russian defence ministry"), or null when it names none this table knows.</summary>
    public static string? English(string? name)
    {
        if (name is null || name.Length > 120)
        {
            return null;
        }

        var words = Words(name);
        if (words.Count == 0 || words.Count > 8 || !words.Exists(IsMinistry))
        {
            return null;
        }

        string? kind = null;
        string? country = null;
        foreach (var word in words)
        {
            // "МО РФ", "в МО России": the Russian writers' acronym of the defence ministry.
            kind ??= word == "мо" ? "defence" : KindIn(word);
            country ??= CountryOf(word);
        }

        return kind is null || country is null ? null : $"{country} {kind} ministry";
    }

    /// <summary>
    /// The defence ministry of the country whose armed forces <paramref name="phrase"/> names as a speaker ("The Russian
    /// military said", "l'armée russe a indiqué", "die russische Armee teilte mit", "الجيش الروسي"): the ministry speaks for its
    /// army, and the same statement is reported under either; null unless the phrase is only articles, the country and a
    /// military noun.
    /// </summary>
    public static string? Military(string phrase, string language)
    {
        var words = new List<string>();
        foreach (var written in phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries))
        {
            // Each word's comparison form from the thread's table of words (no copy of a word read before).
            var w = TokenStrings.Word(written.AsSpan().Trim(PhraseTrim)).Norm;
            w = w.Length > 2 && w[1] is '\'' or '’' && w[0] is 'l' or 'd' ? w[2..] : w;
            if (w.Length > 0)
            {
                words.Add(w);
            }
        }

        if (words.Count is < 1 or > 5)
        {
            return null;
        }

        string? country = null;
        bool military = false;
        foreach (var word in words)
        {
            if (MilitaryNouns.Contains(word))
            {
                military = true;
            }
            else if (CountryOf(word) is { } named)
            {
                country ??= named;
            }
            else if (!SpeakerNames.IsArticle(word) && !StopWords.Contains(language, word) && word is not ("armed" or "armadas" or "fuerzas"))
            {
                return null;
            }
        }

        return military && country is not null ? $"{country} defence ministry" : null;
    }

    /// <summary>
    /// The intelligence service a speaker phrase names, in English: "Ukraine's main intelligence agency", "le renseignement
    /// militaire (GUR", "der ukrainische Militärgeheimdienst HUR", "Los servicios de inteligencia militar de Ucrania", "Головне
    /// управління розвідки Міністерства оборони України" are all "Ukrainian military intelligence" (a foreign intelligence
    /// service, "Служба внешней разведки", is the country's "foreign intelligence"). The acronyms GUR, HUR and ГУР name
    /// Ukraine's. Null unless the phrase holds an intelligence noun and its country, or for a phrase that names a person by a
    /// title ("the head of Ukraine's military intelligence, Kyrylo Budanov"): read as the service, the statement of the
    /// service's head or spokesman would lose its speaker.
    /// </summary>
    public static string? Intelligence(string phrase)
    {
        if (phrase.Length > 120)
        {
            return null;
        }

        // Read for most name candidates of every article: the words are walked in place, with no list and no closures.
        bool intelligence = false, foreign = false, ukrainianAcronym = false;
        string? country = null;
        int count = 0;
        var rest = phrase.AsSpan();
        while (NextWord(ref rest, out var word))
        {
            if (++count > 10 || SpeakerNames.IsPersonTitle(word))
            {
                return null;
            }

            intelligence |= ContainsAny(word, IntelligenceStems);
            foreign |= StartsWithAny(word, ForeignStems);
            ukrainianAcronym |= word is "gur" or "hur" or "гур";
            country ??= CountryOf(word);
        }

        if (count == 0)
        {
            return null;
        }

        intelligence |= ukrainianAcronym;
        if (intelligence && !ukrainianAcronym && NamesOtherAcronym(phrase))
        {
            // "Russlands Inlandsgeheimdienst FSB", "Russia's security service FSB": the acronym names the service (a domestic one,
            // which "military intelligence" is not); the acronym rules read it.
            return null;
        }

        country ??= ukrainianAcronym ? "Ukrainian" : null;
        return !intelligence || country is null ? null : foreign ? $"{country} foreign intelligence" : $"{country} military intelligence";
    }

    /// <summary>True when a word of <paramref name="phrase"/> is an acronym in capitals (<see cref="SpeakerNames.AcronymWords"/>) other than GUR and HUR.</summary>
    private static bool NamesOtherAcronym(string phrase) =>
        SpeakerNames.AcronymWords(phrase, out _).Exists(word => word is not ("GUR" or "HUR" or "ГУР"));

    /// <summary>Stems of an intelligence service's noun inside a word of the languages read ("Militärgeheimdienst", "розвідки", "الاستخبارات").</summary>
    private static readonly string[] IntelligenceStems = Norms(
        "intelligence", "renseignement", "inteligência", "inteligencia", "geheimdienst", "nachrichtendienst", "розвідк",
        "разведк", "inlichtingen", "wywiad", "luure", "استخبارات", "مخابرات");

    /// <summary>Word starts that make an intelligence service the foreign one ("Служба внешней разведки", "foreign intelligence").</summary>
    private static readonly string[] ForeignStems = Norms("foreign", "внешн", "зовнішн", "étranger", "extérieur", "ausland", "externe", "exterior");

    /// <summary>
    /// A ministry (or the General Staff) named bare, as Russian and Ukrainian news write their own country's ("сообщили в Минобороны", "заявили в
    /// МИД", "повідомили в Міноборони", "як зазначає Генштаб"): the ministry of the country whose language the article is written in (a Russian
    /// text's Минобороны is Russia's, a Ukrainian text's Міноборони Ukraine's); null for any other phrase or language.
    /// </summary>
    public static string? Bare(string phrase, string language)
    {
        var country = language switch { "ru" => "Russian", "uk" => "Ukrainian", _ => null };
        if (country is null)
        {
            return null;
        }

        var words = Words(phrase);
        if (ForcesGeneralStaff(words) is { } staff)
        {
            return staff;
        }

        if (words.Count is 0 or > 2 || (words.Count == 2 && words[0] is not ("в" or "у" or "во")))
        {
            return null;
        }

        return words[^1] switch
        {
            "минобороны" or "міноборони" or "мо" => $"{country} defence ministry",
            "мид" or "мзс" => $"{country} foreign ministry",
            "мвд" or "мвс" => $"{country} interior ministry",
            // "як зазначає Генштаб", "сообщили в Генштабе": the General Staff of the country whose language the text is in.
            "генштаб" or "генштаба" or "генштабу" or "генштабе" or "генштабі" => $"{country} General Staff",
            _ => null,
        };
    }

    /// <summary>
    /// "Координаційний штаб з питань поводження з військовополоненими заявив", "Координационный штаб сообщил", "the Coordination
    /// Headquarters said": Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, named by its adjective and
    /// its body noun, is one speaker, "Ukrainian Coordination HQ for POWs" (the adjective had been read as a name of its own,
    /// "Координаційний"); null for any other phrase (a bare "штаб" names no one body).
    /// Measured: il76-crash-2024-01 speakers 275 -> 277, and 279 with a bare "Штаб" read as no name (it refers back); nothing else moves.
    /// </summary>
    public static string? CoordinationHeadquarters(string phrase)
    {
        if (phrase.Length > 120)
        {
            return null;
        }

        string previous = "";
        var rest = phrase.AsSpan();
        while (NextWord(ref rest, out var word))
        {
            if (IsCoordinationAdjective(previous) && IsHeadquartersNoun(word))
            {
                return "Ukrainian Coordination HQ for POWs";
            }

            previous = word;
        }

        return null;
    }

    /// <summary>"координаційний", "координационного", "coordination" (comparison forms): the adjective of the POW headquarters' name.</summary>
    private static bool IsCoordinationAdjective(string word) =>
        word.StartsWith("координаційн", StringComparison.Ordinal) || word.StartsWith("координационн", StringComparison.Ordinal)
        || word is "coordination" or "coordinating";

    /// <summary>"штаб", "штабу", "штабі", "headquarters" (comparison forms): a headquarters noun, which alone names no one body.</summary>
    internal static bool IsHeadquartersNoun(string word) =>
        word is "штаб" or "штаба" or "штабу" or "штабі" or "штабе" or "штабом" or "headquarters" or "hq";

    /// <summary>The Israeli army's own names in the languages read: its acronyms ("IDF", "ЦАХАЛ" in every case, "Tsahal").</summary>
    private static readonly HashSet<string> IsraeliArmyNames = new(
        ["idf", "цахал", "цахала", "цахалу", "цахалом", "цахале", "цахалі", "tsahal", "tzahal"], StringComparer.Ordinal);

    /// <summary>
    /// "у ЦАХАЛ заявили", "the IDF wrote", "в официальном комментарии Армии обороны Израиля": the Israeli army by any of its names
    /// is one speaker, "Israel Defense Forces" (the acronyms had been speakers of their own, the long form "Израиля"); null when
    /// the phrase names none of them, or holds a person's title ("Пресс-секретарь ЦАХАЛа": the spokesman, a person).
    /// Measured: houthi-red-sea speakers 136 -> 142; nothing else moves.
    /// </summary>
    public static string? IsraeliArmy(string phrase)
    {
        if (phrase.Length > 80)
        {
            return null;
        }

        bool named = false;
        string previous = "", before = "";
        int count = 0;
        var rest = phrase.AsSpan();
        while (NextWord(ref rest, out var word))
        {
            if (++count > 7 || SpeakerNames.IsPersonTitle(word))
            {
                return null;
            }

            named |= IsraeliArmyNames.Contains(word) || IsraeliArmyLongForm(before, previous, word);
            before = previous;
            previous = word;
        }

        return named ? "Israel Defense Forces" : null;
    }

    /// <summary>
    /// "la police fédérale russe", "de Russische federale politie", "the Russian federal police": Russia's federal police, as
    /// outlets render the Federal Security Service, is the FSB; null unless a police noun stands next to a federal adjective
    /// with Russia's adjective beside them, or Russia's Romance "security services" (<see cref="SecurityServiceOfRussia"/>).
    /// Measured: rdk-bryansk-raid speakers 251 -> 253 (French and Dutch quotes had been Zelensky's), same 125/144 -> 126/145, cross
    /// 612/814 -> 616/819; nothing else moves.
    /// </summary>
    public static string? RussianFederalPolice(string phrase)
    {
        if (phrase.Length > 120)
        {
            return null;
        }

        var words = Words(phrase);
        for (int w = 1; w < words.Count; w++)
        {
            var (a, b) = (words[w - 1], words[w]);
            int police = IsPoliceNoun(a) && IsFederal(b) ? w - 1 : IsFederal(a) && IsPoliceNoun(b) ? w : -1;
            if (police < 0 && SecurityServiceOfRussia(words, w))
            {
                // "I servizi di sicurezza di Mosca sostengono", "les services de sécurité russes": Russia's security service.
                return "FSB";
            }

            if (police >= 0 && ((w >= 2 && CountryOf(words[w - 2]) == "Russian") || (w + 1 < words.Count && CountryOf(words[w + 1]) == "Russian")))
            {
                return "FSB";
            }
        }

        return null;
    }

    /// <summary>
    /// True when words from <paramref name="w"/> - 1 of <paramref name="words"/> (comparison forms) are a Romance "security
    /// service(s)" ("servizi di sicurezza", "services de sécurité", "serviços de segurança") of Russia: its adjective right
    /// after or after the next word ("services de sécurité russes"), or "di Mosca", "de Moscou". Measured: rdk-bryansk-raid
    /// speakers 253 -> 256 (the Italian "I servizi di sicurezza di Mosca" had been "Mosca"); nothing else moves.
    /// </summary>
    private static bool SecurityServiceOfRussia(List<string> words, int w)
    {
        if (!(words[w - 1].StartsWith("serviz", StringComparison.Ordinal) || words[w - 1].StartsWith("servic", StringComparison.Ordinal)
            || words[w - 1].StartsWith("servi\u00E7", StringComparison.Ordinal))
            || words[w] is not ("di" or "de") || w + 1 >= words.Count || !StartsWithAny(words[w + 1], SecurityStems))
        {
            return false;
        }

        return (w + 2 < words.Count && CountryOf(words[w + 2]) == "Russian")
            || (w + 3 < words.Count && words[w + 2] is "di" or "de" && (CountryOf(words[w + 3]) == "Russian" || words[w + 3].StartsWith("mos", StringComparison.Ordinal)));
    }

    /// <summary>Stems of the Romance "security" ("sicurezza", "sécurité", "seguridad", "segurança").</summary>
    private static readonly string[] SecurityStems = Norms("sicurezz", "sécurit", "securit", "segurid", "seguran");

    /// <summary>"police", "politie", "polizia", "polícia", "policía" (comparison forms): a police noun.</summary>
    private static bool IsPoliceNoun(string word) =>
        word.StartsWith("police", StringComparison.Ordinal) || word.StartsWith("policía", StringComparison.Ordinal) || word.StartsWith("polícia", StringComparison.Ordinal)
        || word is "politie" or "polizia" or "polizei";

    /// <summary>"fédérale", "federale", "federal" (comparison forms): the federal adjective.</summary>
    private static bool IsFederal(string word) =>
        word.StartsWith("federal", StringComparison.Ordinal) || word.StartsWith("fédéral", StringComparison.Ordinal) || word.StartsWith("föderal", StringComparison.Ordinal);

    /// <summary>"Армия обороны Израиля", "Армії оборони Ізраїлю": three words (comparison forms) reading army, defence, Israel.</summary>
    private static bool IsraeliArmyLongForm(string army, string defence, string israel) =>
        (israel.StartsWith("израил", StringComparison.Ordinal) || israel.StartsWith("ізраїл", StringComparison.Ordinal))
        && defence.StartsWith("оборон", StringComparison.Ordinal)
        && (army.StartsWith("арми", StringComparison.Ordinal) || army.StartsWith("армі", StringComparison.Ordinal));

    /// <summary>
    /// Whether a word (its comparison form) may be part of one of the Israeli army's names (<see cref="IsraeliArmy"/>): it holds
    /// an acronym or the stem of Israel. A cheap test on words the caller has read already, before the phrase is read again.
    /// </summary>
    public static bool MayNameIsraeliArmy(string norm) =>
        norm.Contains("idf", StringComparison.Ordinal) || norm.Contains("цахал", StringComparison.Ordinal) || norm.Contains("tsahal", StringComparison.Ordinal)
        || norm.Contains("tzahal", StringComparison.Ordinal) || norm.Contains("израил", StringComparison.Ordinal) || norm.Contains("ізраїл", StringComparison.Ordinal);

    /// <summary>
    /// "Генштаба ВСУ", "в Генштабі ЗСУ": the General Staff followed by the abbreviation of the armed forces it commands (ЗСУ, ВСУ:
    /// Ukraine's) is that country's General Staff whatever the article's language (a Russian text's "Генштаб ВСУ" is Ukraine's);
    /// null for any other phrase. Measured: black-sea-fleet-ships speakers 131 -> 136; nothing else moves.
    /// </summary>
    private static string? ForcesGeneralStaff(List<string> words)
    {
        int first = words.Count > 0 && words[0] is ("в" or "у" or "во") ? 1 : 0;
        if (words.Count - first != 2 || words[first] is not ("генштаб" or "генштаба" or "генштабу" or "генштабе" or "генштабі"))
        {
            return null;
        }

        return words[^1] is "зсу" or "всу" ? "Ukrainian General Staff" : null;
    }

    /// <summary>Nouns of a country's armed forces in the languages read.</summary>
    /// <summary>
    /// The government a speaker phrase names, in English: a country's ("o governo ucraniano", "le gouvernement russe" →
    /// "Ukrainian government", "Russian government") or a region's ("o governo de Belgorod" → "Belgorod regional government",
    /// "O governo local", "the regional government" → "regional government"); null unless the phrase is only articles, a
    /// government noun and that qualifier (a bare "the government" names no one).
    /// </summary>
    public static string? Government(string phrase, string language)
    {
        var raw = phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length is < 2 or > 5)
        {
            return null;
        }

        bool government = false, regional = false;
        string? country = null, place = null;
        foreach (var written in raw)
        {
            // The word as written and its comparison form, from the thread's table of words (no copy of a word read before).
            var (trimmed, word) = TokenStrings.Word(written.AsSpan().Trim(PhraseTrim));
            if (word.Length == 0)
            {
                continue;
            }

            if (GovernmentNouns.Contains(word))
            {
                government = true;
            }
            else if (RegionalWords.Contains(word))
            {
                regional = true;
            }
            else if (CountryOf(word) is { } named)
            {
                country ??= named;
            }
            else if (government && char.IsUpper(trimmed[0]) && place is null)
            {
                // "o governo de Belgorod", "the government of Belgorod": a place after the noun that is no country.
                place = trimmed;
            }
            else if (!SpeakerNames.IsArticle(word) && !StopWords.Contains(language, word) && !GovernmentLinks.Contains(word))
            {
                return null;
            }
        }

        return !government ? null
            : country is not null && !regional && place is null ? $"{country} government"
            : place is not null ? $"{place} regional government"
            : regional ? "regional government"
            : null;
    }

    /// <summary>Nouns of a government as a speaker ("governo", "gouvernement", "Regierung", "правительство", "уряд").</summary>
    private static readonly HashSet<string> GovernmentNouns = new(
        ["government", "governo", "gouvernement", "regierung", "landesregierung", "gobierno", "guvernul", "guvernului", "regering", "valitsus",
         "rząd", "правительство", "правительства", "уряд", "уряду", "الحكومة", "حكومة"],
        StringComparer.Ordinal);

    /// <summary>Words between a government noun and its place ("de", "da", "of", "du", "von", "van").</summary>
    private static readonly HashSet<string> GovernmentLinks = new(["de", "da", "do", "of", "du", "des", "von", "der", "van", "del", "di", "della", "al", "ului"], StringComparer.Ordinal);

    /// <summary>Words that make a government a region's ("local", "regional", "regionale", "областное", "обласний").</summary>
    private static readonly HashSet<string> RegionalWords = new(
        ["local", "regional", "régional", "regionale", "regionais", "locale", "lokale", "provincial", "областное", "региональное", "обласний", "регіональний", "المحلية"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> MilitaryNouns = new(
        ["military", "army", "forces", "armée", "armee", "streitkräfte", "bundeswehr", "армия", "армія", "военные", "військові", "ejército",
         "esercito", "exército", "exercito", "forças", "leger", "krijgsmacht", "armata", "wojsko", "armia", "kaitsevägi", "الجيش"],
        StringComparer.Ordinal);

    /// <summary>
    /// The name key of an English ministry name (<see cref="English(string?)"/>'s form): every word of it, so that the Russian and the
    /// Ukrainian defence ministries, or the Russian defence and foreign ministries, are two speakers (a person is keyed by
    /// the surname alone); null for any other name.
    /// </summary>
    public static string? Key(string canonical) =>
        canonical.EndsWith(" ministry", StringComparison.Ordinal) && English(canonical) == canonical
            ? "ministry:" + canonical[..^" ministry".Length].ToLowerInvariant().Replace(' ', '-')
            : canonical.EndsWith(" intelligence", StringComparison.Ordinal) && Intelligence(canonical) == canonical
            ? "intelligence:" + canonical[..^" intelligence".Length].ToLowerInvariant().Replace(' ', '-')
            : null;

    /// <summary>The normalised words of a name, split at spaces and hyphens, marks trimmed.</summary>
    /// <remarks>
    /// Read for many speaker phrases of every article: the name is cut in place, and each word's comparison form comes from the
    /// thread's table of words (<see cref="TokenStrings.Word"/>) rather than being copied and normalised again.
    /// </remarks>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var rest = name.AsSpan();
        while (NextWord(ref rest, out var word))
        {
            words.Add(word);
        }

        return words;
    }

    /// <summary>The comparison form of the next word of <paramref name="rest"/> (cut at spaces and hyphens, trimmed of <see cref="WordTrim"/>), moving past it; false at the end.</summary>
    private static bool NextWord(ref ReadOnlySpan<char> rest, out string word)
    {
        while (rest.Length > 0)
        {
            int cut = rest.IndexOfAny(' ', '\u00A0', '-');
            var raw = cut < 0 ? rest : rest[..cut];
            rest = cut < 0 ? default : rest[(cut + 1)..];
            var trimmed = raw.Trim(WordTrim);
            if (trimmed.Length > 0)
            {
                word = TokenStrings.Word(trimmed).Norm;
                return true;
            }
        }

        word = "";
        return false;
    }

    /// <summary>True when <paramref name="word"/> contains one of <paramref name="stems"/> (ordinal).</summary>
    private static bool ContainsAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.Contains(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> starts with one of <paramref name="stems"/> (ordinal).</summary>
    private static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quote marks and punctuation trimmed off a speaker phrase's words (<see cref="Military"/>, <see cref="Government"/>).</summary>
    private static readonly char[] PhraseTrim = [',', ';', ':', '.', '"', '“', '”', '«', '»', '„', '(', ')'];

    /// <summary>The quote marks, brackets and punctuation trimmed off a name's words (<see cref="Words"/>).</summary>
    private static readonly char[] WordTrim = [',', ';', ':', '.', '"', '“', '”', '«', '»', '„', '(', ')', '[', ']'];

    /// <summary>The English kind of the first of <see cref="Kinds"/> one of whose stems <paramref name="word"/> holds, or null (loops: read for every word of a ministry's name).</summary>
    private static string? KindIn(string word)
    {
        foreach (var kind in Kinds)
        {
            foreach (var stem in kind.Stems)
            {
                if (word.Contains(stem, StringComparison.Ordinal))
                {
                    return kind.English;
                }
            }
        }

        return null;
    }

    /// <summary>The English name of the first of <see cref="Countries"/> one of whose stems <paramref name="word"/> opens with (<see cref="Opens"/>), or null.</summary>
    private static string? CountryOf(string word)
    {
        foreach (var country in Countries)
        {
            foreach (var stem in country.Stems)
            {
                if (Opens(word, stem))
                {
                    return country.English;
                }
            }
        }

        return null;
    }

    /// <summary>A ministry's head noun, alone or in a compound ("kaitseministeerium", "Außenministerium", "Минобороны", "МИД").</summary>
    private static bool IsMinistry(string norm) =>
        norm == "мо" || SpeakerInstitutions.IsHead(norm) || norm.Contains("minist", StringComparison.Ordinal) || norm.Contains("министер", StringComparison.Ordinal)
        || norm.Contains("міністер", StringComparison.Ordinal) || norm.StartsWith("мин", StringComparison.Ordinal) && norm.Contains("оборон", StringComparison.Ordinal)
        || norm.StartsWith("мін", StringComparison.Ordinal) && norm.Contains("оборон", StringComparison.Ordinal);

    /// <summary>
    /// True when <paramref name="word"/> opens with <paramref name="stem"/>, also after the Arabic article ("الروسية"); a stem
    /// ending in '=' is a whole word ("vene", not "venezolano"; "rus", not "Ruslan").
    /// </summary>
    private static bool Opens(string word, string stem) =>
        stem.EndsWith('=') ? word.AsSpan().SequenceEqual(stem.AsSpan(0, stem.Length - 1)) : word.StartsWith(stem, StringComparison.Ordinal) || StartsAfterArticle(word, stem);

    /// <summary>"الروسية": the Arabic article ال glued to the word (and "و" and, before it).</summary>
    private static bool StartsAfterArticle(string word, string stem) =>
        (word.StartsWith("ال", StringComparison.Ordinal) && word.AsSpan(2).StartsWith(stem, StringComparison.Ordinal))
        || (word.StartsWith("وال", StringComparison.Ordinal) && word.AsSpan(3).StartsWith(stem, StringComparison.Ordinal));

    /// <summary>A kind of ministry and the stems that name it inside a word of any language in scope.</summary>
    private readonly record struct Kind(string English, string[] Stems);

    /// <summary>A country and the stems its name and adjective open with in the languages in scope (compared to comparison forms).</summary>
    private readonly record struct Country(string English, string[] Stems);

    private static readonly Kind[] Kinds =
    [
        // "Ministry of Defence", "Verteidigungsministerium", "ministère des Armées", "Министерство обороны", "Минобороны",
        // "Ministerul Apărării", "Ministerstwo Obrony", "ministerie van Defensie", "kaitseministeerium", "وزارة الدفاع"
        new("defence", Norms("defence", "defense", "défense", "defensa", "defesa", "defensie", "difesa", "verteidigung", "armées",
            "оборон", "apărări", "apararii", "obrony", "kaitse", "الدفاع", "لدفاع")),

        // "Foreign Ministry", "ministère des Affaires étrangères", "Auswärtiges Amt", "Außenministerium", "МИД", "МЗС", "MSZ",
        // "Ministerio de Asuntos Exteriores", "Farnesina", "Ministério dos Negócios Estrangeiros", "Ministerul Afacerilor Externe",
        // "ministerie van Buitenlandse Zaken", "välisministeerium", "وزارة الخارجية"
        new("foreign", Norms("foreign", "étrangères", "etrangeres", "auswärtig", "außenminister", "aussenminister", "иностранн", "мид",
            "закордонн", "мзс", "msz", "zagraniczn", "exteriores", "esteri", "farnesina", "estrangeiros", "externe", "buitenlandse",
            "välis", "الخارجية", "لخارجية")),

        // "Interior Ministry", "ministère de l'Intérieur", "Innenministerium", "МВД", "МВС", "Ministerio del Interior",
        // "ministero dell'Interno", "Ministerul de Interne", "MSWiA", "ministerie van Binnenlandse Zaken", "siseministeerium", "وزارة الداخلية"
        new("interior", Norms("interior", "intérieur", "interieur", "innenminister", "внутренн", "мвд", "внутрішн", "мвс", "interno",
            "interne", "wewnętrzn", "binnenlandse", "sise", "الداخلية", "لداخلية")),
    ];

    private static readonly Country[] Countries =
    [
        new("Russian", Norms("russia", "russian", "russe", "russie", "russisch", "russland", "ruso", "rusa", "rusia", "russo", "rússia",
            "rusiei", "rus=", "rusă", "rosji", "rosyjsk", "rusland", "vene=", "venemaa", "росси", "российск", "рф=", "росії", "російськ", "روسي", "روسيا")),
        new("Ukrainian", Norms("ukrain", "ucrain", "ucran", "oekraïn", "україн", "украин", "أوكران", "اوكران")),
        new("Belarusian", Norms("belarus", "biélorusse", "weißruss", "bielorrus", "bielorus", "białorus", "wit-russ", "valgevene",
            "беларус", "белорус", "білорус", "بيلاروس")),
    ];

    private static string[] Norms(params string[] stems) => stems.Select(Tokenizer.NormalizeWord).ToArray();
}
