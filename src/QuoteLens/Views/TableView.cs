using System.Text;

namespace QuoteLens.Views;

/// <summary>
/// A table of typed rows (records): one column per public property, rendered as an HTML table and
/// exported as CSV with CsvHelper. The HTML shows exactly the fields the CSV holds, formatted the same
/// way (invariant culture).
/// </summary>
/// <typeparam name="TRow">The row record.</typeparam>
/// <param name="rows">The rows, in the order to show them.</param>
/// <param name="caption">The table's caption, or null.</param>
[QuoteLens.IO.TypeFormatterSource(typeof(Formatting.ViewFormatterSource), PreferredMimeTypes = [Formatting.KitMimeTypes.Html, Formatting.KitMimeTypes.Plain])]
public sealed class TableView<TRow>(IEnumerable<TRow> rows, string? caption = null) : ITabularView
{
    /// <summary>The rows.</summary>
    public IReadOnlyList<TRow> Rows { get; } = rows.ToList();

    /// <summary>The caption, or null.</summary>
    public string? Caption { get; } = caption;

    /// <summary>The rows as CSV, with a header line of property names.</summary>
    public string ToCsv() => Csv.WriteRecords(Rows);

    /// <summary>The rows as an HTML table (every value HTML-encoded).</summary>
    public string ToHtml()
    {
        var fields = Csv.ReadFields(ToCsv());
        var html = new StringBuilder("<table class=\"ql-table\">\n");
        if (Caption is not null)
        {
            html.Append("<caption>").Append(Html.Encode(Caption)).Append("</caption>\n");
        }

        if (fields.Count > 0)
        {
            html.Append("<thead><tr>");
            foreach (var name in fields[0])
            {
                html.Append("<th scope=\"col\">").Append(Html.Encode(name)).Append("</th>");
            }

            html.Append("</tr></thead>\n");
        }

        html.Append("<tbody>\n");
        foreach (var row in fields.Skip(1))
        {
            html.Append("<tr>");
            foreach (var value in row)
            {
                html.Append("<td dir=\"auto\">").Append(Html.Encode(value)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }
}
