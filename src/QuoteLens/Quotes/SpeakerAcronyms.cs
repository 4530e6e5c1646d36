using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// Acronyms that articles define after a body's name ("Русский добровольческий корпус (РДК)", "the Russian Volunteer Corps
/// (RDK)", "Federal Security Service (FSB)"): the acronym and the body's name are one speaker, so that "— заявили в РДК",
/// "the RDK said" and "the Russian Volunteer Corps said" carry one canonical name across outlets and scripts (the acronym's
/// name key is the same in Cyrillic and Latin letters: РДК, RDK). Only a name that ends with a body noun ("corps", "service",
/// "корпус") defines an acronym: "Olaf Scholz (SPD)" names a person's party, not the person.
/// </summary>
internal static class SpeakerAcronyms
{
    /// <summary>
    /// The (body name key, acronym key, body name as written) triples that <paramref name="text"/> defines, in reading order;
    /// the name is the run of capitalised words (and "of", "de") that ends with the body noun, or "" when there is none.
    /// </summary>
    internal static IEnumerable<(string Body, string Acronym, string Name)> Definitions(string text)
    {
        foreach (var (open, close) in Marks(text))
        {
            int end = open - 1;
            int start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var word = Tokenizer.NormalizeWord(text[start..end]);
            if (end - start >= 4 && IsBodyWord(word))
            {
                yield return (SpeakerNames.Key(text[start..end]), SpeakerNames.Key(text[(open + 1)..close]), LatinName(text, start, end));
            }
            else if (end - start >= 4 && PostposedUnit(text, start, end) is { } unit)
            {
                // "Rosyjski Korpus Ochotniczy (RDK)": the speaker named by the unit ("Korpus Ochotniczy", keyed by its adjective)
                // is the unit the other languages key by its noun ("Russian Volunteer Corps": "corps"); no name is given, so
                // the name the corpus's other languages write is kept.
                yield return (SpeakerNames.Key(text[start..end]), unit, "");
            }
        }
    }

    /// <summary>
    /// The (body name key, acronym key, name as written) triples of the acronyms <paramref name="text"/> defines after a name
    /// that opens with its body noun (<see cref="HeadFirst"/>: "Легион «Свобода России» (ЛСР)"); the key is the noun's in the
    /// nominative ("легиона" → "легион"), the form a speaker named by it is keyed by.
    /// </summary>
    internal static IEnumerable<(string Body, string Acronym, string Name)> HeadFirstDefinitions(string text)
    {
        foreach (var (open, close) in Marks(text))
        {
            if (HeadFirst(text, open, close) is { } head)
            {
                yield return (SpeakerNames.Key(Nominative(text, head)), SpeakerNames.Key(text[(open + 1)..close]), NominativeName(text, head, open));
            }
        }
    }

    /// <summary>The unit's name an acronym in brackets at <paramref name="open"/> stands for when the name opens with its unit noun (<see cref="HeadFirst"/>), in the nominative; else null.</summary>
    internal static string? HeadFirstName(string text, int open, int close) =>
        HeadFirst(text, open, close) is { } head && UnitNames.IsUnitNoun(Nominative(text, head)) ? NominativeName(text, head, open) : null;

    /// <summary>The body noun at <paramref name="head"/> in the nominative, in comparison form ("легиона" → "легион").</summary>
    private static string Nominative(string text, (int Start, int End) head)
    {
        var noun = Tokenizer.NormalizeWord(text[head.Start..head.End]);
        return UnitNames.UnitStem(noun) ?? noun;
    }

    /// <summary>The quote marks trimmed off a name's words (<see cref="NominativeName"/>).</summary>
    private static readonly char[] NameMarks = TextChars.QuoteMarks.ToCharArray();

    /// <summary>
    /// The name from its body noun to the brackets, the noun in the nominative and capitalised, the words after it in « »
    /// ("легиона Свобода России" → "Легион «Свобода России»"), the form <see cref="SpeakerNames.Key"/> keys by the noun.
    /// </summary>
    private static string NominativeName(string text, (int Start, int End) head, int open)
    {
        var nominative = Nominative(text, head);
        var rest = text[head.End..open].Trim().Trim(NameMarks).Trim();
        return char.ToUpperInvariant(nominative[0]) + nominative[1..] + " «" + rest + "»";
    }

    /// <summary>The most words between a body noun that opens a name and the acronym after it (see <see cref="HeadFirst"/>).</summary>
    private const int HeadFirstMaxWords = 4;

    /// <summary>
    /// The body noun that opens the name an acronym in brackets stands for, when the name puts it first, as Russian and
    /// Ukrainian do ("Легион «Свобода России» (ЛСР)", "легиона Свобода России (ЛСР)", "Легіон «Свобода Росії» (ЛСР)"): the
    /// nearest body noun within <see cref="HeadFirstMaxWords"/> words before the brackets, quote marks skipped, whose initial and
    /// the initials of the words after it (of three letters or more: "Легион «Вольная степь» (ЛВС)") spell the acronym. Null
    /// otherwise.
    /// </summary>
    internal static (int Start, int End)? HeadFirst(string text, int open, int close)
    {
        var acronym = text[(open + 1)..close];
        var initials = new List<char>();
        int k = open - 1;
        for (int words = 0; words < HeadFirstMaxWords; words++)
        {
            while (k >= 0 && (char.IsWhiteSpace(text[k]) || TextChars.IsQuoteMark(text[k])))
            {
                k--;
            }

            int end = k + 1;
            while (k >= 0 && char.IsLetter(text[k]))
            {
                k--;
            }

            int start = k + 1;
            if (start >= end)
            {
                return null;
            }

            bool body = end - start >= 4 && IsBodyWord(Tokenizer.NormalizeWord(text[start..end]));
            if (body || end - start >= 3)
            {
                initials.Add(char.ToUpperInvariant(text[start]));
            }

            if (body)
            {
                initials.Reverse();
                return new string([.. initials]) == acronym ? (start, end) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where <paramref name="text"/> writes an acronym in brackets after a word: "(" at 2 or more, after a space, then 2 to 6
    /// capital letters and ")" ("… Corps (RVC)"; "(Reuters) - …" at the start is none). Shared by the corpus-wide join and
    /// <see cref="SpeakerArticleAcronyms"/>.
    /// </summary>
    internal static IEnumerable<(int Open, int Close)> Marks(string text)
    {
        for (int open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            int close = open + 1;
            while (close < text.Length && close - open <= 7 && char.IsUpper(text[close]))
            {
                close++;
            }

            int letters = close - open - 1;
            if (open >= 2 && letters is >= 2 and <= 6 && close < text.Length && text[close] == ')' && text[open - 1] is (' ' or '\u00A0'))
            {
                yield return (open, close);
            }
        }
    }

    /// <summary>
    /// Joins the speaker keys of <paramref name="quotes"/> that <paramref name="definitions"/> pair (the acronym must be a speaker
    /// of the corpus); every quote of a joined speaker takes the key first in ordinal order, and the body's full Latin name when an
    /// article writes one. Order of the definitions does not matter.
    /// </summary>
    internal static List<Quote> Join(List<Quote> quotes, IEnumerable<(string Body, string Acronym, string Name)> definitions)
    {
        var keys = quotes.Select(q => q.SpeakerKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string key)
        {
            while (parent.TryGetValue(key, out var up) && up != key)
            {
                key = up;
            }

            return key;
        }

        var joined = new List<(string Body, string Name)>();
        // A body key that two acronyms are defined for is two bodies with one head noun ("Federal Security Service (FSB)",
        // "Foreign Intelligence Service (SVR)": both keyed by "service"): it joins nothing.
        var distinct = definitions.Distinct().ToList();
        var shared = distinct.GroupBy(d => d.Body, StringComparer.Ordinal)
            .Where(g => g.Select(d => d.Acronym).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (body, acronym, name) in distinct.Where(d => !shared.Contains(d.Body)))
        {
            if (body == acronym || !keys.Contains(acronym))
            {
                continue;
            }

            joined.Add((body, name));
            var (a, b) = (Root(body), Root(acronym));
            if (a != b)
            {
                // The smaller key roots the set, whatever the order the pairs come in.
                (a, b) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
                parent[b] = a;
            }
        }

        if (parent.Count == 0)
        {
            return quotes;
        }

        // The full name an article gives the body ("Russian Volunteer Corps"), when it writes one in Latin letters: the name the
        // joined speaker goes by, rather than its acronym ("RDK") or a Cyrillic spelling.
        var full = joined.Where(j => j.Name.Length > 0)
            .GroupBy(j => Root(j.Body), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(j => j.Name).OrderByDescending(n => n.Count(c => c == ' ')).ThenBy(n => n, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        for (int n = 0; n < quotes.Count; n++)
        {
            if (quotes[n].SpeakerKey is { } key && Root(key) is var root && (root != key || full.ContainsKey(root)))
            {
                quotes[n] = quotes[n] with { SpeakerKey = root, CanonicalSpeaker = full.TryGetValue(root, out var name) ? name : quotes[n].CanonicalSpeaker };
            }
        }

        return quotes;
    }

    /// <summary>The Latin capitalised words (with "of", "de", "for") ending at <paramref name="end"/> ("the Russian Volunteer Corps" → "Russian Volunteer Corps"), two at least; else "".</summary>
    private static string LatinName(string text, int start, int end)
    {
        int words = 1;
        int first = start;
        for (int k = start - 1; words < 6 && k > 0 && text[k] == ' ';)
        {
            int wordEnd = k;
            int wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text[wordStart..wordEnd];
            if (word.Length == 0 || !(char.IsUpper(word[0]) || word is "of" or "de" or "for") || AttributionCues.Determiners.Contains(Tokenizer.NormalizeWord(word)))
            {
                break;
            }

            first = wordStart;
            words++;
            k = wordStart - 1;
        }

        var name = text[first..end];
        return words >= 2 && name.All(c => c is ' ' or '-' or '\'' || (char.IsLetter(c) && c < '\u0250')) && char.IsUpper(name[0]) ? name : "";
    }

    /// <summary>
    /// The name key of the English unit noun ("corps", "legion", "battalion") a capitalised adjective at [<paramref name="start"/>,
    /// <paramref name="end"/>) follows, when an acronym stands right after the adjective ("Rosyjski Korpus Ochotniczy (RDK)"):
    /// Polish writes the adjective after the unit noun, so the word before the acronym is no body noun and the unit's speaker is
    /// keyed by the adjective ("Korpus Ochotniczy" by "Ochotniczy"), apart from the same unit in every other language. Null when
    /// the word is not capitalised or no capitalised unit noun stands right before it. Measured: rdk-bryansk speakers
    /// 245 -> 248 (a Polish article's three quotes of the corps, "Rosyjski Korpus Ochotniczy", no longer a speaker of its own);
    /// nothing else moves. Tried and dropped: the genitive's key too ("Korpusu Ochotniczego", -ego for -y) gave rdk-bryansk
    /// speakers 254 but cross-language pairs predicted 963 -> 1010 for one true pair more (a fighter's words joined the corps).
    /// </summary>
    private static string? PostposedUnit(string text, int start, int end)
    {
        if (!char.IsUpper(text[start]) || start < 2 || text[start - 1] != ' ')
        {
            return null;
        }

        int nounEnd = start - 1;
        int nounStart = nounEnd;
        while (nounStart > 0 && char.IsLetter(text[nounStart - 1]))
        {
            nounStart--;
        }

        var noun = Tokenizer.NormalizeWord(text[nounStart..nounEnd]);
        return nounEnd - nounStart >= 4 && char.IsUpper(text[nounStart]) && UnitNames.EnglishUnit(noun) is { } unit ? SpeakerNames.Key(unit) : null;
    }

    private static bool IsBodyWord(string norm) => SpeakerResolver.IsBodyNoun(norm) || UnitNames.UnitStem(norm) is not null;
}
