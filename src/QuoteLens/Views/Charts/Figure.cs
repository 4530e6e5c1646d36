using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteLens.Views.Charts;

/// <summary>
/// A plotly.js figure: traces, layout and config, written as the JSON plotly.js (and Plotly.NET)
/// use, with a fixed property order and invariant numbers so that the same figure always gives the
/// same bytes. Labels that come from articles should be passed through <see cref="Label"/>.
/// </summary>
/// <param name="Data">The traces, drawn in order.</param>
/// <param name="Layout">Titles, axes, sizes.</param>
/// <param name="Config">Interaction settings; <see cref="Config.Offline"/> when null.</param>
[QuoteLens.IO.TypeFormatterSource(typeof(QuoteLens.Views.Formatting.ViewFormatterSource), PreferredMimeTypes = [QuoteLens.Views.Formatting.KitMimeTypes.Plotly, QuoteLens.Views.Formatting.KitMimeTypes.Html, QuoteLens.Views.Formatting.KitMimeTypes.Plain])]
public sealed record Figure(
    [property: JsonPropertyName("data")] IReadOnlyList<Trace> Data,
    [property: JsonPropertyName("layout")] Layout Layout,
    [property: JsonPropertyName("config")] Config? Config = null) : IPlotlyFigure
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The default encoder escapes < > & ' + and non-ASCII, so the JSON can stand inside a <script>.
        WriteIndented = false,
    };

    /// <summary>The figure as plotly.js JSON: <c>{"data":[...],"layout":{...},"config":{...}}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this with { Config = Config ?? Config.Offline }, Options);

    /// <summary>The same JSON as <see cref="ToJson"/>: the <c>application/vnd.plotly.v1+json</c> form notebooks display.</summary>
    public string ToPlotlyJson() => ToJson();

    /// <summary>
    /// An HTML fragment: a <c>div</c> and a script drawing the figure into it with <c>Plotly.newPlot</c>
    /// (plotly.js must be loaded on the page, e.g. from <see cref="Reports.PlotlyScript"/>). The div's id is
    /// derived from the JSON, so it is stable.
    /// </summary>
    public string ToHtml()
    {
        var json = ToJson();
        var id = "ql-fig-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16].ToLowerInvariant();
        var label = WebUtility.HtmlEncode(Layout.Title?.Text ?? "chart");
        return $"<div class=\"ql-figure\" id=\"{id}\" aria-label=\"{label}\"></div>\n<script>Plotly.newPlot(\"{id}\",{json});</script>\n";
    }

    /// <summary>
    /// Makes text from an article safe as a plotly label: plotly reads a few HTML tags (&lt;a&gt;, &lt;b&gt;, &lt;br&gt;)
    /// in labels, so the text is HTML-encoded (plotly decodes entities and shows the text as written).
    /// </summary>
    public static string Label(string text) => WebUtility.HtmlEncode(text);
}
