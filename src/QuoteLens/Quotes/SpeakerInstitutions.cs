using QuoteLens.Text;
using QuoteLens.Text.Transliteration;

namespace QuoteLens.Quotes;

/// <summary>
/// Unnamed institutional sources: "the Russian defence ministry said", "Germany's foreign ministry posted", "МИД России
/// заявил", "le ministère des Affaires étrangères a indiqué", "das Auswärtige Amt schrieb". The answer keys name such a
/// speaker by the institution ("Russian defence ministry"), not by a person of it; so when no person of the article holds
/// the office the phrase describes, the phrase itself, cut to the institution's words, is the speaker. A ministry's name
/// alone ("Ministry") is no person's name.
/// </summary>
internal static class SpeakerInstitutions
{
    /// <summary>Head nouns of a ministry, an embassy or a department, and the acronyms that stand for one (МИД, МЗС, MSZ).</summary>
    private static readonly HashSet<string> Heads = Set(
        "ministry", "ministries", "department", "embassy", "ministère", "ministere", "ambassade", "ministerium", "botschaft", "amt",
        "министерство", "министерства", "министерстве", "мид", "минобороны", "мвд", "минюст", "посольство", "ведомство",
        "міністерство", "міністерства", "міністерстві", "мзс", "міноборони", "мвс", "посольство", "відомство", "ministerio", "embajada",
        "cancillería", "ministero", "ambasciata", "farnesina", "ministério", "ministerio", "embaixada", "itamaraty", "ministerie",
        "ministerul", "ambasada", "ministerstwo", "ministerstwa", "msz", "وزارة", "ووزارة", "السفارة");

    /// <summary>Words for the unnamed people who speak for an institution besides the spokesman's titles ("official", "press secretary").</summary>
    private static readonly HashSet<string> Spokesmen = Set(
        "official", "officials", "source", "sources", "press", "secretary", "representative", "representatives", "spokespeople", "sprecherin",
        "представитель", "представник", "источник", "джерело", "responsable", "portavoce", "porte-parole", "woordvoerder", "purtătorul", "rzecznik", "المتحدث",
        // the words of the Romanian spokesman's title ("purtătorul de cuvânt al Kremlinului")
        "cuvânt", "cuvant", "purtătoarea", "purtatorul");

    /// <summary>Words before "office" that make it a ministry ("the Foreign Office", "the Home Office").</summary>
    private static readonly HashSet<string> OfficeKinds = Set("foreign", "home", "cabinet", "federal", "presidential", "auswärtige", "auswärtiges");

    /// <summary>Words that open a phrase but name nothing of the institution ("also", "then", "on Sunday").</summary>
    private static readonly HashSet<string> Fillers = Set("also", "then", "later", "earlier", "meanwhile", "however", "too", "aussi", "auch", "также", "також", "también", "anche", "também", "ook");

    /// <summary>The most words kept of an institution's phrase.</summary>
    private const int MaxWords = 7;

    /// <summary>True when <paramref name="norm"/> (a comparison form) heads an institution's name ("ministry", "Außenministerium", "МИД").</summary>
    internal static bool IsHead(string norm) =>
        Heads.Contains(norm) || (norm.Length > 11 && (norm.EndsWith("ministerium", StringComparison.Ordinal) || norm.EndsWith("ministerie", StringComparison.Ordinal)))
        || norm.EndsWith("ministeerium", StringComparison.Ordinal) || norm.EndsWith("ministeeriumi", StringComparison.Ordinal)
        || norm.StartsWith("министерств", StringComparison.Ordinal) || norm.StartsWith("міністерств", StringComparison.Ordinal)
        || norm.StartsWith("ministerstw", StringComparison.Ordinal) || norm.Contains("وزارة", StringComparison.Ordinal);

    /// <summary>
    /// The institution <paramref name="phrase"/> names as the speaker ("the Russian defence ministry" → "Russian defence
    /// ministry"), or null when it names none: its head noun must stand among its first five words, with another word of
    /// four letters or more to say which ministry it is (a bare "the ministry" refers to the body named before it).
    /// </summary>
    public static string? Name(string? phrase, string language)
    {
        if (phrase is null || phrase.Length > 160)
        {
            return null;
        }

        var raw = phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        int head = -1;
        for (int k = 0; k < raw.Length && k < 5; k++)
        {
            var norm = Norm(raw[k]);
            if (IsHead(norm) || (norm == "office" && k > 0 && OfficeKinds.Contains(Norm(raw[k - 1]))))
            {
                head = k;
                break;
            }

            if (raw[k].EndsWith(',') || (AttributionCues.Pronouns.Contains(norm) && !AttributionCues.Determiners.Contains(norm)))
            {
                return null;
            }
        }

        if (head < 0)
        {
            return null;
        }

        foreach (var word in raw)
        {
            if (SpeakerNames.IsPersonTitle(Norm(word)))
            {
                // "szef ukraińskiego MSZ", "the foreign ministry spokesman": a person of the ministry, whom the office rules find.
                return null;
            }
        }

        int from = 0;
        // "пресс-служба Минобороны России": the ministry, not its press service.
        // "depois que o Ministério da Defesa": the lower-case conjunction that opens the clause is no part of the name.
        while (from < head && (AttributionCues.Determiners.Contains(Norm(raw[from])) || Fillers.Contains(Norm(raw[from])) || StopWords.Contains(language, Norm(raw[from]))
            || PressServices.IsPart(Norm(raw[from])) || (char.IsLower(raw[from][0]) && (SpeakerNames.IsNeverName(Norm(raw[from])) || AttributionCues.Complementizers.Contains(Norm(raw[from]))))))
        {
            from++;
        }

        // The complement after the head: "of Defence", "des Affaires étrangères", "обороны России"; not "mit", "dans un communiqué".
        int to = head + 1;
        bool joined = false;
        while (to < raw.Length && to - from < MaxWords && !raw[to - 1].EndsWith(',') && !raw[to - 1].EndsWith(';'))
        {
            var norm = Norm(raw[to]);
            bool joins = (Complements.Contains(norm) || (AttributionCues.Determiners.Contains(norm) && Complements.Contains(Norm(raw[to - 1])))) && to + 1 < raw.Length;
            bool named = char.IsUpper(raw[to][0]) && !Fillers.Contains(norm);

            // "ministère russe des Affaires étrangères", "ministerul rus de externe", "Ministério russo dos Negócios": a national
            // adjective after the head, and the lower-case complement after "de", "of", name the ministry as capitals would.
            bool national = to == head + 1 && SpeakerNames.IsNationalAdjective(norm);
            bool lower = norm.Length >= 4 && char.IsLower(raw[to][0]) && !StopWords.Contains(language, norm) && !Fillers.Contains(norm)
                && !AttributionCues.StartsCue(norm)
                && (to == head + 1 ? Transliterator.HasCyrillic(raw[to]) : char.IsUpper(raw[to - 1][0]) || joined);
            if (!joins && !named && !lower && !national)
            {
                break;
            }

            joined |= joins;
            to++;
        }

        while (to > head + 1 && (StopWords.Contains(language, Norm(raw[to - 1])) || AttributionCues.Determiners.Contains(Norm(raw[to - 1]))))
        {
            to--;
        }

        int content = 0;
        for (int k = from; k < to; k++)
        {
            var norm = Norm(raw[k]);
            if (norm.Length >= 3 && !StopWords.Contains(language, norm) && !AttributionCues.Determiners.Contains(norm))
            {
                content++;
            }
        }

        bool acronym = raw[head].Length <= 5 && raw[head].All(c => char.IsUpper(c) || !char.IsLetter(c));
        if (content < 2 && !acronym)
        {
            return null;
        }

        var words = new string[to - from];
        for (int k = from; k < to; k++)
        {
            words[k - from] = raw[k].Trim(CharSets.WordQuotesBrackets);
        }

        var name = string.Join(' ', words.Where(w => w.Length > 0));
        return name.Length == 0 ? null : name;
    }

    /// <summary>
    /// The name of a speaker phrase: <paramref name="canonical"/> (<see cref="SpeakerNames.Canonical(string?, string)"/>), or the
    /// institution the phrase names (<see cref="Name"/>) when that canonical name is only a part of it: "o Ministério russo dos
    /// Negócios Estrangeiros" is the ministry, not "Negócios Estrangeiros"; "Venemaa välisministeerium" is not "Venemaa".
    /// </summary>
    public static string? Whole(string? phrase, string? canonical, string language)
    {
        if (canonical is null || phrase is null || Name(phrase, language) is not { } institution || institution.Length <= canonical.Length)
        {
            return canonical;
        }

        return institution.Contains(canonical, StringComparison.Ordinal) ? institution : canonical;
    }

    /// <summary>How far back <see cref="Earlier"/> reads for the institution a bare head noun refers to.</summary>
    private const int EarlierReach = 600;

    /// <summary>
    /// "“…,” the ministry said" after "Russia's defence ministry said the attack was repelled", "aldus het ministerie" after "Het
    /// Russische ministerie van Defensie meldde": a bare head noun (articles and the noun, nothing else) refers to the
    /// institution named with the same head a few sentences before; that institution's <see cref="Name"/>, or null. Reads
    /// at most <see cref="EarlierReach"/> characters before <paramref name="at"/>; Latin and Cyrillic script only.
    /// </summary>
    public static string? Earlier(string text, string phrase, int at, string language)
    {
        var raw = phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length == 0 || raw.Length > 3 || at <= 0 || at > text.Length)
        {
            return null;
        }

        var head = Norm(raw[^1]);
        if (!IsHead(head) || head.Length < 5 || !char.IsLetter(head[0]) || head[0] >= '\u0600')
        {
            return null;
        }

        for (int k = 0; k < raw.Length - 1; k++)
        {
            if (!AttributionCues.Determiners.Contains(Norm(raw[k])) && !SpeakerNames.IsArticle(Norm(raw[k])))
            {
                return null;
            }
        }

        // "Ministeeriumi sõnul" after "Vene kaitseministeerium": the head in a case form meets the compound's end without its ending.
        var stem = head[..5];
        var bare = head.Length > 8 ? head[..^1] : head;
        return Before(text, at, EarlierReach, language, norm => norm.StartsWith(stem, StringComparison.Ordinal) || norm.EndsWith(head, StringComparison.Ordinal)
            || norm.EndsWith(bare, StringComparison.Ordinal), phrase);
    }

    /// <summary>How far back "it" looks for the institution it refers to.</summary>
    internal const int PronounReach = 400;

    /// <summary>
    /// "Russia's defence ministry said the attack was repelled. “…,” it said": the institution named nearest before
    /// <paramref name="at"/> (within <see cref="PronounReach"/> characters, Latin and Cyrillic script), which the English
    /// "it" refers to (a person is never "it"); null when none is named there.
    /// </summary>
    public static (string Name, int At)? Nearest(string text, int at, string language) =>
        at <= 0 || at > text.Length ? null : BeforeAt(text, at, PronounReach, language, _ => true, null);

    /// <summary>The <see cref="Name"/> of the nearest institution whose head noun <paramref name="matches"/> before <paramref name="at"/>, other than <paramref name="exclude"/>.</summary>
    private static string? Before(string text, int at, int reach, string language, Func<string, bool> matches, string? exclude) =>
        BeforeAt(text, at, reach, language, matches, exclude)?.Name;

    /// <summary>As <see cref="Before"/>, with where the institution's head noun stands.</summary>
    private static (string Name, int At)? BeforeAt(string text, int at, int reach, string language, Func<string, bool> matches, string? exclude)
    {
        int from = Math.Max(0, at - reach);
        var words = text[from..at].Split(CharSets.Whitespace, StringSplitOptions.RemoveEmptyEntries);
        for (int w = words.Length - 1; w >= 0; w--)
        {
            var norm = Norm(words[w]);
            if (!IsHead(norm) || norm.Length < 3 || norm[0] >= '\u0600' || !matches(norm))
            {
                continue;
            }

            // The words of its phrase: up to three before it in its clause, and its complement after it.
            int start = w;
            while (start > 0 && w - start < 3 && !EndsClause(words[start - 1]) && !AttributionCues.StartsCue(Norm(words[start - 1])))
            {
                // "Samal ajal väidab Vene kaitseministeerium": a speech verb before the name is the sentence's, not the name's.
                start--;
            }

            int end = w + 1;
            while (end < words.Length && end - w < MaxWords && !AttributionCues.StartsCue(Norm(words[end])) && !EndsClause(words[end - 1]))
            {
                end++;
            }

            var candidate = string.Join(' ', words[start..end]);
            if (Name(candidate, language) is { } name && name.Split(' ').Length >= 2 && (exclude is null || !string.Equals(Norm(name), Norm(exclude), StringComparison.Ordinal)))
            {
                int where = text.LastIndexOf(words[w], at - 1, at - from, StringComparison.Ordinal);
                return (name, where < 0 ? from : where);
            }
        }

        return null;
    }

    /// <summary>True when a word ends a sentence or a clause (a full stop, a comma, a colon, a closing quote mark).</summary>
    private static bool EndsClause(string word) =>
        word.Length > 0 && word[^1] is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '”' or '»' or '“';

    /// <summary>Words that join an institution's head to its complement ("Ministry of Defence", "ministère des Armées").</summary>
    private static readonly HashSet<string> Complements = Set("of", "for", "de", "des", "du", "d'", "der", "für", "del", "della", "dello", "degli", "di", "da", "do", "dos", "das", "van", "voor", "al", "ale", "pentru");

    /// <summary>
    /// The written forms of institutions that speak through spokesmen and statements (the White House, the Kremlin, the Élysée,
    /// the Pentagon, the Vatican, Downing Street), in lower case, as the start of their words in each language.
    /// </summary>
    private static readonly string[] Bodies =
    [
        "white house", "weiße haus", "weißen haus", "weißes haus", "maison blanche", "maison-blanche", "casa blanca", "casa bianca",
        "casa branca", "casa albă", "witte huis", "белый дом", "белого дом", "белом дом", "білий дім", "білого дом", "білому дом",
        "البيت الأبيض", "kreml", "кремл", "الكرملين", "élysée", "elysée", "elysee", "pentagon", "пентагон", "البنتاغون", "downing street",
    ];

    /// <summary>
    /// The institution an unnamed source belongs to, with the title of its spokesman when the phrase gives one: "a White House
    /// spokesman" → "White House spokesman", "ein Sprecher des Weißen Hauses" → "Sprecher des Weißen Hauses", "The Kremlin" →
    /// "Kremlin"; null when the phrase names none of <see cref="Bodies"/> among its first six words. Read after the rules that
    /// find a named person of the institution ("Kremlin spokesman Dmitry Peskov") have found none.
    /// </summary>
    public static string? Body(string? phrase)
    {
        if (FirstBody(phrase) is not { } found)
        {
            return null;
        }

        var (raw, k, b) = found;

        int parts = BodyParts[b].Length;
        int from = k, to = k + parts;
        bool Title(string word) => SpeakerNames.IsTitle(Norm(word)) || Spokesmen.Contains(Norm(word));
        while (from > 0 && !raw[from - 1].EndsWith(',') && (Title(raw[from - 1]) || (Complements.Contains(Norm(raw[from - 1])) && from > 1 && Title(raw[from - 2]))))
        {
            from--;
        }

        while (to < raw.Length && !raw[to - 1].EndsWith(',') && SpeakerNames.IsTitle(Norm(raw[to])) && char.IsLower(raw[to][0]))
        {
            to++;
        }

        for (int w = 0; w < to; w++)
        {
            var norm = Norm(raw[w]);
            if ((w < k || w >= k + parts) && (norm.Length > 3 || TitleClasses.Of(norm) is not null) && !AttributionCues.Determiners.Contains(norm) && !Complements.Contains(norm)
                && !Fillers.Contains(norm) && !Spokesmen.Contains(norm) && TitleClasses.Of(norm) != TitleClasses.Spokesman && !PressServices.IsPart(norm))
            {
                // "the Kremlin leader", "le locataire de la Maison-Blanche", "Очільник Кремля": a person the institution
                // describes, whom the office rules find; only its spokesmen, officials and press service are unnamed sources.
                return null;
            }
        }

        var words = new List<string>(to - from);
        for (int w = from; w < to; w++)
        {
            var word = raw[w].Trim(CharSets.WordQuotesBrackets);
            int elided = word.IndexOfAny(CharSets.Apostrophes);
            words.Add(w == k && elided is > 0 and < 3 ? word[(elided + 1)..] : word);
        }

        return string.Join(' ', words);
    }

    /// <summary>The words of each of <see cref="Bodies"/> in comparison form.</summary>
    private static readonly string[][] BodyParts = [.. Bodies.Select(b => b.Split(' ').Select(Tokenizer.NormalizeWord).ToArray())];

    /// <summary>The first words of <see cref="Bodies"/> in comparison form, each once.</summary>
    private static readonly string[] BodyFirstWords = [.. BodyParts.Select(p => p[0]).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// False when no word of <paramref name="phrase"/> (at most 160 characters) can start one of <see cref="Bodies"/>: the
    /// comparison form of the whole phrase holds none of their first words, and it holds the comparison form of every word
    /// (and of what follows an elided article). Spares splitting and normalizing the words of nearly every speaker phrase.
    /// </summary>
    private static bool MayNameBody(string phrase)
    {
        Span<char> norm = stackalloc char[phrase.Length];
        for (int k = 0; k < phrase.Length; k++)
        {
            norm[k] = Tokenizer.NormalizeChar(phrase[k]);
        }

        foreach (var first in BodyFirstWords)
        {
            if (((ReadOnlySpan<char>)norm).IndexOf(first, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person of the article named with the institution <paramref name="phrase"/> names ("Kremlin spokesman Dmitry Peskov"
    /// for "the Kremlin said"): the nearest such mention up to index <paramref name="before"/>, else the first after it; or null.
    /// </summary>
    public static string? Member(string phrase, List<Mention> mentions, int before)
    {
        var stem = Stem(phrase);
        if (stem is null)
        {
            return null;
        }

        for (int k = before; k >= 0; k--)
        {
            if (Names(mentions[k], stem))
            {
                return mentions[k].Name;
            }
        }

        for (int k = Math.Max(0, before + 1); k < mentions.Count; k++)
        {
            if (Names(mentions[k], stem))
            {
                return mentions[k].Name;
            }
        }

        return null;
    }

    /// <summary>How far before a full name the institution of its title is looked for ("Purtătorul de cuvânt al Kremlinului, Ivan Petrenko").</summary>
    private const int TitleReach = 60;

    /// <summary>
    /// The first of the full names <paramref name="plain"/> (two words or more, read outside any cue) whose title before it, in
    /// its sentence and within <see cref="TitleReach"/> characters, names the institution of <paramref name="phrase"/> and a
    /// spokesman: "Purtătorul de cuvânt al Kremlinului, Ivan Petrenko, a vorbit luni" for "purtătorul de cuvânt al
    /// Kremlinului"; or null.
    /// </summary>
    public static string? TitledMember(string text, string phrase, List<Mention> plain)
    {
        if (Stem(phrase) is not { } stem)
        {
            return null;
        }

        foreach (var m in plain)
        {
            int from = Math.Max(0, m.At - TitleReach);
            var before = text[from..m.At];
            int end = before.LastIndexOfAny(CharSets.SentenceEnds);
            var words = before[(end + 1)..].Split(CharSets.SpacesCommas, StringSplitOptions.RemoveEmptyEntries);
            bool body = false, spokesman = false;
            foreach (var word in words)
            {
                var norm = Norm(word);
                body |= norm.StartsWith(stem, StringComparison.Ordinal);
                spokesman |= Spokesmen.Contains(norm) || TitleClasses.Of(norm) == TitleClasses.Spokesman;
            }

            if (body && spokesman && m.Name.Contains(' ', StringComparison.Ordinal))
            {
                return m.Name;
            }
        }

        return null;
    }

    /// <summary>True when a mention's phrase holds the institution's first word and its name does not (a person of it, not the institution).</summary>
    private static bool Names(Mention m, string stem) =>
        m.Phrase.Length > m.Name.Length && Tokenizer.NormalizeWord(m.Phrase).Contains(stem, StringComparison.Ordinal) && !Tokenizer.NormalizeWord(m.Name).Contains(stem, StringComparison.Ordinal);

    /// <summary>
    /// The spokesmen on record of institutions of <see cref="Bodies"/>, by the institution's first word: the Kremlin's press
    /// secretary has been Dmitry Peskov since May 2012, the span of every corpus the kit reads (a story from before then that
    /// quotes "the Kremlin spokesman" unnamed would be given him too).
    /// </summary>
    private static readonly (string Stem, string Spokesman)[] SpokesmenOnRecord = [("kreml", "Dmitry Peskov"), ("кремл", "Dmitry Peskov"), ("الكرملين", "Dmitry Peskov")];

    /// <summary>
    /// The heads of state whose press secretary is on record, by the name keys of the forms their name takes in the kit's languages (worked out once): Vladimir
    /// Putin's has been Dmitry Peskov since May 2012 (<see cref="SpokesmenOnRecord"/>).
    /// </summary>
    private static readonly (string[] Keys, string Spokesman)[] HeadsSpokesmen =
        [([.. new[] { "Putin", "Путин", "Путін", "Poutine", "Poetin", "Putyn", "بوتين" }.Select(SpeakerNames.Key)], "Dmitry Peskov")];

    /// <summary>
    /// The spokesman on record of the head of state <paramref name="employer"/> names ("porte-parole de Poutine", "woordvoerder
    /// van Poetin", "пресс-секретарь Путина", "purtătorul de cuvânt al lui Putin": Dmitry Peskov), or null. Read when a
    /// spokesman's title stands before the name and the article names no spokesman of that employer.
    /// Measured: rdk-bryansk speakers 241 -> 242 ("purtătorul de cuvând al lui Putin" had been Putin); nothing else moves.
    /// </summary>
    public static string? HeadSpokesman(string employer)
    {
        var key = SpeakerNames.Key(employer);
        foreach (var (keys, spokesman) in HeadsSpokesmen)
        {
            if (Array.Exists(keys, k => SpeakerNames.SameKey(key, k)))
            {
                return spokesman;
            }
        }

        return null;
    }

    /// <summary>
    /// True for a representative's title in its comparison form ("представитель", "representative"): one of the spokesman
    /// titles (<see cref="TitleClasses.Spokesman"/>) that may name anyone of a body's staff, not its spokesman.
    /// </summary>
    internal static bool IsRepresentative(string norm) =>
        norm.StartsWith("представ", StringComparison.Ordinal) || norm.StartsWith("represent", StringComparison.Ordinal);

    /// <summary>
    /// The spokesman on record (<see cref="SpokesmenOnRecord"/>) whose surname, in any script or case, a capitalised word of
    /// <paramref name="text"/> before <paramref name="end"/> is ("По словам Пескова", "disse Peskov"); null when the text names none.
    /// </summary>
    public static string? SpokesmanOnRecordNamed(string text, int end)
    {
        int stop = Math.Min(end, text.Length);
        int start = -1;
        for (int k = 0; k <= stop; k++)
        {
            bool letter = k < stop && char.IsLetter(text[k]);
            if (letter && start < 0)
            {
                start = k;
            }
            else if (!letter && start >= 0)
            {
                if (k - start >= 5 && char.IsUpper(text[start]))
                {
                    var key = SpeakerNames.Key(text[start..k]);
                    foreach (var (_, person) in SpokesmenOnRecord)
                    {
                        if (SpeakerNames.SameKey(key, SpeakerNames.Key(person)))
                        {
                            return person;
                        }
                    }
                }

                start = -1;
            }
        }

        return null;
    }

    /// <summary>
    /// The spokesman on record (<see cref="SpokesmenOnRecord"/>) when <paramref name="institution"/>, an unnamed source as
    /// <see cref="Body"/> reads it, is an institution's spokesman ("porte-parole du Kremlin", "Kremlin spokesman", "пресс-секретарь
    /// Кремля") or the institution alone ("zei het Kremlin": its statements are his), not one of its officials or sources;
    /// else null.
    /// </summary>
    public static string? KnownSpokesman(string institution)
    {
        var words = institution.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries).Select(Norm).ToArray();
        bool spokesman = false;
        for (int w = 0; w < words.Length; w++)
        {
            // A representative of it ("представитель Кремля") may be anyone of its staff, not its spokesman.
            spokesman |= TitleClasses.Of(words, w) == TitleClasses.Spokesman && !IsRepresentative(words[w]);
        }

        if (!spokesman && words.Length != 1)
        {
            return null;
        }

        foreach (var (stem, person) in SpokesmenOnRecord)
        {
            if (Array.Exists(words, w => w.StartsWith(stem, StringComparison.Ordinal)))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="norm"/> (comparison form) is an institution of <see cref="Bodies"/> written in one word
    /// ("kremlin", "кремля", "pentagon", "élysée"): a capitalised name right after it is a person of it ("of the Kremlin
    /// Dmitry Peskov"), not the rest of its name.
    /// </summary>
    public static bool IsBodyWord(string norm)
    {
        foreach (var parts in BodyParts)
        {
            if (parts.Length == 1 && norm.StartsWith(parts[0], StringComparison.Ordinal) && norm.Length <= parts[0].Length + 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word (comparison form) of the institution of <see cref="Bodies"/> that <paramref name="phrase"/> names, or null.</summary>
    public static string? Stem(string? phrase) => FirstBody(phrase) is { } found ? BodyParts[found.Body][0] : null;

    /// <summary>
    /// The words of <paramref name="phrase"/> and the first place among its first six words where one of <see cref="Bodies"/>
    /// starts (word index, body index), or null when none does or the phrase is too long to be an attribution.
    /// </summary>
    private static (string[] Raw, int Word, int Body)? FirstBody(string? phrase)
    {
        if (phrase is null || phrase.Length > 160 || !MayNameBody(phrase))
        {
            return null;
        }

        var raw = phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        var norms = FirstNorms(raw);
        for (int k = 0; k < raw.Length && k < 6; k++)
        {
            for (int b = 0; b < Bodies.Length; b++)
            {
                if (k + BodyParts[b].Length <= raw.Length && Starts(norms, k, b))
                {
                    return (raw, k, b);
                }
            }
        }

        return null;
    }

    /// <summary>The longest of <see cref="Bodies"/> in words.</summary>
    private static readonly int MaxBodyWords = BodyParts.Max(p => p.Length);

    /// <summary>
    /// The comparison forms of the words a body can stand on (the first six and the rest of a body starting at the sixth),
    /// worked out once per phrase; a first word elided with an article ("l'Élysée") also in the form after the apostrophe.
    /// </summary>
    private static (string Word, string Elided)[] FirstNorms(string[] raw)
    {
        var norms = new (string, string)[Math.Min(raw.Length, 6 + MaxBodyWords - 1)];
        for (int i = 0; i < norms.Length; i++)
        {
            var word = Norm(raw[i]);
            int apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
            norms[i] = (word, apostrophe >= 0 && apostrophe < 3 ? word[(apostrophe + 1)..] : word);
        }

        return norms;
    }

    /// <summary>True when the words from <paramref name="k"/> on start with the words of body <paramref name="body"/> (an index of <see cref="Bodies"/>), each word by its start.</summary>
    private static bool Starts((string Word, string Elided)[] norms, int k, int body)
    {
        var parts = BodyParts[body];
        for (int p = 0; p < parts.Length; p++)
        {
            // "l'Élysée", "d'Elysée": the first word by what follows its elided article.
            var word = p == 0 ? norms[k].Elided : norms[k + p].Word;
            if (!word.StartsWith(parts[p], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The comparison form of <paramref name="word"/> without the punctuation around it, from the thread's table of words (no copy of a word read before).</summary>
    private static string Norm(string word) => TokenStrings.Word(word.AsSpan().Trim(NormTrim)).Norm;

    /// <summary>The punctuation and quote marks <see cref="Norm"/> trims off a word.</summary>
    private static readonly char[] NormTrim = [',', ';', ':', '.', '"', '“', '”', '«', '»', '„', '(', ')'];

    private static HashSet<string> Set(params string[] words) => new(words.Select(Tokenizer.NormalizeWord), StringComparer.Ordinal);
}
