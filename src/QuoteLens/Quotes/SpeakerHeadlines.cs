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
        if (article.Title is { Length: > 0 } title && FromLine(title, language) is { } fromTitle)
        {
            return fromTitle;
        }

        if (article.Paragraphs.Count > 0 && article.Paragraphs[0].Length <= MaxHeadline)
        {
            return FromLine(article.ParagraphText(article.Paragraphs[0]), language);
        }

        return null;
    }

    /// <summary>The name before the colon that opens <paramref name="line"/> (one to four words, each a name's), or null.</summary>
    internal static string? FromLine(string line, string language)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 60)
        {
            return null;
        }

        var before = line[..colon].Trim();
        var words = before.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
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
