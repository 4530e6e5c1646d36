using QuoteLens.Views;
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using static System.Net.WebUtility;

namespace QuoteLens.Notebooks;

/// <summary>
/// Turns a value into the MIME bundle a notebook shows, following the kernel's habits: strings as
/// text; an <see cref="IHtmlView"/> as HTML; an <see cref="IPlotlyFigure"/> as a plotly figure
/// with an HTML fallback; anything else as an HTML table of its public properties or items.
/// </summary>
internal static class DisplayFormatter
{
    /// <summary>How many items of a sequence a table shows.</summary>
    public const int MaxRows = 100;

    public static SortedDictionary<string, string> Format(object? value)
    {
        var bundle = new SortedDictionary<string, string>(StringComparer.Ordinal);
        switch (value)
        {
            case null:
                bundle[MimeTypes.Plain] = "<null>";
                break;
            case string text:
                bundle[MimeTypes.Plain] = text;
                break;
            case HtmlContent html:
                bundle[MimeTypes.Html] = html.ToHtml();
                break;
            default:
                string? plotly = (value as IPlotlyFigure)?.ToPlotlyJson();
                string? ownHtml = (value as IHtmlView)?.ToHtml();
                if (plotly is not null)
                {
                    bundle[MimeTypes.Plotly] = JsonNode.Parse(plotly)!.ToJsonString();
                    bundle[MimeTypes.Html] = ownHtml ?? PlotlyFallback();
                }
                else if (ownHtml is not null || value is IEnumerable || Columns(value.GetType()).Count > 0)
                {
                    bundle[MimeTypes.Html] = ownHtml ?? Table(value);
                }

                bundle[MimeTypes.Plain] = PlainText(value);
                break;
        }

        return bundle;
    }

    /// <summary>The value as one line of text, in the invariant culture.</summary>
    public static string PlainText(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Take(10).Select(PlainText)) + (items.Cast<object?>().Skip(10).Any() ? ", ..." : "") + "]",
        _ => value.ToString() ?? "",
    };

    internal static string PlotlyFallback() =>
        "<p class=\"plotly-fallback\">A plotly chart: open the notebook where plotly figures are drawn, or run <code>quotelens notebook run --html</code>.</p>";

    private static string Table(object value)
    {
        var html = new StringBuilder("<table>");
        if (value is IEnumerable items)
        {
            var rows = items.Cast<object?>().Take(MaxRows + 1).ToList();
            var columns = Columns(rows.FirstOrDefault(r => r is not null)?.GetType());
            html.Append("<thead><tr><th><i>index</i></th>");
            foreach (var column in columns)
            {
                html.Append("<th>").Append(HtmlEncode(column.Name)).Append("</th>");
            }

            html.Append(columns.Count == 0 ? "<th><i>value</i></th>" : "").Append("</tr></thead><tbody>");
            foreach (var (row, index) in rows.Take(MaxRows).Select((r, i) => (r, i)))
            {
                html.Append("<tr><td>").Append(index.ToString(CultureInfo.InvariantCulture)).Append("</td>");
                foreach (var cell in columns.Count == 0 ? [PlainText(row)] : columns.Select(c => Read(c, row)))
                {
                    html.Append("<td>").Append(HtmlEncode(cell)).Append("</td>");
                }

                html.Append("</tr>");
            }

            html.Append(rows.Count > MaxRows ? $"<tr><td colspan=\"{columns.Count + 1}\">(more items not shown)</td></tr>" : "").Append("</tbody>");
        }
        else
        {
            html.Append("<tbody>");
            foreach (var property in Columns(value.GetType()))
            {
                html.Append("<tr><th>").Append(HtmlEncode(property.Name)).Append("</th><td>").Append(HtmlEncode(Read(property, value))).Append("</td></tr>");
            }

            html.Append("</tbody>");
        }

        return html.Append("</table>").ToString();
    }

    /// <summary>The public readable properties of <paramref name="type"/> in declaration order; none for scalars.</summary>
    private static List<PropertyInfo> Columns(Type? type) =>
        type is null || type.IsPrimitive || type.IsEnum || type == typeof(string) || typeof(IFormattable).IsAssignableFrom(type)
            ? []
            : [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                .OrderBy(p => p.MetadataToken)];

    private static string Read(PropertyInfo property, object? owner)
    {
        if (owner is null)
        {
            return "";
        }

        try
        {
            return PlainText(property.GetValue(owner));
        }
        catch (TargetInvocationException e)
        {
            return $"({e.InnerException?.GetType().Name ?? e.GetType().Name})";
        }
    }
}
