using System.Security.Cryptography;
using System.Text;
using Markdig;
using static System.Net.WebUtility;

namespace QuoteLens.Notebooks;

/// <summary>
/// Renders an executed notebook as one self-contained HTML page: markdown rendered, code shown (or
/// hidden), outputs shown, plotly figures drawn with plotly.js inlined once. A Content-Security-Policy
/// lets only the page's own scripts run and blocks every external load; all notebook text is encoded.
/// </summary>
public static class NotebookHtml
{
    private const string DrawCharts =
        "document.querySelectorAll('.plotly-chart').forEach(function (div) {\n" +
        "  var figure = JSON.parse(document.getElementById(div.dataset.figure).textContent);\n" +
        "  Plotly.newPlot(div, figure.data || [], figure.layout || {}, { responsive: true, displaylogo: false });\n" +
        "});";

    private const string Style = """
        body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #1b1b1b; background: #fff; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        .cell { margin: 1rem 0; }
        pre { background: #f6f8fa; border: 1px solid #e1e4e8; border-radius: 4px; padding: .6rem .8rem; overflow-x: auto; white-space: pre-wrap; }
        pre.source { border-left: 4px solid #6a737d; }
        pre.stderr { background: #fff5e6; }
        .error { background: #ffeef0; border: 1px solid #d73a49; border-radius: 4px; padding: .6rem .8rem; }
        .outputs > * { margin: .5rem 0; }
        table { border-collapse: collapse; font-size: .9rem; }
        th, td { border: 1px solid #d0d7de; padding: .2rem .5rem; vertical-align: top; text-align: left; }
        .plotly-chart { min-height: 420px; }
        @media print {
          main { max-width: none; padding: 0; }
          .cell, .plotly-chart, table { break-inside: avoid; }
          pre { white-space: pre-wrap; }
        }
        """;

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    /// <summary>Writes the page for <paramref name="notebook"/> to <paramref name="path"/> atomically.</summary>
    public static void Save(NotebookDocument notebook, string path, bool hideCode) =>
        AtomicFile.WriteAllText(path, Render(notebook, hideCode, PlotlyScriptSource()));

    /// <summary>
    /// The page for <paramref name="notebook"/>. <paramref name="plotlyScript"/> is the plotly.js source
    /// to inline when the notebook has charts; without it charts show their HTML fallback.
    /// </summary>
    public static string Render(NotebookDocument notebook, bool hideCode, string? plotlyScript)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var body = new StringBuilder();
        int figures = 0;
        foreach (var cell in notebook.Cells)
        {
            switch (cell.Kind)
            {
                case CellKind.Markdown:
                    body.Append("<section class=\"cell markdown\">").Append(Markdig.Markdown.ToHtml(cell.Source, Markdown)).Append("</section>\n");
                    break;
                case CellKind.Raw:
                    body.Append("<section class=\"cell raw\"><pre>").Append(HtmlEncode(cell.Source)).Append("</pre></section>\n");
                    break;
                default:
                    body.Append("<section class=\"cell code\">");
                    if (!hideCode)
                    {
                        body.Append("<pre class=\"source\"><code>").Append(HtmlEncode(cell.Source)).Append("</code></pre>");
                    }

                    body.Append("<div class=\"outputs\">");
                    foreach (var output in cell.Outputs)
                    {
                        body.Append(Output(output, plotlyScript is not null, ref figures));
                    }

                    body.Append("</div></section>\n");
                    break;
            }
        }

        string[] scripts = figures > 0 && plotlyScript is not null ? [plotlyScript, DrawCharts] : [];
        return Page(notebook.Name, body.ToString(), scripts);
    }

    private static string Output(CellOutput output, bool drawCharts, ref int figures)
    {
        switch (output)
        {
            case StreamOutput stream:
                return $"<pre class=\"{HtmlEncode(stream.Name)}\">{HtmlEncode(stream.Text)}</pre>";
            case ErrorOutput error:
                return $"<div class=\"error\"><strong>{HtmlEncode(error.Name)}</strong>: {HtmlEncode(error.Value)}<br>{HtmlEncode(string.Join("\n", error.Traceback))}</div>";
            case DisplayOutput display when drawCharts && display.Data.TryGetValue(MimeTypes.Plotly, out var figure):
                string id = $"figure-{++figures}";
                return $"<div class=\"plotly-chart\" data-figure=\"{id}\"></div><script type=\"application/json\" id=\"{id}\">{ScriptSafe(figure)}</script>";
            case DisplayOutput display when display.Data.TryGetValue(MimeTypes.Html, out var html):
                return $"<div class=\"html-output\">{html}</div>";
            case DisplayOutput display when display.Data.TryGetValue(MimeTypes.Markdown, out var markdown):
                return $"<div class=\"markdown-output\">{Markdig.Markdown.ToHtml(markdown, Markdown)}</div>";
            case DisplayOutput display when display.Data.TryGetValue(MimeTypes.Plain, out var text):
                return $"<pre class=\"text-output\">{HtmlEncode(text)}</pre>";
            default:
                return "";
        }
    }

    /// <summary>The plotly.js the report stage embeds (QuoteLens.Reports.PlotlyScript.Source), or null while the library lacks it.</summary>
    private static string? PlotlyScriptSource()
    {
        var type = typeof(Analysis).Assembly.GetType("QuoteLens.Reports.PlotlyScript");
        return (type?.GetProperty("Source")?.GetValue(null) ?? type?.GetField("Source")?.GetValue(null)) as string;
    }

    /// <summary>JSON that cannot end the script element it sits in ('&lt;' occurs only inside JSON strings, where \u003C means the same).</summary>
    private static string ScriptSafe(string json) => json.Replace("<", "\\u003C", StringComparison.Ordinal);

    private static string Page(string title, string body, IReadOnlyList<string> scripts)
    {
        string hashes = string.Concat(scripts.Select(s => $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))}'"));
        string policy = $"default-src 'none'; script-src{(scripts.Count == 0 ? " 'none'" : hashes)}; style-src 'unsafe-inline'; img-src data:; font-src data:";
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(policy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlEncode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append(body)
            .Append("</main>\n");
        foreach (string script in scripts)
        {
            page.Append("<script>").Append(script).Append("</script>\n");
        }

        return page.Append("</body>\n</html>\n").ToString();
    }
}
