using System.Text;
using System.Text.RegularExpressions;

namespace QuoteLens.Corpus;

/// <summary>A line that cleaning dropped, and why.</summary>
/// <param name="Span">Where the line is in the text.</param>
/// <param name="Reason">The rule that dropped it ("read-more list", "image caption", "headline" ...).</param>
internal sealed record DroppedLine(Paragraph Span, string Reason);

/// <summary>The story found in a text: its headline, its paragraphs, and every line left out with the reason.</summary>
/// <param name="Headline">The first kept line, when it looks like a headline. It stays the first paragraph too: headlines quote (gold.tsv has quotes found only in a headline).</param>
/// <param name="Paragraphs">The story's paragraphs, in order, as offsets into the text.</param>
/// <param name="Dropped">The lines left out, in order.</param>
internal sealed record CleanedText(string? Headline, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<DroppedLine> Dropped);

/// <summary>
/// Separates a story from its page furniture. Every non-empty line is a paragraph candidate; a line is dropped when
/// a <see cref="FurniturePatterns"/> rule matches it, when the next line repeats it (a headline shown twice), or
/// when it is the caption above an image credit. A "Read more"/"Related" list, a donation appeal, a closing
/// by-line or a time stamp in the second half of the text ends the story: nothing after it is kept. The first
/// kept line is also the headline when it reads like one (short, no full stop). One pass, linear in the text.
/// </summary>
internal static partial class ArticleCleaner
{
    private const int MaxHeadlineLength = 200;
    private const int MaxRepeatPrefix = 30;

    /// <summary>Cleans <paramref name="text"/> from <paramref name="bodyStart"/> on; markdown strips heading, list and quote markers from paragraph starts.</summary>
    public static CleanedText Clean(string text, int bodyStart, bool markdown)
    {
        var lines = SplitLines(text, bodyStart, markdown);
        var reasons = new string?[lines.Count];
        int midpoint = bodyStart + ((text.Length - bodyStart) / 2);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].Length);
            var rule = FurniturePatterns.Match(line);
            if (rule is null)
            {
                reasons[i] ??= i + 1 < lines.Count && Repeats(line, text.AsSpan(lines[i + 1].Start, lines[i + 1].Length)) ? "repeated line" : null;
                continue;
            }

            reasons[i] = rule.Name;
            if (rule.Action == FurnitureAction.EndsStory && lines[i].Start >= midpoint)
            {
                Array.Fill(reasons, $"after a '{rule.Name}' line", i + 1, lines.Count - i - 1);
                break;
            }

            if (rule.Action == FurnitureAction.ImageCredit)
            {
                MarkCaptionAbove(text, lines, reasons, i);
            }
        }

        string? headline = FindHeadline(text, lines, reasons);
        var kept = new List<Paragraph>();
        var dropped = new List<DroppedLine>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is { } reason)
            {
                dropped.Add(new DroppedLine(lines[i].Span, reason));
            }
            else
            {
                kept.Add(lines[i].Span);
            }
        }

        return new CleanedText(headline, kept, dropped);
    }

    /// <summary>True when <paramref name="text"/> reads like a headline: short, starting with a capital, digit or quote, not ending like a sentence.</summary>
    private static bool LooksLikeHeadline(ReadOnlySpan<char> text) =>
        text.Length is > 0 and <= MaxHeadlineLength
        && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || Text.TextChars.IsQuoteMark(text[0]))
        && (!FurniturePatterns.EndsLikeSentence(text) || text[^1] is '?' or '!');

    private static string? FindHeadline(string text, List<Line> lines, string?[] reasons)
    {
        int first = Array.IndexOf(reasons, null);
        if (first < 0 || Array.IndexOf(reasons, null, first + 1) < 0)
        {
            return null;
        }

        var candidate = text.AsSpan(lines[first].Start, lines[first].Length);
        return LooksLikeHeadline(candidate) ? Normalize(candidate) : null;
    }

    /// <summary>Caption lines sit just above the credit, in the same block, without a full stop.</summary>
    private static void MarkCaptionAbove(string text, List<Line> lines, string?[] reasons, int credit)
    {
        for (int j = credit - 1; j >= 0 && !lines[j + 1].StartsBlock; j--)
        {
            if (reasons[j] is null)
            {
                if (FurniturePatterns.EndsLikeSentence(text.AsSpan(lines[j].Start, lines[j].Length)))
                {
                    return;
                }

                reasons[j] = "image caption";
            }
        }
    }

    /// <summary>The next line repeats this one, or this one is the next with a short label glued in front ("News" + headline).</summary>
    private static bool Repeats(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        if (line.Length > FurniturePatterns.MaxLineLength || next.Length > FurniturePatterns.MaxLineLength || next.Length == 0)
        {
            return false;
        }

        // Compares the collapsed forms (see Normalize) from their ends, without building them.
        var repeated = new CollapsedBackwards(line);
        var repeat = new CollapsedBackwards(next);
        while (repeat.MoveNext())
        {
            if (!repeated.MoveNext() || repeated.Current != repeat.Current)
            {
                return false;
            }
        }

        for (int prefix = 0; repeated.MoveNext(); prefix++)
        {
            if (prefix == MaxRepeatPrefix)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Collapses every run of white space (no-break spaces included) to one space.</summary>
    private static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static List<Line> SplitLines(string text, int bodyStart, bool markdown)
    {
        var lines = new List<Line>(text.AsSpan(bodyStart).Count('\n') + 1);
        bool blankBefore = true;
        foreach (var (start, end) in TrimmedLines(text, bodyStart))
        {
            int s = SkipPrefixes(text, start, end, markdown, isFirst: lines.Count == 0);
            if (end > s)
            {
                // "… no Telegram..O governo local informou …": a stored page whose paragraphs were run together with two dots and no
                // space; each piece is a paragraph of its own (the words around the join had been read as one sentence).
                if (text.AsSpan(s, end - s).Contains("..", StringComparison.Ordinal))
                {
                    int lineStart = s;
                    foreach (var join in CollapsedParagraphJoin().EnumerateMatches(text.AsSpan(lineStart, end - lineStart)))
                    {
                        int at = lineStart + join.Index + join.Length;
                        lines.Add(new Line(s, at, blankBefore));
                        s = at;
                        blankBefore = true;
                    }
                }

                lines.Add(new Line(s, end, blankBefore));
            }

            blankBefore = end <= s;
        }

        return lines;
    }

    /// <summary>Every line of <paramref name="text"/> from <paramref name="from"/> on, as offsets with the white space around it trimmed (blank lines give Start == End).</summary>
    internal static IEnumerable<(int Start, int End)> TrimmedLines(string text, int from = 0)
    {
        for (int pos = from; pos < text.Length;)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            int s = pos, e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            yield return (s, e);
            pos = end + 1;
        }
    }

    /// <summary>Moves a line's start past a "date 2024-03-13" prefix (first line only) and, in markdown, past block markers.</summary>
    private static int SkipPrefixes(string text, int start, int end, bool markdown, bool isFirst)
    {
        var line = text.AsSpan(start, Math.Min(end - start, FurniturePatterns.MaxLineLength));
        if (isFirst && FurniturePatterns.DatePrefix().Match(text, start, line.Length) is { Success: true } date)
        {
            start += date.Length;
            line = line[date.Length..];
        }

        if (markdown)
        {
            if (MarkdownRule().IsMatch(line))
            {
                return end;
            }

            if (MarkdownMarker().Match(text, start, line.Length) is { Success: true } marker)
            {
                start += marker.Length;
            }
        }

        return start;
    }

    /// <summary>Two dots with no space between a word or a closing mark and a capital or an opening mark: paragraphs run together.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\d""”»)])(?<!\.)\.\.(?=[\p{Lu}""“«])")]
    private static partial Regex CollapsedParagraphJoin();

    [GeneratedRegex(@"^(?:[-*_]\s*){3,}$")]
    private static partial Regex MarkdownRule();

    [GeneratedRegex(@"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)+")]
    private static partial Regex MarkdownMarker();

    /// <summary>The characters of <see cref="Normalize"/>'s result for a text, last first, read without building it.</summary>
    private ref struct CollapsedBackwards(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _position = text.Length;
        private bool _started;

        public char Current { get; private set; }

        public bool MoveNext()
        {
            int p = _position;
            while (p > 0 && char.IsWhiteSpace(_text[p - 1]))
            {
                p--;
            }

            if (p == 0)
            {
                return false;
            }

            if (p < _position && _started)
            {
                // A run of white space between two kept characters reads as one space.
                _position = p;
                Current = ' ';
                return true;
            }

            _started = true;
            _position = p - 1;
            Current = _text[p - 1];
            return true;
        }
    }

    private readonly record struct Line(int Start, int End, bool StartsBlock)
    {
        public int Length => End - Start;

        public Paragraph Span => new(Start, End);
    }
}
