using System.Text;
using QuoteLens.Alignment;
using QuoteLens.Grouping;

namespace QuoteLens.Views;

/// <summary>
/// An alignment table as HTML: one row per source, one column per aligned slot. Slots where the
/// versions differ are marked by more than colour: a ◆ in the column head, bold words and a heavy
/// border, and "differs" for screen readers.
/// </summary>
/// <param name="table">The alignment.</param>
/// <param name="labels">The names of the sources.</param>
/// <param name="linkPassages">Link each source to its passage in the report's appendix (<see cref="Anchors.Quote"/>).</param>
/// <param name="rowLabel">The name of each row, when rows are not sources (the alignment of wordings names them "W1 · 912 articles"); the source's label when null.</param>
[QuoteLens.IO.TypeFormatterSource(typeof(Formatting.ViewFormatterSource), PreferredMimeTypes = [Formatting.KitMimeTypes.Html, Formatting.KitMimeTypes.Plain])]
public sealed class AlignmentView(AlignmentTable table, SourceLabels labels, bool linkPassages = false, Func<AlignedRow, string>? rowLabel = null) : ITabularView
{
    /// <summary>The alignment shown.</summary>
    public AlignmentTable Table { get; } = table;

    /// <summary>The table as CSV: a <c>source</c> column, then one column per slot (empty where a version has no word).</summary>
    public string ToCsv() => Csv.WriteFields(
        Enumerable.Range(1, Table.Width).Select(s => $"slot {s}").Prepend("source"),
        Table.Rows.Select(r => r.Cells.Select(c => c?.Text ?? "").Prepend(Label(r))));

    private string Label(AlignedRow row) => rowLabel?.Invoke(row) ?? labels[row.Member.ArticleId];

    /// <summary>The table as an HTML fragment.</summary>
    public string ToHtml()
    {
        var varied = Enumerable.Range(0, Table.Width).Select(Table.IsVaried).ToArray();
        var html = new StringBuilder("<table class=\"ql-align\">\n<thead><tr><th scope=\"col\">Source</th>");
        for (int slot = 0; slot < Table.Width; slot++)
        {
            html.Append(varied[slot]
                ? $"<th scope=\"col\" class=\"ql-varied\">{Html.Sign("◆")}{slot + 1}{Html.ScreenReaderOnly(" (differs)")}</th>"
                : $"<th scope=\"col\">{slot + 1}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in Table.Rows)
        {
            var label = Html.Encode(Label(row));
            html.Append("<tr><th scope=\"row\">")
                .Append(linkPassages ? $"<a href=\"#{Anchors.Quote(row.Member)}\">{label}</a>" : label)
                .Append("</th>");
            var attributes = Html.TextAttributes(row.Member.Language);
            for (int slot = 0; slot < Table.Width; slot++)
            {
                var cell = row.Cells[slot];
                var classes = (varied[slot], cell is null) switch
                {
                    (true, true) => " class=\"ql-varied ql-gap\"",
                    (true, false) => " class=\"ql-varied\"",
                    (false, true) => " class=\"ql-gap\"",
                    _ => "",
                };
                html.Append("<td").Append(classes);
                html.Append(cell is { } token
                    ? $"{attributes}>{(varied[slot] ? $"<strong>{Html.Encode(token.Text)}</strong>" : Html.Encode(token.Text))}</td>"
                    : $">{Html.Sign("·")}{Html.ScreenReaderOnly("no word")}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        return Html.Scrollable($"Alignment of {Table.GroupId}", html.ToString());
    }
}
