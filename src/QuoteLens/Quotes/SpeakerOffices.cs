using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// A description of an office with no name ("the Turkish leader", "le chef de l'Etat turc", "ha detto il presidente turco",
/// "заявил турецкий лидер", "o líder turco") refers to the person the article names with a title of that office, and with
/// the same qualifier (a nationality, a country, a body) when the description gives one: "Turkish President Selim Kaya",
/// "El presidente turco, Selim Kaya,", "Президент Турции Селим Кая". Each named person's title is read once per article
/// from the few words around one full mention of the name (before it, and an appositive after it); a description then
/// takes, among the holders of its office that best share its qualifiers, the one mentioned last before the quote.
/// </summary>
internal static class SpeakerOffices
{
    /// <summary>A person named with a title: the name, its key, the offices the title names and the title's words in lower case.</summary>
    internal sealed record Holder(string Name, string Key, int[] Offices, string[] Words)
    {
        /// <summary>True when the title names an institution ("Kremlin spokesman", "пресс-секретарь Белого дома"); read once per holder.</summary>
        public bool NamesBody { get; } = SpeakerInstitutions.Stem(string.Join(' ', Words)) is not null;
    }

    /// <summary>Words before a name read as its title.</summary>
    private const int WordsBefore = 4;

    /// <summary>Words of an appositive after a name (", the Turkish president,") read as its title.</summary>
    private const int WordsAfter = 6;

    /// <summary>How far before a cue the phrase of its speaker is looked for.</summary>
    private const int PhraseReach = 300;

    /// <summary>
    /// The titled people of an article: one holder per name key and title read, from <paramref name="mentions"/> (cue speakers,
    /// titled names, name occurrences) and <paramref name="plain"/> names. Only names of two words or more, or written with a title.
    /// </summary>
    public static List<Holder> Holders(string text, List<Mention> mentions, List<Mention> plain)
    {
        var holders = new List<Holder>();
        var seen = new HashSet<(string, int)>();
        void Read(Mention m)
        {
            if (m.Name.IndexOf(' ', StringComparison.Ordinal) < 0 && m.Phrase == m.Name)
            {
                return;
            }

            int start = PhraseStart(text, m);
            if (start < 0 || !seen.Add((m.Name, start)))
            {
                return;
            }

            var words = new List<string>();
            Before(text, start, words);
            if (words.Count > 0 && Complements.Contains(words[0]) && m.Phrase == m.Name)
            {
                // "o secretário-geral da Aliança Atlântica", "President of the Council": the body or country a title belongs to.
                return;
            }

            if (TitleCut(m.Phrase, m.Name) is { } titled)
            {
                // "the Kremlin leader mentioned Alexei Navalny": the words after the verb are all the name's title has.
                words.Clear();
                Split(titled, words);
            }
            else
            {
                Split(m.Phrase, words);
            }

            After(text, start + m.Phrase.Length, words);
            var offices = new List<int>();
            foreach (var word in words)
            {
                if (TitleClasses.Of(word) is { } office && !offices.Contains(office))
                {
                    offices.Add(office);
                }
            }

            if (HeadOfState(words) && !offices.Contains(TitleClasses.President))
            {
                offices.Add(TitleClasses.President);
            }

            if (offices.Count > 0)
            {
                holders.Add(new Holder(m.Name, SpeakerNames.Key(m.Name), [.. offices], [.. words]));
            }
        }

        mentions.ForEach(Read);
        plain.ForEach(Read);
        return holders;
    }

    /// <summary>
    /// The person an office description names (see the class), or null when the description names no office or no holder of it
    /// is named: <paramref name="mentions"/> are sorted by offset, <paramref name="before"/> the index of the last one before the quote.
    /// </summary>
    /// <param name="phrase">The description.</param>
    /// <param name="holders">The article's titled people.</param>
    /// <param name="mentions">The article's mentions, by offset.</param>
    /// <param name="before">The index of the last mention before the quote.</param>
    /// <param name="strict">When true, a description with qualifiers ("le président ukrainien") takes no holder that shares none of them.</param>
    public static string? Pick(string phrase, List<Holder> holders, List<Mention> mentions, int before, bool strict = false)
    {
        var words = new List<string>();
        Split(phrase, words);
        if (words.Exists(Former))
        {
            // "o ex-Presidente", "the former president", "el exmandatario": not whoever holds the office now.
            return null;
        }

        var wanted = new List<int>();
        var qualifiers = new List<string>();
        for (int w = 0; w < words.Count; w++)
        {
            var word = words[w];

            // "the press secretary of the head of state", "пресс-секретарь президента": what follows a spokesman's title names
            // whom he speaks for, not another office of the speaker (it had been the president); its words still qualify him
            // ("o porta-voz da presidência russa" is not "o porta-voz oficial da dependência castrense").
            bool employer = wanted.Count == 1 && wanted[0] == TitleClasses.Spokesman;

            if (TitleClasses.Of(words, w) is { } office)
            {
                if (employer)
                {
                    continue;
                }

                if (office == TitleClasses.Leader)
                {
                    // "the Turkish leader", "турецкий лидер": whoever heads a state, a government, or a body.
                    wanted.AddRange([TitleClasses.President, TitleClasses.Chancellor, TitleClasses.Premier, TitleClasses.Leader]);
                }
                else
                {
                    wanted.Add(office);
                }
            }
            else if (word.Length >= 4 && !NotQualifiers.Contains(word) && !SpeakerNames.IsTitle(word) && !SpeakerNames.IsNeverName(word) && char.IsLetter(word[0]))
            {
                qualifiers.Add(word);
            }
        }

        if (HeadOfState(words) && !wanted.Contains(TitleClasses.Spokesman))
        {
            wanted.Add(TitleClasses.President);
        }

        if (wanted.Count == 0 && Nations.KremlinHead(words))
        {
            // "le maître du Kremlin", "o chefe do Kremlin", "the master of the Kremlin": whoever heads the Russian state.
            wanted.AddRange([TitleClasses.President, TitleClasses.Leader]);
        }

        if (wanted.Count == 0)
        {
            return null;
        }

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var nation = Nations.OfPhrase(words);
        int best = 0;
        var body = SpeakerInstitutions.Stem(phrase);
        foreach (var h in holders)
        {
            if (!Array.Exists(h.Offices, wanted.Contains) || (body is not null && !Array.Exists(h.Words, w => w.StartsWith(body, StringComparison.Ordinal))
                && h.NamesBody))
            {
                // "a White House spokesman" is no spokesman of another institution ("Kremlin spokesman Dmitry Peskov"); a holder
                // whose title names no institution ("пресс-секретарь президента Дмитрий Песков") may be the one it describes.
                continue;
            }

            if (OtherNation(nation, h.Words))
            {
                // "le président russe" is not "le président biélorusse Alexandre Loukachenko", the only president the article titles.
                continue;
            }

            int score = 0;
            foreach (var q in qualifiers)
            {
                score += Array.Exists(h.Words, w => Akin(q, w)) ? 1 : 0;
            }

            if (score > best)
            {
                best = score;
                keys.Clear();
            }

            if (score == best)
            {
                keys[h.Key] = keys.TryGetValue(h.Key, out var known) && !SpeakerResolver.Better(h.Name, known) ? known : h.Name;
            }
        }

        if (keys.Count == 0 || (qualifiers.Count > 0 && best == 0 && (keys.Count > 1 || strict)))
        {
            // "the Russian president" in an article that titles only another country's president, or none: the head of state on
            // record, as the article spells him when it names him.
            return OnRecord(wanted, nation, mentions);
        }

        if (keys.Count > 1 && nation is null && qualifiers.Count == 0)
        {
            // "- сказал президент" after "Президент Владимир Зеленский записал обращение …" and "… правления российского президента
            // Владимира Путина": an outlet qualifies another country's holder by his nation, so a bare title is the holder it titles
            // bare (it had been Putin, mentioned last).
            var bare = keys.Where(k => holders.Exists(h => h.Key == k.Key && Array.Exists(h.Offices, wanted.Contains) && Nations.OfPhrase([.. h.Words]) is null))
                .ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
            if (bare.Count > 0 && bare.Count < keys.Count)
            {
                keys = bare;
            }
        }

        // The holder mentioned last before the quote, by any mention of the name; else the first mentioned after it.
        return LastBefore(keys, mentions, before);
    }

    /// <summary>
    /// True when <paramref name="phrase"/> names <paramref name="name"/> after a spokesman's title, as the one the spokesman
    /// speaks for ("прес-секретар Петренка", "ein Sprecher von Präsident Alan Petrenko", "the spokesman for Petrenko") or as
    /// the spokesman himself ("Kremlin spokesman Dmitry Peskov"): <see cref="SpokesmanOf"/> tells which.
    /// </summary>
    public static bool SpokesmanTitleBefore(string phrase, string name)
    {
        bool title = false;
        string? key = null;
        foreach (var raw in phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(CharSets.WordQuotesBrackets);
            if (!title)
            {
                // "the spokesman, Ivan Sidorenko": a name in apposition after the comma is the spokesman's own.
                title = TitleClasses.Of(Tokenizer.NormalizeWord(word)) == TitleClasses.Spokesman && !raw.EndsWith(',');
            }
            else if (word.Length > 0 && (char.IsUpper(word[0]) || word[0] is >= '\u0600' and <= '\u06FF')
                && SpeakerNames.SameKey(SpeakerNames.Key(word), key ??= SpeakerNames.Key(name)))
            {
                // "المتحدث باسم بوتين": Arabic has no capitals; the name keyed is enough.
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The spokesman the article names for <paramref name="employer"/>, whose name a spokesman's title stands before in the speaker
    /// phrase: "заявив прес-секретар Петренка" after "Прес-секретар Петренка Іван Сидоренко" is Сидоренко's, "sagte ein Sprecher
    /// von Präsident Alan Petrenko" after "Petrenkos Sprecher Ivan Sidorenko" Sidorenko's. A holder of a spokesman's title counts
    /// when his title names the employer (by name key) and he is someone else; the one mentioned last before the quote wins.
    /// Null when no such holder is named (the phrase then names its spokesman himself, "Kremlin spokesman Dmitry Peskov", or
    /// a spokesman the article never names).
    /// </summary>
    public static string? SpokesmanOf(string employer, List<Holder> holders, List<Mention> mentions, int before)
    {
        var key = SpeakerNames.Key(employer);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var h in holders)
        {
            if (Array.IndexOf(h.Offices, TitleClasses.Spokesman) < 0 || SpeakerNames.SameKey(h.Key, key) || keys.ContainsKey(h.Key))
            {
                continue;
            }

            foreach (var word in h.Words)
            {
                if (word.Length >= 3 && char.IsLetter(word[0]) && TitleClasses.Of(word) is null && SpeakerNames.SameKey(SpeakerNames.Key(word), key))
                {
                    keys[h.Key] = h.Name;
                    break;
                }
            }

            if (!keys.ContainsKey(h.Key) && AcronymOfWords(employer, h.Words))
            {
                keys[h.Key] = h.Name;
            }
        }

        return keys.Count == 0 ? null : LastBefore(keys, mentions, before);
    }

    /// <summary>
    /// True when <paramref name="employer"/> opens with an acronym of two to five capitals whose letters are the initials of
    /// consecutive words of a holder's title (the parts of a hyphenated word counted apart): "представитель ВМС ВСУ" and "представитель
    /// Военно-морских сил Дмитрий Плетенчук", "представитель РДК" and "представитель Русского добровольческого корпуса".
    /// </summary>
    private static bool AcronymOfWords(string employer, string[] words)
    {
        int end = employer.IndexOf(' ', StringComparison.Ordinal);
        var acronym = end < 0 ? employer : employer[..end];
        if (acronym.Length is < 2 or > 5 || !acronym.All(char.IsUpper))
        {
            return false;
        }

        // A holder's title words are read back from the name, a word's parts forward: each order is tried.
        return HasRun(Initials(words), acronym) || HasRun(Initials(Enumerable.Reverse(words)), acronym);
    }

    /// <summary>The initials of <paramref name="words"/> in their order, each word's hyphenated parts counted apart.</summary>
    private static List<char> Initials(IEnumerable<string> words)
    {
        var initials = new List<char>();
        foreach (var word in words)
        {
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                initials.Add(char.IsLetter(part[0]) ? char.ToUpperInvariant(part[0]) : '\0');
            }
        }

        return initials;
    }

    /// <summary>True when <paramref name="acronym"/>'s letters stand one after another in <paramref name="initials"/>.</summary>
    private static bool HasRun(List<char> initials, string acronym)
    {
        for (int start = 0; start + acronym.Length <= initials.Count; start++)
        {
            int n = 0;
            while (n < acronym.Length && initials[start + n] == acronym[n])
            {
                n++;
            }

            if (n == acronym.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Of the people <paramref name="keys"/> holds (by key), the one mentioned last before the quote, else the first mentioned after it.</summary>
    private static string? LastBefore(Dictionary<string, string> keys, List<Mention> mentions, int before)
    {
        for (int k = before; k >= 0; k--)
        {
            if (keys.TryGetValue(SpeakerNames.Key(mentions[k].Name), out var name))
            {
                return name;
            }
        }

        for (int k = before + 1; k < mentions.Count; k++)
        {
            if (keys.TryGetValue(SpeakerNames.Key(mentions[k].Name), out var name))
            {
                return name;
            }
        }

        return keys.Count == 1 ? keys.Values.First() : null;
    }

    /// <summary>Words after which a capitalised name is a title's complement, not a person ("of", "de", "da", "der", "the").</summary>
    private static readonly HashSet<string> Complements = new(
        ["of", "de", "da", "do", "dos", "das", "du", "des", "der", "von", "del", "della", "di", "dello", "the", "la", "le", "el", "van", "d'", "l'"],
        StringComparer.Ordinal);

    /// <summary>"former", "ex-president", "бывший", "ehemalige", "expresidente": a word that makes an office a past one.</summary>
    private static bool Former(string word) =>
        FormerWords.Contains(word) || (word.StartsWith("ex", StringComparison.Ordinal) && word.Length > 4 && TitleClasses.Of(word) is not null && TitleClasses.Of(word.TrimStart('e', 'x', '-')) is not null);

    private static readonly HashSet<string> FormerWords = new(
        ["former", "ancien", "ancienne", "ex", "бывший", "бывшего", "колишній", "колишнього", "ehemalige", "ehemaliger", "ehemaligen", "antiguo", "antigo", "były", "fostul"],
        StringComparer.Ordinal);

    /// <summary>Two words of one root: the same first three letters or more ("turc" and "Turkish", "турецкий" and "Турции").</summary>
    internal static bool Akin(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4)
        {
            return false;
        }

        int common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= 3;
    }

    /// <summary>
    /// True when the description names a country (<paramref name="nation"/>: "russe", "Russian", "России") and the holder's title
    /// names another one and not that one ("biélorusse", "США"): the description names a holder of the same office elsewhere.
    /// </summary>
    private static bool OtherNation(string? nation, string[] holderWords)
    {
        if (nation is null)
        {
            return false;
        }

        bool other = false;
        foreach (var w in holderWords)
        {
            if (Nations.Of(w) is { } named)
            {
                if (named == nation)
                {
                    return false;
                }

                other = true;
            }
        }

        return other;
    }

    /// <summary>
    /// The head of state on record (<see cref="Nations.President"/>) for a description of a president with a country
    /// (<paramref name="nation"/>: "le président russe", "президент России"): as the article writes his name best where it names
    /// him as a subject ("Wladimir Putin"), else as the record gives it. Null for any other office or country.
    /// </summary>
    private static string? OnRecord(List<int> wanted, string? nation, List<Mention> mentions)
    {
        if (nation is null || !wanted.Contains(TitleClasses.President) || Nations.President(nation) is not { } person)
        {
            return null;
        }

        var key = SpeakerNames.Key(person);
        string? written = null;
        foreach (var m in mentions)
        {
            if (!m.Object && SpeakerNames.SameKey(SpeakerNames.Key(m.Name), key) && (written is null || SpeakerResolver.Better(m.Name, written)))
            {
                written = m.Name;
            }
        }

        return written ?? person;
    }

    /// <summary>True when the words hold a head (chef, head, глава, capo, jefe) and a state (état, state, государства, stato, estado): the head of state.</summary>
    private static bool HeadOfState(List<string> words) =>
        SpeakerResolver.AnyIn(words, HeadWords) && words.Exists(w => StateWords.Contains(w) || w.EndsWith("'etat", StringComparison.Ordinal) || w.EndsWith("'état", StringComparison.Ordinal));

    /// <summary>True for a word of a head ("chef", "глава", "șeful"): with a state, the head of state; with the Kremlin, its head.</summary>
    internal static bool IsHeadWord(string norm) => HeadWords.Contains(norm);

    private static readonly HashSet<string> HeadWords = new(["chef", "head", "глава", "capo", "jefe", "chefe", "szef", "hoofd", "șeful", "seful", "очільник"], StringComparer.Ordinal);

    private static readonly HashSet<string> StateWords = new(
        ["état", "etat", "state", "государства", "держави", "stato", "estado", "staates", "państwa", "staat", "statului"], StringComparer.Ordinal);

    /// <summary>Words of a description that qualify no office: the parts of "head of state", and the words of place and audience after it.</summary>
    private static readonly HashSet<string> NotQualifiers = new(
        [
            "chef", "head", "глава", "capo", "jefe", "chefe", "szef", "hoofd", "état", "etat", "l'etat", "l'état", "state", "государства",
            "держави", "stato", "estado", "staates", "państwa", "staat", "statului", "dello", "della", "del", "des", "der", "the", "ante",
            "devant", "before", "vor", "parlamento", "parlement", "parliament", "parlament", "парламенте", "парламенті", "also", "then",
            // "a déclaré samedi dernier le président russe": the time of the speech, no qualifier of the office.
            "dernier", "dernière", "last", "past", "letzten", "vergangenen", "último", "última", "scorso", "scorsa", "прошлой", "минулого",
        ],
        StringComparer.Ordinal);

    /// <summary>Adds the words of <paramref name="phrase"/> in comparison form.</summary>
    /// <remarks>
    /// Read for the phrase of every titled mention and description: the phrase is cut in place, and each word's comparison form
    /// comes from the thread's table of words (<see cref="TokenStrings.Word"/>) rather than being copied and normalised again.
    /// </remarks>
    private static void Split(string phrase, List<string> words)
    {
        var rest = phrase.AsSpan();
        while (rest.Length > 0)
        {
            int cut = rest.IndexOfAny(SplitAt);
            var word = cut < 0 ? rest : rest[..cut];
            rest = cut < 0 ? default : rest[(cut + 1)..];
            var trimmed = word.Trim(SplitTrim);
            if (trimmed.Length > 0)
            {
                words.Add(TokenStrings.Word(trimmed).Norm);
            }
        }
    }

    /// <summary>The characters <see cref="Split"/> cuts a phrase at: spaces, commas, brackets and quote marks.</summary>
    private static readonly char[] SplitAt = [' ', '\u00A0', ',', '(', ')', '"', '«', '»', '“', '”', '„'];

    /// <summary>The stops <see cref="Split"/> trims off a word.</summary>
    private static readonly char[] SplitTrim = ['.', ':', ';'];

    /// <summary>The offset where the mention's phrase is written: its offset, or for a cue's speaker the phrase found just before the cue; -1 when not found.</summary>
    private static int PhraseStart(string text, Mention m)
    {
        if (m.At < 0 || m.At >= text.Length)
        {
            return -1;
        }

        if (string.CompareOrdinal(text, m.At, m.Phrase, 0, m.Phrase.Length) == 0)
        {
            return m.At;
        }

        int from = Math.Max(0, m.At - PhraseReach);
        int found = text.LastIndexOf(m.Phrase, Math.Min(text.Length - 1, m.At + m.Phrase.Length + PhraseReach / 2), Math.Min(text.Length, m.At + m.Phrase.Length + PhraseReach / 2) - from, StringComparison.Ordinal);
        return found;
    }

    /// <summary>Adds up to <see cref="WordsBefore"/> words before <paramref name="start"/> in its sentence, stopping at a possessive ("President X's spokesman").</summary>
    private static void Before(string text, int start, List<string> words)
    {
        int i = start;
        bool titled = false;
        for (int n = 0; n < WordsBefore; n++)
        {
            while (i > 0 && text[i - 1] is ' ' or '\u00A0' or ',')
            {
                i--;
            }

            int end = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '\'' or '’'))
            {
                i--;
            }

            if (end == i)
            {
                return;
            }

            // The word and its comparison form from the thread's table of words (no copy of a word read before).
            var (word, norm) = TokenStrings.Word(text.AsSpan(i, end - i));
            if (AttributionCues.Conjunctions.Contains(norm) || word is "y" or "und" or "і")
            {
                return;
            }

            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                return;
            }

            if (!titled && BreaksTitle(word, norm))
            {
                // "the Kremlin leader mentioned Alexei Navalny", "Biden süüdistas Putinit Navalnõi": a verb between a title and a
                // name; the title is someone else's.
                return;
            }

            titled |= TitleWord(norm);
            words.Add(norm);
        }
    }

    /// <summary>
    /// The part of <paramref name="phrase"/> after a lower-case word that is no title, country or connector and stands between
    /// the title words and <paramref name="name"/> at the phrase's end ("leader mentioned Alexei Navalny" → "Alexei Navalny"),
    /// or null when no such word stands there.
    /// </summary>
    private static string? TitleCut(string phrase, string name)
    {
        if (!phrase.EndsWith(name, StringComparison.Ordinal) || phrase.Length == name.Length)
        {
            return null;
        }

        var raw = phrase[..^name.Length].Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        bool titled = false;
        for (int w = raw.Length - 1; w >= 0; w--)
        {
            var word = raw[w].Trim(CharSets.WordQuotesBrackets);
            var norm = Tokenizer.NormalizeWord(word);
            if (!titled && BreaksTitle(word, norm))
            {
                return string.Join(' ', raw[(w + 1)..]) is { Length: > 0 } rest ? rest + " " + name : name;
            }

            titled |= TitleWord(norm);
        }

        return null;
    }

    /// <summary>A lower-case word, as written, that is no title, country or connector: a verb between a title and a name.</summary>
    private static bool BreaksTitle(string word, string norm) =>
        word.Length > 0 && char.IsLower(word[0]) && norm.Length > 3 && !TitleWord(norm) && !Connectors.Contains(norm);

    /// <summary>A word that may stand between a title and its holder's name: a title, a country, a country's genitive.</summary>
    private static bool TitleWord(string norm) =>
        TitleClasses.Of(norm) is not null || SpeakerNames.IsTitle(norm) || Nations.Of(norm) is not null || SpeakerNames.IsNationalAdjective(norm)
        || SpeakerNames.IsCountryGenitive(norm);

    /// <summary>Longer articles and prepositions inside a title ("la portavoce della Casa Bianca Karine Petit").</summary>
    private static readonly HashSet<string> Connectors = new(["della", "dello", "delle", "degli", "dell'", "dels", "from"], StringComparer.Ordinal);

    /// <summary>Adds the words of an appositive right after a name (", the Turkish president,"), up to <see cref="WordsAfter"/>.</summary>
    private static void After(string text, int end, List<string> words)
    {
        if (end >= text.Length || text[end] != ',')
        {
            return;
        }

        int i = end + 1;
        for (int n = 0; n < WordsAfter; n++)
        {
            while (i < text.Length && text[i] is ' ' or '\u00A0')
            {
                i++;
            }

            int from = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’'))
            {
                i++;
            }

            if (i == from)
            {
                return;
            }

            words.Add(TokenStrings.Word(text.AsSpan(from, i - from)).Norm);
            if (i >= text.Length || text[i] is not (' ' or '\u00A0'))
            {
                return;
            }
        }
    }
}
