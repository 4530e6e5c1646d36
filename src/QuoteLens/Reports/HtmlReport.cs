using QuoteLens.IO;

namespace QuoteLens.Reports;

/// <summary>A rendered report: one self-contained HTML page (styles, scripts and plotly.js inlined; no network use).</summary>
/// <param name="html">The page.</param>
public sealed class HtmlReport(string html)
{
    /// <summary>The whole page.</summary>
    public string ToHtml() => html;

    /// <summary>Writes the page as UTF-8 to <paramref name="path"/> atomically (a temporary file beside it, then a rename).</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, html);
}
