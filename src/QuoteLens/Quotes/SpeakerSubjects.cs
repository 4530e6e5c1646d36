using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// Which of the people named in a sentence a later pronoun refers to: the one who opens the sentence as its subject
/// ("Turkish President Selim Kaya criticised Prime Minister David Levin. He added: …" is Kaya's), not the one named after
/// the verb. Reads only the mentions of one sentence and a few words before the first of them.
/// </summary>
internal static class SpeakerSubjects
{
    /// <summary>How far back the start of a mention's sentence is looked for.</summary>
    private const int SentenceReach = 400;

    /// <summary>Words that may stand before the subject of a sentence ("Le président turc", "On Wednesday, Turkish President").</summary>
    private const int MaxWordsBefore = 6;

    /// <summary>
    /// The name that opens the sentence of <paramref name="mentions"/>[<paramref name="k"/>] when another mention opens it (as its
    /// subject, with only articles, titles, capitalised words and one adjective before it), else null: the mention itself stands.
    /// <paramref name="mentions"/> are sorted by offset.
    /// </summary>
    public static string? OpenerBefore(string text, List<Mention> mentions, int k)
    {
        int at = mentions[k].At;
        int start = SentenceStart(text, at);
        int first = k;
        while (first > 0 && mentions[first - 1].At >= start)
        {
            first--;
        }

        var opener = mentions[first];
        if (opener.At >= at || opener.Object || SpeakerNames.Key(opener.Name) == SpeakerNames.Key(mentions[k].Name))
        {
            return null;
        }

        if (!(OpensSentence(text, start, opener.At) || AfterOpeningAdverbial(text, start, opener.At)) || BeforeTitleOrName(text, opener))
        {
            return null;
        }

        int next = first + 1;
        while (next <= k && mentions[next].Name == opener.Name)
        {
            // The opener's own words found again as a name's occurrence.
            next++;
        }

        if (next <= k && IsAppositive(text, opener, mentions[next]))
        {
            // "Gubernator Biełgorodu, Wiaczesław Gładkow, opublikował na Telegramie": the one word after the title is the place it
            // belongs to; the full name set off by a comma right after it is the titled person, the sentence's subject.
            return mentions[next].Name == mentions[k].Name ? null : mentions[next].Name;
        }

        return opener.Name;
    }

    /// <summary>
    /// True when <paramref name="name"/>, a full name, stands right after the one-word <paramref name="opener"/> with only a
    /// comma between them: it is set off as the opener's apposition ("Gubernator Biełgorodu, Wiaczesław Gładkow,"). The
    /// mention may be read at any word of the name.
    /// </summary>
    private static bool IsAppositive(string text, Mention opener, Mention name)
    {
        int end = opener.At + opener.Phrase.Length;
        if (opener.Name.Contains(' ', StringComparison.Ordinal) || !name.Name.Contains(' ', StringComparison.Ordinal) || end > name.At
            || end > text.Length || !text.AsSpan(opener.At, opener.Phrase.Length).SequenceEqual(opener.Phrase))
        {
            return false;
        }

        int i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        if (i == text.Length || text[i] != ',')
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return name.At >= i && name.At < i + name.Name.Length && text.AsSpan(i).StartsWith(name.Name, StringComparison.Ordinal);
    }

    /// <summary>
    /// The last of the full names <paramref name="plain"/> (sorted by offset) after <paramref name="after"/> and before
    /// <paramref name="at"/> that is no object and opens its sentence as its subject (<see cref="OpensSentence"/>, or after an
    /// opening adverbial), in the sentence of <paramref name="at"/> or the one before it (or the one before that, when the one
    /// before names no one); or null.
    /// </summary>
    public static string? NewerSubject(string text, List<Mention> plain, int after, int at)
    {
        // Any name before it in its sentence (a mention or a full name) would be the subject rather: only the sentence's first is read.
        int end = SentenceStart(text, at) - 1;
        while (end > 0 && (char.IsWhiteSpace(text[end]) || text[end] is '.' or '!' or '?'))
        {
            end--;
        }

        int previous = end > 0 ? SentenceStart(text, end) : 0;
        if (previous > 0 && !plain.Exists(m => m.At >= previous && m.At < at))
        {
            // "Andriy Yusov … confirmou … . No entanto, ressaltou que … . “…”, disse ele.": a sentence between that names no
            // one keeps the subject before it; the sentence before that one is read too.
            int back = previous - 1;
            while (back > 0 && (char.IsWhiteSpace(text[back]) || text[back] is '.' or '!' or '?'))
            {
                back--;
            }

            previous = back > 0 ? SentenceStart(text, back) : 0;
        }

        for (int k = plain.Count - 1; k >= 0; k--)
        {
            var m = plain[k];
            if (m.At >= at)
            {
                continue;
            }

            if (m.At <= after || m.At < previous)
            {
                return null;
            }

            int start = SentenceStart(text, m.At);
            if (start <= after)
            {
                // The speaker named before stands in its sentence ("President Marek Volkov criticised his counterpart, Ivan Petrenko").
                return null;
            }

            if (k > 0 && plain[k - 1].At >= start)
            {
                // Another full name stands before it in its sentence: that one may be the subject.
                continue;
            }

            if (m.Name.Contains(' ', StringComparison.Ordinal) && (OpensSentence(text, start, m.At) || AfterOpeningAdverbial(text, start, m.At)))
            {
                // Opening its sentence, the name is its subject, whatever the words of the adverbial before it.
                return m.Name;
            }
        }

        return null;
    }

    /// <summary>True when a complementizer ("that", "que", "dass", "что", "că") stands as a word between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static bool ComplementizerBetween(string text, int from, int to)
    {
        int i = Math.Max(0, from);
        to = Math.Min(to, text.Length);
        while (i < to)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < to && (char.IsLetter(text[i]) || TextChars.IsApostrophe(text[i])))
            {
                i++;
            }

            if (i - start <= 4 && Attributor.IsComplementizer(Tokenizer.NormalizeWord(text[start..i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Prepositions that open a sentence's adverbial of time or place ("Во вторник", "Після зустрічі", "După întâlnire").</summary>
    private static readonly HashSet<string> OpeningPrepositions = new(
        ["в", "во", "після", "после", "під", "во", "upon", "după", "în", "tras", "durante", "dopo", "nel", "nella", "após", "depois", "pärast", "після", "بعد", "خلال"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when the word right before <paramref name="at"/> (and after <paramref name="from"/>) is a lower-case word that is no
    /// preposition, article or complementizer: the verb after an opening adverbial ("ging Scholz"), not "Mit Putin".
    /// </summary>
    private static bool AfterVerb(string text, int from, int at)
    {
        int end = at;
        int start;
        while (true)
        {
            // The first names of the name ("ging Marek Volkov" read at "Volkov") are passed over.
            while (end > from && text[end - 1] is ' ' or '\u00A0')
            {
                end--;
            }

            start = end;
            while (start > from && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end || !char.IsUpper(text[start]) || start == from)
            {
                break;
            }

            end = start;
        }

        if (start == end || !char.IsLower(text[start]))
        {
            return false;
        }

        var norm = Tokenizer.NormalizeWord(text[start..end]);
        return !SpeakerNames.IsArticle(norm) && !AttributionCues.Determiners.Contains(norm) && !SpeakerResolver.IsObjectMarker(norm)
            && !AttributionCues.ClauseOpeners.Contains(norm);
    }

    /// <summary>The most words of an adverbial that opens a sentence before its verb and subject ("Bei seinem Auftritt ging").</summary>
    private const int MaxAdverbialWords = 8;

    /// <summary>
    /// True when the words before <paramref name="at"/> are an adverbial and its comma followed by what may open a sentence
    /// ("Après l'annonce de sa mort, le président américain Joe Biden …", "On Monday, President …"), or an adverbial opened by a
    /// preposition or an adverb and a lower-case word right before the name, with no comma ("Bei seinem Auftritt ging Scholz
    /// …", "Bij zijn bezoek noemde Marek Volkov …", "Во вторник Марек Волков посетил …"): the name is the sentence's subject
    /// all the same (a name right after the preposition is its object).
    /// </summary>
    private static bool AfterOpeningAdverbial(string text, int start, int at)
    {
        int comma = text.LastIndexOf(',', at - 1, at - start);
        if (comma > start)
        {
            return OpensSentence(text, comma + 1, at);
        }

        int i = start;
        while (i < at && !char.IsLetter(text[i]))
        {
            i++;
        }

        int from = i;
        while (i < at && char.IsLetter(text[i]))
        {
            i++;
        }

        var first = i == from ? "" : Tokenizer.NormalizeWord(text[from..i]);
        if (i == from || !(AttributionCues.ClauseOpeners.Contains(first) || SpeakerResolver.IsObjectMarker(first) || OpeningPrepositions.Contains(first))
            || !AfterVerb(text, i, at))
        {
            return false;
        }

        int words = 1;
        for (int k = i; k < at; k++)
        {
            if (text[k] is ':' or ';' or '"' or '«' or '»' or '“' or '”' or '„')
            {
                return false;
            }

            if (char.IsLetter(text[k]) && !char.IsLetter(text[k - 1]) && ++words > MaxAdverbialWords)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The person a pronoun at <paramref name="at"/> refers to when the nearest speaker named before it is
    /// <paramref name="mentions"/>[<paramref name="k"/>]: the name opening the mention's sentence (<see cref="OpenerBefore"/>),
    /// else null: the mention stands. (Full names found without a cue or a title are not read: headlines and bylines make
    /// too many of them.)
    /// </summary>
    public static string? Pronoun(string text, List<Mention> mentions, int k, int at)
    {
        return at > mentions[k].At ? OpenerBefore(text, mentions, k) : null;
    }

    /// <summary>
    /// True when the sentence holding <paramref name="at"/> opens with a personal pronoun ("Er habe Gouverneur X versprochen, …
    /// „…“"), or with a German or Dutch opener, its verb and the pronoun ("Dann wendet er sich an … Schoigu … und schreit"): a
    /// quote inside it is the pronoun's, not that of a name further on in the sentence. <paramref name="start"/> is the
    /// sentence's start.
    /// </summary>
    public static bool OpensWithPronoun(string text, int at, out int start)
    {
        start = SentenceStart(text, at);
        int i = start;
        while (i < at && !char.IsLetter(text[i]))
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }

            i++;
        }

        int from = i;
        while (i < at && char.IsLetter(text[i]))
        {
            i++;
        }

        if (i == from || i >= at || !char.IsWhiteSpace(text[i]))
        {
            return false;
        }

        var norm = Tokenizer.NormalizeWord(text[from..i]);

        // "On June 4, the Russian Volunteer Corps posted …": the English preposition, not the Polish "on" (he), before a date or a name.
        int next = i;
        while (next < at && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (AttributionCues.ClauseOpeners.Contains(norm) && char.IsUpper(text[from]))
        {
            // "Dann wendet er sich an … Schoigu … und schreit": a German or Dutch opener, the verb, then the pronoun (verb second).
            int verb = next;
            while (next < at && char.IsLetter(text[next]))
            {
                next++;
            }

            if (next == verb || !char.IsLower(text[verb]) || next >= at || !char.IsWhiteSpace(text[next]))
            {
                return false;
            }

            while (next < at && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            from = next;
            while (next < at && char.IsLetter(text[next]))
            {
                next++;
            }

            return next > from && next < at && !char.IsLetter(text[next]) && Tokenizer.NormalizeWord(text[from..next]) is "er" or "sie" or "hij" or "zij" or "ze";
        }

        return norm is not ("it" or "il" or "we" or "i" or "you" or "мы" or "я" or "nous" or "je" or "ми" or "wij" or "my")
            && AttributionCues.Pronouns.Contains(norm) && !(norm == "on" && next < at && (char.IsUpper(text[next]) || char.IsDigit(text[next])));
    }

    /// <summary>
    /// True when the word after the mention's name is capitalised or a title ("Russian President Vladimir Putin" read as
    /// "Russian"): the mention is an adjective or a body before a title, not the sentence's subject.
    /// </summary>
    private static bool BeforeTitleOrName(string text, Mention m)
    {
        int i = m.At;
        if (string.CompareOrdinal(text, i, m.Phrase, 0, m.Phrase.Length) == 0)
        {
            i += m.Phrase.Length;
        }
        else
        {
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’'))
            {
                i++;
            }
        }

        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        int from = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’'))
        {
            i++;
        }

        return i > from && (char.IsUpper(text[from]) || SpeakerNames.IsTitle(Tokenizer.NormalizeWord(text[from..i])));
    }

    /// <summary>How far before its quote a relative speaker phrase ("who", "que") is looked for.</summary>
    private const int RelativeBefore = 400;

    /// <summary>
    /// The name a relative pronoun opening <paramref name="phrase"/> refers to: the run of capitalised words (at most four)
    /// right before it and a comma ("Ivan Petrenko, que disse", "the FSB and Putin, who publicly said"), where the phrase is
    /// written before the quote at <paramref name="at"/>; null when no name stands there.
    /// </summary>
    public static string? Antecedent(string text, string phrase, int at, string language)
    {
        if (phrase.Length == 0 || at <= 0 || at > text.Length)
        {
            return null;
        }

        int from = Math.Max(0, at - RelativeBefore);
        int found = text.LastIndexOf(phrase, at - 1, at - from, StringComparison.Ordinal);
        if (found <= 0)
        {
            return null;
        }

        int i = found;
        while (i > 0 && text[i - 1] is ' ' or '\u00A0')
        {
            i--;
        }

        if (i == 0 || text[i - 1] is not (',' or '،'))
        {
            return null;
        }

        int end = i - 1;
        int start = end;
        for (int words = 0; words < 4; words++)
        {
            int k = start;
            while (k > 0 && text[k - 1] is ' ' or '\u00A0')
            {
                k--;
            }

            int wordEnd = k;
            while (k > 0 && (char.IsLetter(text[k - 1]) || text[k - 1] is '-' or '\'' or '’'))
            {
                k--;
            }

            if (k == wordEnd || !(char.IsUpper(text[k]) || text[k] is >= '\u0600' and <= '\u06FF'))
            {
                // A name is capitalised, or in Arabic letters, which have no capitals ("ديمتري بيسكوف، الذي أضاف").
                break;
            }

            start = k;
        }

        return start < end ? SpeakerNames.Canonical(text[start..end], language) : null;
    }

    /// <summary>"il presidente turco" in Italian: the article il, not the French pronoun, when a word follows it.</summary>
    public static bool ArticleNotPronoun(string phrase, string language) =>
        language == "it" && phrase.Length > 3 && phrase.StartsWith("il ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The offset after the last sentence end ('.', '!', '?', a line break) before <paramref name="at"/>, within <see cref="SentenceReach"/>.</summary>
    internal static int SentenceStart(string text, int at)
    {
        int stop = Math.Max(0, at - SentenceReach);
        for (int i = at - 1; i >= stop; i--)
        {
            char c = text[i];
            if (c is '\n' or '!' or '?' || (c == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !Initial(text, i)))
            {
                return i + 1;
            }
        }

        return stop;
    }

    /// <summary>A dot after a single capital ("J.") or a short title ("Mr.", "Dr."): no sentence end.</summary>
    private static bool Initial(string text, int dot)
    {
        int i = dot;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        int length = dot - i;
        return length == 1 ? char.IsUpper(text[i]) : length is 2 or 3 && AttributionCues.Abbreviations.Contains(Tokenizer.NormalizeWord(text[i..dot]));
    }

    /// <summary>
    /// True when the words between <paramref name="start"/> and <paramref name="at"/> are a few articles, titles and capitalised
    /// words, with at most one lower-case adjective after an article or a title: nothing a verb could stand among.
    /// </summary>
    private static bool OpensSentence(string text, int start, int at)
    {
        int words = 0;
        int adjectives = 0;
        bool afterArticleOrTitle = false;
        int i = start;
        while (i < at)
        {
            char c = text[i];
            if (!char.IsLetter(c))
            {
                if (char.IsDigit(c) || c is ':' or ';' or '"' or '«' or '»' or '“' or '”' or '„' or '(')
                {
                    return false;
                }

                i++;
                continue;
            }

            int from = i;
            while (i < at && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’'))
            {
                i++;
            }

            var norm = Tokenizer.NormalizeWord(text[from..i]);
            if (++words > MaxWordsBefore)
            {
                return false;
            }

            if (SpeakerNames.IsArticle(norm) || SpeakerNames.IsTitle(norm))
            {
                afterArticleOrTitle = true;
                continue;
            }

            if (char.IsUpper(text[from]))
            {
                afterArticleOrTitle = false;
                continue;
            }

            if (!afterArticleOrTitle || ++adjectives > 1)
            {
                return false;
            }

            afterArticleOrTitle = false;
        }

        return true;
    }
}
