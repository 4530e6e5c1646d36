using QuoteLens.Corpus;
using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// The "Source:" line some outlets open a story with ("Source: the press service of the Russian Defence Ministry, the
/// Freedom of Russia Legion on Telegram", "Джерело: Гладков у Telegram", "Quelle: …") names whom its quotes come from: a quote
/// with no attribution of its own ("Quote: "…"") is said by the first source the nearest such line before it names, unless
/// that source is the page's own outlet ("Source: Meduza", a credit).
/// </summary>
internal static class SpeakerSourceLines
{
    /// <summary>The labels of a source line, in the languages read (compared in lower case, before the colon).</summary>
    private static readonly HashSet<string> Labels = new(
        ["source", "sources", "джерело", "джерела", "источник", "источники", "quelle", "quellen", "fonte", "fontes", "bron", "allikas",
         "sursa", "sursă", "fuente", "źródło", "المصدر"],
        StringComparer.Ordinal);

    /// <summary>
    /// Words after which the rest of a source names where or to whom it spoke, not who ("on Telegram", "у Telegram", "in a
    /// statement", "для «Суспільного»", "to Reuters").
    /// </summary>
    private static readonly string[] Cuts =
    [
        " on ", " in ", " via ", " у ", " в ", " на ", " auf ", " sur ", " dans ", " em ", " no ", " op ", " pe ", " en ", " w ",
        " to ", " for ", " для ", " pour ", " für ", " gegenüber ", " para ", " per ", " pentru ", " voor ", " dla ",
    ];

    /// <summary>Words after which a source line names whom its first source relays ("Reuters, citing Pope Francis").</summary>
    private static readonly string[] Citing =
    [
        " citing ", " quoting ", " посилаючись на ", " ссылаясь на ", " citant ", " unter berufung auf ", " citando ", " citând ",
        " powołując się na ", " onder verwijzing naar ", " viidates ",
    ];

    /// <summary>Words between a press service and the body it speaks for ("of the", "de la", "des").</summary>
    private static readonly HashSet<string> Links = new(["of", "the", "de", "la", "du", "des", "der", "des", "del", "da", "do", "della", "van", "het"], StringComparer.Ordinal);

    /// <summary>The longest label before a source line's colon (with the spaces around it).</summary>
    private const int MaxLabel = 12;

    /// <summary>The longest source phrase kept.</summary>
    private const int MaxPhrase = 120;

    /// <summary>
    /// <paramref name="phrases"/> with each quote that has none (and is no scare quote) given the first source of the nearest
    /// source line before it; the same list when the article has no source line.
    /// </summary>
    public static IReadOnlyList<string?> Fill(Article article, IReadOnlyList<int> positions, IReadOnlyList<string?> phrases, IReadOnlyList<bool> skip)
    {
        var lines = new List<(int At, string Phrase)>();
        foreach (var paragraph in article.Paragraphs)
        {
            // Only a paragraph with a colon among its first characters is read (no copy of every paragraph of every article).
            if (paragraph.Start >= 0 && paragraph.Length > 0 && paragraph.Start + paragraph.Length <= article.Text.Length
                && article.Text.AsSpan(paragraph.Start, Math.Min(paragraph.Length, MaxLabel + 1)).Contains(':')
                && FirstSource(article.ParagraphText(paragraph)) is { } first && !IsOwnOutlet(article, first))
            {
                lines.Add((paragraph.Start, first));
            }
        }

        if (lines.Count == 0)
        {
            return phrases;
        }

        var filled = new string?[phrases.Count];
        for (int n = 0; n < phrases.Count; n++)
        {
            filled[n] = phrases[n];
            if (phrases[n] is null && !skip[n] && !LabelledLine(article.Text, positions[n]))
            {
                int k = lines.FindLastIndex(l => l.At < positions[n]);
                filled[n] = k >= 0 ? lines[k].Phrase : null;
            }
        }

        return filled;
    }

    /// <summary>Most words of a speaker's label before a transcript line ("Ismail Haniyeh:", "В. Путин:").</summary>
    private const int MaxLabelWords = 4;

    /// <summary>
    /// True when the quote at <paramref name="at"/> opens a transcript line that a speaker's label leads in: only one to
    /// <see cref="MaxLabelWords"/> capitalised words and a colon stand before its mark on its line ("Ismail Haniyeh: "I say
    /// …""), none of them a lead-in word ("Quote:", "Цитата:") or a source label. The label names who speaks; the outlet the
    /// source line names aired or relayed the words (MEMRI's "Source: Al-Jazeera Network (Qatar)" over Haniyeh's and Deif's
    /// statements; they had been the network's). Measured: netanyahu speakers 371 -> 384/432, same 189/247 -> 190/248; nothing else moves.
    /// </summary>
    internal static bool LabelledLine(string text, int at)
    {
        int k = Math.Min(at, text.Length) - 1;
        while (k >= 0 && (text[k] is ' ' or '\u00A0' or '"' or '“' or '«' or '„' or '‘' or '\''))
        {
            k--;
        }

        if (k <= 0 || text[k] != ':')
        {
            return false;
        }

        int lineStart = text.LastIndexOf('\n', k - 1) + 1;
        var words = text[lineStart..k].Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxLabelWords
            && Array.TrueForAll(words, w => char.IsUpper(w[0]) && !UnmarkedSpeech.IsLeadInWord(Tokenizer.NormalizeWord(w))
                && !Labels.Contains(w.ToLowerInvariant()));
    }

    /// <summary>
    /// True when the source is the article's own outlet ("Source: Meduza" on a Meduza page): a credit of the page, not the
    /// one who speaks.
    /// </summary>
    private static bool IsOwnOutlet(Article article, string source) =>
        article.Outlet is { Length: > 0 } outlet && (outlet.Contains(source, StringComparison.OrdinalIgnoreCase) || source.Contains(outlet, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first source a source line names ("the press service of the Ministry of Defence"), or null when <paramref name="line"/> is none.</summary>
    internal static string? FirstSource(string line)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxLabel || !Labels.Contains(line[..colon].Trim().ToLowerInvariant()))
        {
            return null;
        }

        var rest = line[(colon + 1)..];
        foreach (var citing in Citing)
        {
            int at = rest.IndexOf(citing, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                // "Source: Reuters, citing Pope Francis’s interview with RSI": the agency relays; the one it cites speaks.
                rest = rest[(at + citing.Length)..];
                break;
            }
        }

        int end = rest.IndexOfAny([',', ';', '(', '\n']);
        var first = (end < 0 ? rest : rest[..end]).Trim();
        foreach (var cut in Cuts)
        {
            int at = first.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
            {
                first = first[..at];
            }
        }

        first = first.Trim().TrimEnd('.');
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (PressServices.End(words) is int service and >= 0)
        {
            // "the press service of the Ministry of Defence", "пресс-служба Минобороны": the body the service speaks for.
            int from = service + 1;
            while (from < words.Length - 1 && Links.Contains(words[from].ToLowerInvariant()))
            {
                from++;
            }

            first = string.Join(' ', words[from..]);
        }

        return first.Length is > 0 and <= MaxPhrase ? first : null;
    }
}
