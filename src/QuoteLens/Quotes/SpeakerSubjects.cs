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

        if (first == k || mentions[first].Object || SpeakerNames.Key(mentions[first].Name) == SpeakerNames.Key(mentions[k].Name))
        {
            return null;
        }

        return OpensSentence(text, start, mentions[first].At) ? mentions[first].Name : null;
    }

    /// <summary>"il presidente turco" in Italian: the article il, not the French pronoun, when a word follows it.</summary>
    public static bool ArticleNotPronoun(string phrase, string language) =>
        language == "it" && phrase.Length > 3 && phrase.StartsWith("il ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The offset after the last sentence end ('.', '!', '?', a line break) before <paramref name="at"/>, within <see cref="SentenceReach"/>.</summary>
    private static int SentenceStart(string text, int at)
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
