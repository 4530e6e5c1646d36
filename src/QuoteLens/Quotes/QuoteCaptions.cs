using QuoteLens.Corpus;
using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// Quote cards as web pages print them (a blockquote and its cite): the statement as a paragraph of its own, with no quote
/// marks, then a caption paragraph that is only the speaker's name, or the name and a title or office glued on or set off by
/// a space, comma or dash ("Владимир ПутинПрезидент РФ", "Jane Doe, Minister of Defence", "Іван Петренко — речник ЗСУ").
/// </summary>
internal static class QuoteCaptions
{
    /// <summary>The longest caption read (a name and a short title).</summary>
    private const int MaxCaption = 80;

    /// <summary>The fewest words of a statement above a caption.</summary>
    internal const int MinStatementWords = 8;

    /// <summary>Credit words a photo or video caption opens with ("Video Ansa", "Фото Иван Петров"): no speaker's name.</summary>
    private static readonly HashSet<string> CreditWords = new(
        ["video", "foto", "photo", "фото", "видео", "відео", "автор", "author", "bild", "quelle", "source", "credit", "image", "imagem", "imagen"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The shortest surname looked for elsewhere in the article.</summary>
    private const int MinSurname = 3;

    /// <summary>
    /// The speaker's name ("Владимир Путин") when <paramref name="caption"/> is a quote card's caption: a short line with no
    /// sentence punctuation, quote mark, digit or colon (so no "Фото: …", "Автор: …" credit), opening with two capitalised
    /// words of letters (the second not an acronym), the title after them glued on ("ПутинПрезидент") or set off by a space,
    /// comma or dash, and the first word no credit ("Video Ansa"); null otherwise.
    /// </summary>
    internal static string? Name(string text, Paragraph caption)
    {
        if (caption.Length is < 5 or > MaxCaption)
        {
            return null;
        }

        var line = text.AsSpan(caption.Start, caption.Length).Trim();
        if (line.Length < 5 || !char.IsUpper(line[0]) || line.IndexOfAny(".!?:;\"«»“”„‘’()[]@/|#&+=*") >= 0 || line.IndexOfAnyInRange('0', '9') >= 0)
        {
            return null;
        }

        int first = WordEnd(line, 0);
        if (first < 2 || first >= line.Length || line[first] != ' ' || CreditWords.Contains(line[..first].ToString()))
        {
            return null;
        }

        int second = first + 1;
        int secondEnd = WordEnd(line, second);
        if (secondEnd - second < MinSurname || !char.IsUpper(line[second]) || !char.IsLower(line[second + 1]))
        {
            return null;
        }

        // "ПутинПрезидент": the title glued to the surname starts at its next capital.
        int glued = second + 1;
        while (glued < secondEnd && !char.IsUpper(line[glued]))
        {
            glued++;
        }

        int surnameEnd = glued < secondEnd ? glued : secondEnd;
        if (surnameEnd - second < MinSurname)
        {
            return null;
        }

        return line[..surnameEnd].ToString();
    }

    /// <summary>The end of the word of letters, hyphens and apostrophes that starts at <paramref name="from"/>.</summary>
    private static int WordEnd(ReadOnlySpan<char> line, int from)
    {
        int k = from;
        while (k < line.Length && (char.IsLetter(line[k]) || line[k] is '-' or '\'' or '’'))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// True when the article names <paramref name="name"/>'s surname outside <paramref name="para"/> and its caption
    /// <paramref name="caption"/> (its stem: inflected forms count, "Путина"): the caption names a person the story is about.
    /// </summary>
    internal static bool NamedElsewhere(string text, Paragraph para, Paragraph caption, string name)
    {
        int space = name.LastIndexOf(' ');
        var surname = name.AsSpan(space + 1);
        var stem = surname.Length > 5 ? surname[..^1] : surname;
        return text.AsSpan(0, para.Start).Contains(stem, StringComparison.Ordinal) || text.AsSpan(para.End, caption.Start - para.End).Contains(stem, StringComparison.Ordinal)
            || text.AsSpan(caption.End).Contains(stem, StringComparison.Ordinal);
    }
}
