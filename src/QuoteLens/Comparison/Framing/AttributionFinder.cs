using QuoteLens.Text;

namespace QuoteLens.Comparison.Framing;

/// <summary>
/// Finds attribution verbs in an outlet's own words and their speakers. The speaker is the phrase right before the
/// verb ("Moscow has claimed": auxiliaries and time words skipped), or right after it when the verb follows a quote
/// or a comma ("…," said Putin). A speakers-lexicon phrase there gives the speaker and its side; otherwise the
/// pronoun or the few content words there name the speaker, with no side. Verbs with no speaker are not counted.
/// </summary>
internal static class AttributionFinder
{
    private const int MaxRawSpeakerWords = 4;

    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "later", "earlier", "once", "again", "then", "previously", "already", "repeatedly",
        "reportedly", "allegedly", "yesterday", "today", "tonight", "on", "last", "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i", "you" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an" };

    public static void Find(ReadOnlySpan<ScanToken> paragraph, FramingMatchers matchers, ArticleFindings findings)
    {
        var speakers = matchers.Speakers.MatchAll(paragraph);
        var speakerEndingAt = new int[paragraph.Length + 1];
        Array.Fill(speakerEndingAt, -1);
        for (int i = 0; i < paragraph.Length; i++)
        {
            if (speakers[i].Length > 0)
            {
                speakerEndingAt[i + speakers[i].Length] = i;
            }
        }

        for (int i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i].Quoted || paragraph[i].Token.Kind != TokenKind.Word)
            {
                continue;
            }

            var (_, verb) = matchers.Verbs.Match(paragraph, i);
            if (verb is null)
            {
                continue;
            }

            var speaker = SpeakerBefore(paragraph, i, speakerEndingAt, speakers, findings.Article.Language) ?? SpeakerAfter(paragraph, i, matchers);
            if (speaker is { } s)
            {
                findings.Verbs.Add(new VerbHit(s.Name, s.Side, verb, findings.Example(paragraph, Math.Min(s.First, i), Math.Max(s.Last, i))));
            }
        }
    }

    private static bool IsOwnWord(ReadOnlySpan<ScanToken> paragraph, int i) =>
        i >= 0 && i < paragraph.Length && !paragraph[i].Quoted && paragraph[i].Token.Kind == TokenKind.Word;

    private static Speaker? SpeakerBefore(
        ReadOnlySpan<ScanToken> paragraph, int verb, int[] speakerEndingAt, (int Length, LexiconEntry? Value)[] speakers, string language)
    {
        int j = verb - 1;
        while (IsOwnWord(paragraph, j) && Skippable.Contains(paragraph[j].Norm))
        {
            j--;
        }

        if (!IsOwnWord(paragraph, j))
        {
            return null;
        }

        if (speakerEndingAt[j + 1] is var start and >= 0)
        {
            var entry = speakers[start].Value!;
            return new Speaker(entry.Entry, SideOf(entry), start, j);
        }

        if (Pronouns.Contains(paragraph[j].Norm))
        {
            return new Speaker(paragraph[j].Norm, null, j, j);
        }

        int k = j;
        while (j - k < MaxRawSpeakerWords && IsOwnWord(paragraph, k) && !StopWords.Contains(language, paragraph[k].Norm))
        {
            k--;
        }

        if (k == j)
        {
            return null;
        }

        if (IsOwnWord(paragraph, k) && Determiners.Contains(paragraph[k].Norm))
        {
            k--;
        }

        return new Speaker(Phrase(paragraph, k + 1, j), null, k + 1, j);
    }

    private static Speaker? SpeakerAfter(ReadOnlySpan<ScanToken> paragraph, int verb, FramingMatchers matchers)
    {
        if (IsOwnWord(paragraph, verb - 1))
        {
            return null;
        }

        int j = verb + 1;
        while (IsOwnWord(paragraph, j) && Determiners.Contains(paragraph[j].Norm))
        {
            j++;
        }

        var (length, entry) = matchers.Speakers.Match(paragraph, j);
        if (entry is not null)
        {
            return new Speaker(entry.Entry, SideOf(entry), verb + 1, j + length - 1);
        }

        int k = j;
        while (k - j < MaxRawSpeakerWords && IsOwnWord(paragraph, k) && char.IsUpper(paragraph[k].Token.Text[0]))
        {
            k++;
        }

        return k > j ? new Speaker(Phrase(paragraph, verb + 1, k - 1), null, verb + 1, k - 1) : null;
    }

    private static string? SideOf(LexiconEntry speaker) => speaker.Class.Length > 0 ? speaker.Class : null;

    private static string Phrase(ReadOnlySpan<ScanToken> paragraph, int first, int last)
    {
        var words = new string[last - first + 1];
        for (int i = first; i <= last; i++)
        {
            words[i - first] = paragraph[i].Norm;
        }

        return string.Join(' ', words);
    }

    private readonly record struct Speaker(string Name, string? Side, int First, int Last);
}
