using System.Text;
using QuoteLens.Comparison;

namespace QuoteLens.Views;

/// <summary>One run of a word diff, as a table row.</summary>
/// <param name="Base">The source diffed against.</param>
/// <param name="Other">The source shown.</param>
/// <param name="Operation">equal, inserted (only in the other) or deleted (only in the base).</param>
/// <param name="Text">The run's words.</param>
public sealed record DiffPieceRow(string Base, string Other, string Operation, string Text);

/// <summary>
/// A word diff as HTML: removed words in <c>&lt;del&gt;</c> (struck through, with a visible −),
/// added words in <c>&lt;ins&gt;</c> (underlined, with a visible +), and "removed:" / "added:" for
/// screen readers, so nothing depends on colour.
/// </summary>
/// <param name="diff">The diff.</param>
/// <param name="labels">The names of the sources.</param>
/// <param name="linkPassages">Link both versions to their passages in the report's appendix.</param>
[QuoteLens.IO.TypeFormatterSource(typeof(Formatting.ViewFormatterSource), PreferredMimeTypes = [Formatting.KitMimeTypes.Html, Formatting.KitMimeTypes.Plain])]
public sealed class WordDiffView(WordDiff diff, SourceLabels labels, bool linkPassages = false) : ITabularView
{
    /// <summary>The diff's runs as CSV: one row per run with its operation (equal, inserted, deleted) and text, and the two sources.</summary>
    public string ToCsv() => Csv.WriteRecords(Diff.Pieces.Select(p => new DiffPieceRow(
        labels[Diff.Base.ArticleId], labels[Diff.Other.ArticleId], p.Operation.ToString().ToLowerInvariant(), p.Text)));

    /// <summary>The diff shown.</summary>
    public WordDiff Diff { get; } = diff;

    /// <summary>The diff as an HTML fragment.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder("<div class=\"ql-diff\">\n<p class=\"ql-diff-head\">")
            .Append(Source(Diff.Other)).Append(" against ").Append(Source(Diff.Base))
            .Append(Diff.IsIdentical ? " <span class=\"ql-same\">(word for word the same)</span>" : "")
            .Append("</p>\n<p class=\"ql-diff-text\"").Append(Html.TextAttributes(Diff.Other.Language)).Append('>');
        string previous = "";
        foreach (var piece in Diff.Pieces)
        {
            if (NeedsSpace(previous, piece.Text))
            {
                html.Append(' ');
            }

            var text = Html.Encode(piece.Text);
            html.Append(piece.Operation switch
            {
                DiffOperation.Inserted => $"<ins>{Html.Sign("+")}{Html.ScreenReaderOnly("added: ")}{text}</ins>",
                DiffOperation.Deleted => $"<del>{Html.Sign("−")}{Html.ScreenReaderOnly("removed: ")}{text}</del>",
                _ => text,
            });
            previous = piece.Text;
        }

        return html.Append("</p>\n</div>\n").ToString();
    }

    private string Source(Quotes.Quote version)
    {
        var label = Html.Encode(labels[version.ArticleId]);
        return linkPassages ? $"<a href=\"#{Anchors.Quote(version)}\">{label}</a>" : $"<span>{label}</span>";
    }

    /// <summary>Pieces are runs of tokens; a space goes between two runs unless one side already has it or the next starts with punctuation.</summary>
    private static bool NeedsSpace(string previous, string next) =>
        previous.Length > 0 && next.Length > 0 && !char.IsWhiteSpace(previous[^1]) && !char.IsWhiteSpace(next[0]) && !char.IsPunctuation(next[0]);
}
