using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// Two corrections on the names the resolver reads: a news agency named after "according to" ahead of a clause with its own
/// speaker ("according to Tass, the Russian president defines him as …") is the source of the report, not the speaker; and a
/// one-word Arabic name misspelt once (لوكاشينو beside ألكسندر لوكاشينكو) takes the full name the article writes with a key one
/// letter away.
/// </summary>
internal static class SpeakerSources
{
    /// <summary>Prepositions that name the source of a report ("according to", "selon", "laut", "по данным", "за даними").</summary>
    private static readonly string[] ReportPrepositions =
    [
        "according to", "selon", "d'après", "laut", "по данным", "по сообщению", "за даними", "за повідомленням", "segundo", "según",
        "secondo", "volgens", "potrivit", "conform", "de acordo com", "według", "citing", "cited by",
    ];

    /// <summary>Mentions that stand this close to a later subject ("Tass, the Russian president") may give way to it.</summary>
    private const int SubjectWords = 4;

    /// <summary>
    /// Removes from <paramref name="mentions"/> every name that follows a report preposition and is followed by a comma and a
    /// noun phrase naming an office ("according to Tass, the Russian president …"): the clause after the comma has its own
    /// speaker, whom the resolver finds by the office.
    /// </summary>
    public static void DropReportSources(string text, List<Mention> mentions)
    {
        mentions.RemoveAll(m => NameAt(text, m) is int at and >= 0 && FollowsReportPreposition(text, at) && OfficeClauseAfter(text, at + m.Phrase.Length));
    }

    /// <summary>How far before its quote a speaker phrase is looked for.</summary>
    private const int PhraseBefore = 400;

    /// <summary>
    /// True when <paramref name="phrase"/>, the speaker phrase of the quote opening at <paramref name="quoteAt"/>, is written
    /// in the text before it right after a report preposition and followed by a comma and an office ("according to Tass, the
    /// Russian president …").
    /// </summary>
    public static bool ReportsBefore(string text, string phrase, int quoteAt)
    {
        if (phrase.Length == 0 || quoteAt <= 0 || quoteAt > text.Length)
        {
            return false;
        }

        int from = Math.Max(0, quoteAt - PhraseBefore);
        int at = text.LastIndexOf(phrase, quoteAt - 1, quoteAt - from, StringComparison.Ordinal);
        return at >= 0 && FollowsReportPreposition(text, at) && OfficeClauseAfter(text, at + phrase.Length) && !WithFirstName(text, phrase);
    }

    /// <summary>
    /// True when <paramref name="phrase"/> is written somewhere in <paramref name="text"/> right after a capitalised word
    /// ("Dmitry Peskov"): a person's surname, who may well be the speaker ("according to Peskov, the president …").
    /// <paramref name="firstName"/>, when given, must also accept that word (in comparison form).
    /// </summary>
    internal static bool WithFirstName(string text, string phrase, Func<string, bool>? firstName = null)
    {
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            int end = at - 1;
            if (end > 0 && text[end] is ' ' or '\u00A0')
            {
                int start = end;
                while (start > 0 && char.IsLetter(text[start - 1]))
                {
                    start--;
                }

                if (end - start >= 2 && char.IsUpper(text[start]) && char.IsLower(text[start + 1])
                    && (firstName is null || firstName(Tokenizer.NormalizeWord(text[start..end]))))
                {
                    return true;
                }
            }

            at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>How far a mention's phrase may stand after its position (the cue "according to" may open the mention).</summary>
    private const int PhraseReach = 40;

    /// <summary>Where the phrase of <paramref name="m"/> is written, at or just after its position; -1 when not found.</summary>
    private static int NameAt(string text, Mention m)
    {
        if (m.Phrase.Length == 0 || m.At < 0 || m.At >= text.Length)
        {
            return -1;
        }

        int reach = Math.Min(text.Length - m.At, PhraseReach + m.Phrase.Length);
        return text.IndexOf(m.Phrase, m.At, reach, StringComparison.Ordinal);
    }

    private static bool FollowsReportPreposition(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0')
        {
            end--;
        }

        foreach (var preposition in ReportPrepositions)
        {
            int start = end - preposition.Length;
            if (start >= 0 && string.Compare(text, start, preposition, 0, preposition.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The offset right after the first report preposition ("volgens", "according to", "selon" …) that stands as a word in
    /// <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>), or -1.
    /// </summary>
    internal static int AfterReportPreposition(string text, int from, int to)
    {
        int best = -1;
        foreach (var preposition in ReportPrepositions)
        {
            int i = from;
            while (i < to && (i = text.IndexOf(preposition, i, to - i, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                int end = i + preposition.Length;
                if ((i == 0 || !char.IsLetter(text[i - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
                {
                    best = best < 0 ? end : Math.Min(best, end);
                    break;
                }

                i = end;
            }
        }

        return best;
    }

    /// <summary>True when a comma follows <paramref name="end"/> and opens a determiner phrase naming an office within a few words.</summary>
    private static bool OfficeClauseAfter(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != ',')
        {
            return false;
        }

        i++;
        bool determiner = false;
        for (int w = 0; w < SubjectWords; w++)
        {
            while (i < text.Length && text[i] is ' ' or '\u00A0')
            {
                i++;
            }

            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\''))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }

            var word = text[start..i].ToLowerInvariant();
            if (w == 0)
            {
                determiner = AttributionCues.Determiners.Contains(word);
                if (!determiner)
                {
                    return false;
                }
            }
            else if (TitleClasses.Of(word) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Name keys this short or shorter are matched exactly only.</summary>
    private const int MinTolerantKey = 4;

    /// <summary>
    /// Gives each one-word Arabic name in <paramref name="names"/> whose key no name in <paramref name="mentions"/> shares the
    /// fuller name among <paramref name="mentions"/> whose key is one letter away from it (same first letter), when exactly
    /// one such key exists.
    /// </summary>
    public static void Respell(string?[] names, List<Mention> mentions)
    {
        for (int n = 0; n < names.Length; n++)
        {
            if (names[n] is not { } name || name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var key = SpeakerNames.Key(name);
            if (key.Length <= MinTolerantKey || !IsArabic(name))
            {
                continue;
            }

            string? fuller = null;
            string? fullerKey = null;
            bool ambiguous = false;
            foreach (var m in mentions)
            {
                if (!m.Name.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                var other = SpeakerNames.Key(m.Name);
                if (other == key)
                {
                    fuller = null;
                    ambiguous = true;
                    break;
                }

                if (other.Length > MinTolerantKey && other[0] == key[0] && other[1] == key[1] && OneEditApart(key, other))
                {
                    if (fullerKey is not null && fullerKey != other)
                    {
                        ambiguous = true;
                    }

                    if (fuller is null || SpeakerResolver.Better(m.Name, fuller))
                    {
                        fuller = m.Name;
                        fullerKey = other;
                    }
                }
            }

            if (!ambiguous && fuller is not null)
            {
                for (int k = 0; k < names.Length; k++)
                {
                    if (names[k] == name)
                    {
                        names[k] = fuller;
                    }
                }
            }
        }
    }

    /// <summary>True when <paramref name="name"/> is written in Arabic letters, whose spellings of foreign names vary most.</summary>
    private static bool IsArabic(string name)
    {
        foreach (char c in name)
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ by one inserted, deleted or changed character.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        int i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        return a.Length == b.Length
            ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
            : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
