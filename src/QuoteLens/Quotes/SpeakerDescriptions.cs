using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// A quote with no attribution of its own whose sentence (or the sentence just before it, when the quote opens its own)
/// has an office described without a name as its subject: "De son côté, le président ukrainien assure … « … »", "Раніше
/// російський диктатор заявляв, що … "вікно"", "Rosyjski przywódca zapowiedział … "krwawy"". The description is read as the
/// quote's speaker phrase by the office rules (<see cref="SpeakerOffices"/>), so the quote takes the person the article names
/// with that office, not the article's main speaker.
/// </summary>
internal static class SpeakerDescriptions
{
    /// <summary>How many words of the sentence's opening, after an opening clause ended by a comma, the office word may stand at.</summary>
    private const int SubjectReach = 3;

    /// <summary>The longest opening clause ("De son côté,", "On Tuesday,") skipped before the subject.</summary>
    private const int OpeningClause = 4;

    /// <summary>
    /// The description that opens the sentence holding <paramref name="at"/> (or the sentence before it in the paragraph starting
    /// at <paramref name="paragraphStart"/> when the quote opens its sentence): its words up to the office word and the one after
    /// it ("le président ukrainien"); null when the sentence opens with no office word, or the office word is followed by a name.
    /// </summary>
    public static string? Subject(string text, int at, int paragraphStart) => Subject(text, at, paragraphStart, out _);

    /// <summary>As <see cref="Subject(string, int, int)"/>, with the start of the sentence the description opens.</summary>
    public static string? Subject(string text, int at, int paragraphStart, out int sentence)
    {
        sentence = -1;
        if (at <= paragraphStart || at > text.Length)
        {
            return null;
        }

        int start = Math.Max(paragraphStart, SpeakerSubjects.SentenceStart(text, at));
        if (text.AsSpan(start, at - start).Trim().Length <= 1)
        {
            // The quote opens its sentence: the sentence before it, in the same paragraph.
            int end = start - 1;
            if (end <= paragraphStart)
            {
                return null;
            }

            start = Math.Max(paragraphStart, SpeakerSubjects.SentenceStart(text, end));
            at = end;
        }

        var words = text[start..at].Split(CharSets.SpacesNewlines, StringSplitOptions.RemoveEmptyEntries);
        int from = 0;
        for (int k = 0; k < words.Length && k < OpeningClause; k++)
        {
            if (words[k].EndsWith(',') && k + 1 < words.Length)
            {
                // "Il leader russo, 71 anni, ha elogiato …": a clause that holds the office word is the subject and its aside,
                // not an opening clause ("De son côté,") to skip.
                if (!words[..(k + 1)].Any(w => TitleClasses.Of(Norm(w)) is not null))
                {
                    from = k + 1;
                }

                break;
            }
        }

        for (int k = from; k < words.Length && k < from + SubjectReach; k++)
        {
            var norm = Norm(words[k]);
            if (norm.Length == 0 || words[k].EndsWith(','))
            {
                return null;
            }

            if (TitleClasses.Of(norm) is null)
            {
                continue;
            }

            if (k + 1 < words.Length && char.IsUpper(words[k + 1][0]) && !words[k].EndsWith(','))
            {
                // "le président Volodymyr Zelensky": a name, which the attribution rules read.
                return null;
            }

            int last = k + 1 < words.Length && char.IsLower(words[k + 1][0]) && Norm(words[k + 1]).Length >= 4 && !words[k].EndsWith(',') ? k + 1 : k;
            sentence = start;
            return string.Join(' ', words[from..(last + 1)].Select(w => w.Trim(CharSets.WordQuotes)));
        }

        return null;
    }

    /// <summary>The comparison form of <paramref name="word"/> without the punctuation around it, from the thread's table of words (no copy of a word read before).</summary>
    private static string Norm(string word) => TokenStrings.Word(word.AsSpan().Trim(NormTrim)).Norm;

    /// <summary>The punctuation and quote marks <see cref="Norm"/> trims off a word.</summary>
    private static readonly char[] NormTrim = [',', ';', ':', '.', '"', '“', '”', '«', '»', '„', '(', ')'];
}
