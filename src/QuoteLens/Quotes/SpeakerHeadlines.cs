using QuoteLens.Corpus;

namespace QuoteLens.Quotes;

/// <summary>
/// The speaker a headline names before a colon ("Peskov: civilian at the ministry is logical", "Песков: назначение
/// логично", "Erdoğan : « … »"): the last resort for quotes of a story that names no speaker anywhere else. Labels ("Live:",
/// "Video:", "Exclusive:") name no one. Reads the article's title and its first paragraph, a few hundred characters at most.
/// </summary>
internal static class SpeakerHeadlines
{
    /// <summary>The most words of a name before the headline's colon.</summary>
    private const int MaxWords = 4;

    /// <summary>The longest first paragraph read as a headline.</summary>
    private const int MaxHeadline = 300;

    /// <summary>Words that label a headline rather than name a speaker.</summary>
    private static readonly HashSet<string> Labels = new(
        [
            "live", "update", "updated", "updates", "video", "watch", "analysis", "exclusive", "opinion", "breaking", "explainer",
            "photos", "photo", "timeline", "factbox", "comment", "editorial", "interview", "read", "listen", "news", "report",
            "видео", "онлайн", "відео", "фото", "эксклюзив", "ексклюзив", "интервью", "інтерв'ю", "мнение", "думка", "новости", "новини",
            "exclusif", "vidéo", "direct", "analyse", "exklusiv", "liveblog", "ticker", "kommentar", "vídeo", "exclusivo", "directo",
            "ultima", "última", "ora", "esclusiva", "urgent", "urgente", "eilmeldung", "flash", "عاجل", "فيديو", "بالفيديو",
        ],
        StringComparer.Ordinal);

    /// <summary>The canonical name a headline of <paramref name="article"/> gives before its colon, or null.</summary>
    public static string? Speaker(Article article, string language)
    {
        string? name = null;
        if (article.Title is { Length: > 0 } title && FromLine(title, language) is { } fromTitle)
        {
            name = fromTitle;
        }
        else if (article.Paragraphs.Count > 0 && article.Paragraphs[0].Length <= MaxHeadline)
        {
            name = FromLine(article.ParagraphText(article.Paragraphs[0]), language);
        }

        // "بيلغورود: معبر حدودي أوكراني أم ثورة داخلية؟" (Belgorod: a Ukrainian border crossing or a revolt?): a one-word name
        // the story writes as a place ("في منطقة بيلغورود", "in Belgorod") is where the story happens, not who speaks.
        return name is null || (!name.Contains(' ', StringComparison.Ordinal) && NamedAsPlace(article.Text, name)) ? null : name;
    }

    /// <summary>
    /// Prepositions and region nouns in a case that make the word after them a place ("in Belgorod", "في منطقة بيلغورود", "w
    /// obwodzie", "в Белгороде"); the region nouns in the nominative are <see cref="SpeakerNames.IsRegionNoun"/>'s.
    /// </summary>
    private static readonly HashSet<string> PlaceWords = new(
        [
            "in", "near", "dans", "à", "em", "en", "nel", "nella", "im", "nach", "w", "obwodzie", "в", "во", "у", "області", "области",
            "في", "منطقة", "مناطق", "مدينة", "مقاطعة", "بمنطقة", "بمدينة",
        ],
        StringComparer.Ordinal);

    /// <summary>Region nouns written after the region's name ("Belgorod region", "Belgorod oblast").</summary>
    private static readonly HashSet<string> RegionAfter = new(["region", "oblast", "province", "regio", "oblasti"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="text"/> writes <paramref name="name"/> as a place somewhere: after a place word, or before a region noun.</summary>
    private static bool NamedAsPlace(string text, string name)
    {
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            int end = at + name.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }

            if (WordBefore(text, at) is var before && (PlaceWords.Contains(before) || SpeakerNames.IsRegionNoun(before)) || RegionAfter.Contains(WordAfter(text, end)))
            {
                return true;
            }
        }

        return false;
    }

    private static string WordBefore(string text, int at) => Text.Tokenizer.NormalizeWord(TokenStrings.WordBefore(text, at));

    private static string WordAfter(string text, int at) => Text.Tokenizer.NormalizeWord(TokenStrings.WordAfter(text, at));

    /// <summary>The name before the colon that opens <paramref name="line"/> (one to four words, each a name's), or null.</summary>
    internal static string? FromLine(string line, string language)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 60)
        {
            return null;
        }

        var before = line[..colon].Trim();
        var words = before.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWords)
        {
            return null;
        }

        foreach (var word in words)
        {
            char first = word[0];
            bool arabic = first is >= '\u0600' and <= '\u06FF';
            if ((!char.IsUpper(first) && !arabic) || Labels.Contains(Text.Tokenizer.NormalizeWord(word)))
            {
                return null;
            }
        }

        return SpeakerNames.Canonical(before, language);
    }
}
