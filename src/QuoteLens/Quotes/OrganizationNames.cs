namespace QuoteLens.Quotes;

/// <summary>
/// Quote marks that set off an organisation's name after the noun that says what it is: "ЧВК «Вагнер»", "ПВК «Вагнер»",
/// "спецназ «Ахмат»", "телеканал «Россия 1»", "grupul „Wagner”". Russian and Ukrainian write every
/// company's, channel's and unit's name so; the marks quote no one. Read as quotes, the 52 such names of the real answer keys
/// (none of them an answer-key row) were scare quotes that glued the statements of the articles that name the company into
/// one group.
/// </summary>
internal static class OrganizationNames
{
    /// <summary>The most words a name in marks has ("Единая Россия", "Россия 1", "Свобода России").</summary>
    private const int MaxWords = 3;

    /// <summary>
    /// The nouns (lower case; Cyrillic ones as stems, every case ending allowed) that name what an organisation is, so that
    /// capitalised words in marks right after them are its name.
    /// </summary>
    private static readonly string[] CyrillicStems =
    [
        "чвк", "пвк", "компани", "компані", "групп", "груп", "спецназ", "телеканал", "агентств", "газет", "издани",
        "видан", "партии", "партия", "партію", "партії", "движени", "рух", "фонд", "бригад", "батальон", "батальйон",
        "отряд", "загон", "подразделени", "підрозділ", "канал", "радиостанци", "радіостанці", "завод", "концерн", "холдинг",
        "наемническ", "найманц", "формировани", "формуванн",
    ];

    /// <summary>
    /// Verbs of a news outlet passing a story on (Russian and Ukrainian write the outlet's name in marks after them: "передає
    /// «ДС»", "сообщает «Интерфакс»", "пишет «Коммерсант»").
    /// </summary>
    private static readonly HashSet<string> PassedOnBy = new(
        ["передає", "передает", "сообщает", "повідомляє", "пишет", "пише", "пишут", "пишуть", "информирует", "інформує"],
        StringComparer.Ordinal);

    /// <summary>Latin-script nouns (lower case, whole words) that name what an organisation is.</summary>
    private static readonly HashSet<string> LatinNouns = new(
        [
            "pmc", "group", "groupe", "grupo", "gruppo", "grupul", "grupului", "gruparea", "grupării", "grupa", "grupy", "gruppe", "groep", "company", "compagnie",
            "companhia", "compañía", "società", "compania", "firma", "channel", "chaîne", "sender", "agency", "agence", "agentur",
            "agência", "agencia", "agenzia", "agenția", "brigade", "brigada", "brigata", "battalion", "bataillon", "bataljon",
            "batalhão", "batallón", "battaglione", "batalionul", "party", "parti", "partei", "partido", "partito", "partidul",
            "partia", "partij", "mercenaires", "mercenari", "mercenarilor", "mercenários", "mercenarios", "söldnergruppe",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// True when the quoted words <paramref name="quoted"/>, whose opening mark is at <paramref name="openPos"/> of
    /// <paramref name="text"/>, are a name (one to three words, the first capitalised, no sentence punctuation) right after
    /// an organisation noun.
    /// </summary>
    public static bool IsNamed(string text, int openPos, ReadOnlySpan<char> quoted)
    {
        var inner = quoted.Trim();
        if (!NameShaped(inner) || Words(inner) > MaxWords)
        {
            return false;
        }

        int end = openPos;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\u00A0'))
        {
            end--;
        }

        int start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }

        if (start == end)
        {
            return false;
        }

        // The word before the mark in comparison form, from the thread's table of words (no copy of a word read before).
        var word = TokenStrings.Word(text.AsSpan(start, end - start)).Norm;
        if (PassedOnBy.Contains(word))
        {
            return true;
        }

        return word[0] is >= '\u0400' and <= '\u04FF'
            ? Array.Exists(CyrillicStems, stem => word.StartsWith(stem, StringComparison.Ordinal) && word.Length - stem.Length <= 3)
            : LatinNouns.Contains(word);
    }

    /// <summary>
    /// The quotes of <paramref name="raws"/> (of <paramref name="text"/>) that set off an organisation's name: after its noun
    /// (<see cref="IsNamed"/>), or the same name (one capitalised word, its last two letters free: «Вагнера») that the article
    /// writes so after a noun elsewhere ("бойцы «Вагнера»" where the article says "ЧВК «Вагнер»").
    /// </summary>
    public static HashSet<int> Names(string text, IReadOnlyList<RawQuote> raws)
    {
        var found = new HashSet<int>();
        var stems = new List<string>();
        for (int n = 0; n < raws.Count; n++)
        {
            var inner = text.AsSpan(raws[n].Start, raws[n].End - raws[n].Start);
            if (IsNamed(text, raws[n].OpenPos, inner))
            {
                found.Add(n);
                var trimmed = inner.Trim();
                if (Words(trimmed) == 1 && trimmed.Length >= 4)
                {
                    stems.Add(trimmed[..^2].ToString());
                }
            }
        }

        if (stems.Count > 0)
        {
            for (int n = 0; n < raws.Count; n++)
            {
                var inner = text.AsSpan(raws[n].Start, raws[n].End - raws[n].Start).Trim();
                if (!found.Contains(n) && NameShaped(inner) && Words(inner) == 1 && inner.Length >= 4)
                {
                    foreach (var stem in stems)
                    {
                        if (inner.StartsWith(stem, StringComparison.Ordinal) && inner.Length - stem.Length <= 3)
                        {
                            found.Add(n);
                            break;
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Words in marks shaped as a name: opening with a capital or a digit, with no sentence punctuation.</summary>
    private static bool NameShaped(ReadOnlySpan<char> inner) =>
        inner.Length > 0 && (char.IsUpper(inner[0]) || char.IsDigit(inner[0])) && inner.IndexOfAny(".!?;:,") < 0;

    private static int Words(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
