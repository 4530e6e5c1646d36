using System.Security.Cryptography;
using System.Text;
using QuoteLens.Views;

namespace QuoteLens.Reports;

/// <summary>
/// Lays the sections out as one page: a Content-Security-Policy that allows exactly the inline scripts
/// of the page (by SHA-256 hash), so no script hidden in an article could ever run and nothing can be
/// fetched; inlined styles and plotly.js; a table of contents; print styles.
/// </summary>
internal static class ReportPage
{
    private static readonly Lazy<string> Styles = new(() => ReadAsset("report.css"));
    private static readonly Lazy<string> Script = new(() => ReadAsset("report.js"));
    private static readonly Lazy<string> PlotlyHash = new(() => Hash(PlotlyScript.Source));

    public static string Render(ReportContext context, IReadOnlyList<IReportSection> sections, IProgress<ReportProgress>? progress = null)
    {
        var title = context.Options.Title ?? "QuoteLens report: " + context.Analysis.Corpus.Name;
        var rendered = sections.Select((s, i) =>
        {
            progress?.Report(new ReportProgress(s.Title, i, sections.Count));
            return (Section: s, Html: s.Render(context));
        }).Where(s => s.Html is not null).ToList();
        progress?.Report(new ReportProgress("Laying out the page", sections.Count, sections.Count));
        var body = new StringBuilder()
            .Append("<a class=\"ql-skip\" href=\"#main\">Skip to the report</a>\n<header class=\"ql-top\">\n<h1>").Append(Html.Encode(title)).Append("</h1>\n")
            .Append(context.Options.Blind
                ? "<p><strong>Blind mode:</strong> the sources are shown as Source A, B, C … in a fixed shuffled order; their names are masked in the article texts too. The key is at the end.</p>\n"
                : "")
            .Append("</header>\n<nav class=\"ql-nav\" aria-label=\"Contents\"><ol>");
        foreach (var (section, _) in rendered)
        {
            body.Append("<li><a href=\"#").Append(Html.Encode(section.Id)).Append("\">").Append(Html.Encode(section.Title)).Append("</a></li>");
        }

        body.Append("</ol></nav>\n<main id=\"main\">\n");
        foreach (var (section, html) in rendered)
        {
            var id = Html.Encode(section.Id);
            body.Append("<section id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n<h2 id=\"").Append(id).Append("-h\">")
                .Append(Html.Encode(section.Title)).Append("</h2>\n").Append(html).Append("</section>\n");
        }

        body.Append("</main>\n<footer><p>Made with QuoteLens. Charts drawn by plotly.js ").Append(PlotlyScript.Version)
            .Append(" (").Append(PlotlyScript.License).Append(" licence, © Plotly, Inc.), included in this file: the report loads nothing from the network.</p></footer>\n")
            .Append("<script>").Append(Script.Value).Append("</script>\n");
        var bodyHtml = body.ToString();

        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy(bodyHtml)).Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Encode(title)).Append("</title>\n<style>\n").Append(Styles.Value).Append("</style>\n")
            .Append("<script>").Append(PlotlyScript.Source).Append("</script>\n</head>\n<body>\n")
            .Append(bodyHtml)
            .Append("</body>\n</html>\n")
            .ToString();
    }

    /// <summary>
    /// The policy: nothing by default; exactly the page's inline scripts (plotly.js and those in the body); inline styles
    /// (plotly sets them); data: images. The body's scripts are found by scanning for the kit's own <c>&lt;script&gt;</c>
    /// tags: every text from an article is HTML-encoded, so no other tag can stand in the body (parsing a report of tens of
    /// megabytes into a DOM only to find them cost seconds and hundreds of megabytes).
    /// </summary>
    private static string Policy(string bodyHtml)
    {
        var scripts = new List<string> { PlotlyHash.Value };
        const string Open = "<script>", Close = "</script>";
        for (int at = bodyHtml.IndexOf(Open, StringComparison.Ordinal); at >= 0; at = bodyHtml.IndexOf(Open, at, StringComparison.Ordinal))
        {
            int start = at + Open.Length;
            int end = bodyHtml.IndexOf(Close, start, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            scripts.Add(Hash(bodyHtml[start..end]));
            at = end + Close.Length;
        }

        var hashes = scripts.Distinct(StringComparer.Ordinal).Select(h => $"'sha256-{h}'");
        return $"default-src 'none'; script-src {string.Join(' ', hashes)}; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";
    }

    private static string Hash(string script) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

    private static string ReadAsset(string name)
    {
        using var stream = typeof(ReportPage).Assembly.GetManifestResourceStream("QuoteLens.Reports." + name)
            ?? throw new InvalidOperationException($"The report asset {name} is missing from the library's resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
