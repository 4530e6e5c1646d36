using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using QuoteLens.Grouping;

namespace QuoteLens.Views.Formatting;

/// <summary>The MIME types the kit's formatters write.</summary>
public static class KitMimeTypes
{
    /// <summary>HTML.</summary>
    public const string Html = "text/html";

    /// <summary>Plain text.</summary>
    public const string Plain = "text/plain";

    /// <summary>A plotly.js figure (its JSON).</summary>
    public const string Plotly = "application/vnd.plotly.v1+json";
}

/// <summary>
/// One formatter by .NET Interactive's convention: a MIME type, the type it formats and <see cref="Format"/>.
/// Also what the kit's own notebook runner would use; the kernel finds it through <see cref="IO.TypeFormatterSourceAttribute"/>.
/// </summary>
public sealed class KitFormatter
{
    private readonly Func<object, string?> _format;

    internal KitFormatter(Type type, string mimeType, Func<object, string?> format)
    {
        Type = type;
        MimeType = mimeType;
        _format = format;
    }

    /// <summary>The type (and its subtypes) this formatter shows.</summary>
    public Type Type { get; }

    /// <summary>The MIME type it writes.</summary>
    public string MimeType { get; }

    /// <summary>Writes <paramref name="instance"/> in <see cref="MimeType"/>; false when it cannot show it.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is null || !Type.IsInstanceOfType(instance) || _format(instance) is not { } text)
        {
            return false;
        }

        writer.Write(text);
        return true;
    }
}

/// <summary>
/// The formatters of the kit's views: any <see cref="IHtmlView"/> (tables, alignment, diffs, coverage matrix,
/// substitutions, renderings, label matrix) as its own HTML, with its CSV as plain text when it is a table;
/// any <see cref="IPlotlyFigure"/> as plotly JSON plus an HTML fallback that needs no network.
/// </summary>
public sealed class ViewFormatterSource
{
    /// <summary>The formatters, most specific first.</summary>
    public IEnumerable<KitFormatter> CreateTypeFormatters() =>
    [
        new(typeof(IPlotlyFigure), KitMimeTypes.Plotly, v => ((IPlotlyFigure)v).ToPlotlyJson()),
        new(typeof(IPlotlyFigure), KitMimeTypes.Html, v => ChartFallback.Html(((IPlotlyFigure)v).ToPlotlyJson())),
        new(typeof(IPlotlyFigure), KitMimeTypes.Plain, v => ChartFallback.Plain(((IPlotlyFigure)v).ToPlotlyJson())),
        new(typeof(ITabularView), KitMimeTypes.Html, v => ((IHtmlView)v).ToHtml()),
        new(typeof(ITabularView), KitMimeTypes.Plain, v => ((ITabularView)v).ToCsv()),
        new(typeof(IHtmlView), KitMimeTypes.Html, v => ((IHtmlView)v).ToHtml()),
    ];
}

/// <summary>A group shows as the kit's table of its versions.</summary>
public sealed class GroupFormatterSource
{
    /// <summary>The formatters.</summary>
    public IEnumerable<KitFormatter> CreateTypeFormatters() =>
    [
        new(typeof(QuoteGroup), KitMimeTypes.Html, v => GroupTable((QuoteGroup)v).ToHtml()),
        new(typeof(QuoteGroup), KitMimeTypes.Plain, v => GroupTable((QuoteGroup)v).ToCsv()),
    ];

    /// <summary>The versions of <paramref name="group"/> as a table.</summary>
    public static TableView<GroupMemberRow> GroupTable(QuoteGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        int articles = group.Members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count();
        return new(
            group.Members.Select(m => new GroupMemberRow(m.ArticleId, m.Speaker ?? "", m.Cue ?? "", m.Language, m.Kind.ToString(), m.Text)),
            string.Create(CultureInfo.InvariantCulture, $"{group.Id}: {group.Members.Count} versions in {articles} articles"));
    }
}

/// <summary>One version of a group, as the group's table shows it.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Speaker">Who the article says spoke, or empty.</param>
/// <param name="Cue">The attribution cue (said, added ...), or empty.</param>
/// <param name="Language">The quote's language.</param>
/// <param name="Kind">Direct, forced (partial) or scare quote.</param>
/// <param name="Text">The version exactly as the article has it.</param>
public sealed record GroupMemberRow(string Article, string Speaker, string Cue, string Language, string Kind, string Text);

/// <summary>Turns any sequence of rows into the kit's table, so that a notebook shows it as the kit's HTML table.</summary>
public static class TableExtensions
{
    /// <summary>The rows as a <see cref="TableView{TRow}"/> (one column per public property, the same fields as its CSV).</summary>
    public static TableView<TRow> ToTable<TRow>(this IEnumerable<TRow> rows, string? caption = null) => new(rows, caption);
}

/// <summary>What a chart shows where plotly's renderer is missing: drawn by plotly.js when the page has it, else its numbers as tables.</summary>
internal static class ChartFallback
{
    public static string Html(string plotlyJson)
    {
        var figure = JsonNode.Parse(plotlyJson)!;
        string title = figure["layout"]?["title"]?["text"]?.GetValue<string>() ?? "chart";
        string id = "ql-fb-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(plotlyJson)))[..16].ToLowerInvariant();
        var html = new StringBuilder();
        html.Append("<div class=\"ql-figure\" id=\"").Append(id).Append("\"></div>\n");
        html.Append("<details class=\"ql-figure-data\" open><summary>").Append(Views.Html.Encode(title)).Append(": the chart's numbers</summary>\n");
        foreach (var trace in figure["data"]?.AsArray() ?? [])
        {
            html.Append(TraceTable(trace!));
        }

        html.Append("</details>\n");
        // Draws only where plotly.js is already on the page (the runner's --html page inlines it); nothing is loaded from the network.
        html.Append("<script>(function(){var d=document.getElementById(\"").Append(id).Append("\");if(window.Plotly&&d){d.nextElementSibling.open=false;window.Plotly.newPlot(d,")
            .Append(figure.ToJsonString()).Append(");}})();</script>\n");
        return html.ToString();
    }

    public static string Plain(string plotlyJson)
    {
        var figure = JsonNode.Parse(plotlyJson)!;
        string title = figure["layout"]?["title"]?["text"]?.GetValue<string>() ?? "chart";
        return $"plotly figure: {title}";
    }

    private static string TraceTable(JsonNode trace)
    {
        var html = new StringBuilder("<table class=\"ql-table\">");
        if (trace["name"] is { } name)
        {
            html.Append("<caption>").Append(Views.Html.Encode(Text(name))).Append("</caption>");
        }

        var x = trace["x"]?.AsArray().Select(Text).ToList() ?? [];
        var y = trace["y"]?.AsArray().Select(Text).ToList() ?? [];
        if (trace["z"] is JsonArray z)
        {
            html.Append("<thead><tr><th></th>");
            foreach (var column in x)
            {
                html.Append("<th scope=\"col\">").Append(Views.Html.Encode(column)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            for (int r = 0; r < z.Count; r++)
            {
                html.Append("<tr><th scope=\"row\">").Append(Views.Html.Encode(r < y.Count ? y[r] : "")).Append("</th>");
                foreach (var cell in z[r]?.AsArray() ?? [])
                {
                    html.Append("<td>").Append(Views.Html.Encode(Text(cell))).Append("</td>");
                }

                html.Append("</tr>");
            }
        }
        else
        {
            html.Append("<thead><tr><th scope=\"col\">x</th><th scope=\"col\">y</th></tr></thead><tbody>");
            for (int i = 0; i < Math.Max(x.Count, y.Count); i++)
            {
                html.Append("<tr><td>").Append(Views.Html.Encode(i < x.Count ? x[i] : "")).Append("</td><td>")
                    .Append(Views.Html.Encode(i < y.Count ? y[i] : "")).Append("</td></tr>");
            }
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var s) => System.Net.WebUtility.HtmlDecode(s),
        _ => node.ToJsonString(),
    };
}
