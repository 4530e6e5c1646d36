using System.Security.Cryptography;
using System.Text;
using Markdig;
using QuoteLens.IO;
using QuoteLens.Reports;
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
        "document.querySelectorAll('.ql-figure[data-figure]').forEach(function (div) {\n" +
        "  var figure = JSON.parse(document.getElementById(div.dataset.figure).textContent);\n" +
        "  Plotly.newPlot(div, figure.data || [], figure.layout || {}, figure.config || { responsive: true, displaylogo: false });\n" +
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
        .ql-figure { min-height: 300px; }
        .ql-sr { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; }
        .ql-scroll { overflow-x: auto; max-width: 100%; }
        .ql-align td, .ql-align th { white-space: nowrap; }
        .ql-varied { background: #fff1c1; border: 2px solid #7a4f00; }
        .ql-gap { color: #4a4a4a; text-align: center; }
        .ql-yes { background: #dbe7f3; text-align: center; }
        ins { background: #d9f2dd; color: #0b4d1a; text-decoration-thickness: 2px; }
        del { background: #fbe0e0; color: #7d1111; text-decoration-thickness: 2px; }
        ins .ql-sign, del .ql-sign { font-weight: 700; display: inline-block; }
        @media print {
          main { max-width: none; padding: 0; }
          .cell, .ql-figure, table { break-inside: avoid; }
          pre { white-space: pre-wrap; }
        }
        """;

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    /// <summary>Writes the page for <paramref name="notebook"/> to <paramref name="path"/> atomically.</summary>
    public static void Save(NotebookDocument notebook, string path, bool hideCode) =>
        AtomicFile.WriteAllText(path, Render(notebook, hideCode));

    /// <summary>The page for <paramref name="notebook"/>; plotly.js is inlined once when the notebook has charts.</summary>
    public static string Render(NotebookDocument notebook, bool hideCode)
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
                        body.Append(Output(output, ref figures));
                    }

                    body.Append("</div></section>\n");
                    break;
            }
        }

        string[] scripts = figures > 0 ? [PlotlyScript.Source, DrawCharts] : [];
        return Page(notebook.Name, body.ToString(), scripts);
    }

    private static string Output(CellOutput output, ref int figures)
    {
        switch (output)
        {
            case StreamOutput stream:
                return $"<pre class=\"{HtmlEncode(stream.Name)}\">{HtmlEncode(stream.Text)}</pre>";
            case ErrorOutput error:
                return $"<div class=\"error\"><strong>{HtmlEncode(error.Name)}</strong>: {HtmlEncode(error.Value)}<br>{HtmlEncode(string.Join("\n", error.Traceback))}</div>";
            case DisplayOutput display when display.Data.TryGetValue(MimeTypes.Plotly, out var figure):
                string id = $"figure-{++figures}";
                return $"<div class=\"ql-figure\" data-figure=\"{id}\"></div><script type=\"application/json\" id=\"{id}\">{ScriptSafe(figure)}</script>";
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
