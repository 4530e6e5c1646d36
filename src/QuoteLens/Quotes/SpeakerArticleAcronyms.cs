using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// An armed unit's acronym read in the article that defines it: "het Noordelijke Vrijwilligerskorps (NVK) … Het NVK zegt",
/// "the Northern Freedom Legion (NFL) … NFL writes", "o Corpo de Voluntários do Norte (CVN) … a CVN anunciou": the quotes of
/// that article whose speaker is the acronym take the unit's name as written there. <see cref="SpeakerAcronyms.Join"/> pairs
/// an acronym with its body across the corpus, but only for a body key that one acronym is defined for; one unit has an
/// acronym per language (RVC, RVK, CVR, РДК), so across a corpus of many languages that join is ambiguous and left out,
/// while inside the article that writes "Name (ACR)" the acronym can only be that name. Unit names only (legion, corps,
/// battalion, regiment, in any language; the unit noun ending the name, or opening it as the Romance languages write it):
/// an institution's acronym ("FSB") is the name outlets quote it by.
/// </summary>
internal static class SpeakerArticleAcronyms
{
    /// <summary>The most words of a unit's name before its acronym.</summary>
    private const int MaxNameWords = 7;

    /// <summary>
    /// The (acronym key, unit name) pairs that <paramref name="text"/> defines, one name per acronym (an acronym given two names
    /// in one text is left out).
    /// </summary>
    internal static Dictionary<string, string> Definitions(string text)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (open, close) in SpeakerAcronyms.Marks(text))
        {
            // A name that ends with its unit noun or opens with one in the Romance way, else one that opens with it in the
            // Russian way ("легиона Свобода России (ЛСР)", "Легион «Свобода России» (ЛСР)").
            if ((UnitName(text, open - 1) ?? SpeakerAcronyms.HeadFirstName(text, open, close)) is not { } name)
            {
                continue;
            }

            var acronym = SpeakerNames.Key(text[(open + 1)..close]);
            if (found.TryGetValue(acronym, out var other) && other != name)
            {
                ambiguous.Add(acronym);
            }

            found[acronym] = name;
        }

        foreach (var acronym in ambiguous)
        {
            found.Remove(acronym);
        }

        return found;
    }

    /// <summary>
    /// The unit's name that ends at <paramref name="end"/>: capitalised words (with the small words of a name, "of", "de",
    /// "do", "voor") back from it, cut to start at a leading unit noun when one opens it ("Corpo de Voluntários do Norte"), or
    /// ending with a unit noun ("Northern Freedom Legion", "Noordelijke Vrijwilligerskorps"); two words at least. Null otherwise.
    /// </summary>
    private static string? UnitName(string text, int end)
    {
        var words = new List<(int Start, string Word)>();
        int k = end;
        while (words.Count < MaxNameWords && k > 0)
        {
            int wordEnd = k;
            int wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            var word = text[wordStart..wordEnd];
            bool capital = word.Length > 0 && char.IsUpper(word[0]);
            if (word.Length == 0 || !(capital || (words.Count > 0 && NameLinks.Contains(word))))
            {
                break;
            }

            words.Insert(0, (wordStart, word));
            if (wordStart == 0 || text[wordStart - 1] != ' ')
            {
                break;
            }

            k = wordStart - 1;
        }

        while (words.Count > 0 && (NameLinks.Contains(words[0].Word) || SpeakerNames.IsArticle(Tokenizer.NormalizeWord(words[0].Word))))
        {
            words.RemoveAt(0);
        }

        if (words.Count < 2)
        {
            return null;
        }

        if (UnitNames.IsUnitNoun(Tokenizer.NormalizeWord(words[^1].Word)) && !UnitNames.IsLeadingUnitNoun(Tokenizer.NormalizeWord(words[^1].Word))
            || UnitNames.EnglishUnit(Tokenizer.NormalizeWord(words[^1].Word)) is not null && !UnitNames.IsLeadingUnitNoun(Tokenizer.NormalizeWord(words[^1].Word)))
        {
            // "Northern Freedom Legion", "Noordelijke Vrijwilligerskorps", "Русский добровольческий корпус" (lower-case: not read).
            return Name(text, words[0].Start, end);
        }

        int lead = words.FindIndex(w => UnitNames.IsLeadingUnitNoun(Tokenizer.NormalizeWord(w.Word)));
        return lead >= 0 && lead < words.Count - 1 ? Name(text, words[lead].Start, end) : null;
    }

    private static string? Name(string text, int start, int end)
    {
        var name = text[start..end];
        return name.Contains(' ', StringComparison.Ordinal) ? name : null;
    }

    /// <summary>
    /// The small words inside a unit's name ("Freedom of Russia Legion", "Corpo de Voluntários do Norte", "Vrijheid voor Rusland
    /// Legioen", "Legião da Liberdade para a Rússia", "Légion pour la liberté", "Legion Freiheit für Russland").
    /// </summary>
    private static readonly HashSet<string> NameLinks = new(
        ["of", "for", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "la", "voor", "van", "von", "der", "al", "el",
            "para", "a", "pour", "für", "per", "pentru"], StringComparer.Ordinal);

    /// <summary>
    /// The quotes of each article whose speaker is an acronym the same article defines for a unit (<see cref="Definitions"/>)
    /// take the unit's name and its key. Quotes of other articles are unchanged.
    /// </summary>
    internal static List<Quote> Expand(List<Quote> quotes, IReadOnlyDictionary<string, Dictionary<string, string>> byArticle)
    {
        for (int n = 0; n < quotes.Count; n++)
        {
            var q = quotes[n];
            if (q.SpeakerKey is { } key && byArticle.TryGetValue(q.ArticleId, out var defined) && defined.TryGetValue(key, out var name))
            {
                quotes[n] = q with { SpeakerKey = SpeakerNames.Key(name), CanonicalSpeaker = name };
            }
        }

        return quotes;
    }
}
