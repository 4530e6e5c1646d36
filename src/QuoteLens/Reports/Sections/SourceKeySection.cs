using System.Globalization;
using System.Text;
using QuoteLens.Views;

namespace QuoteLens.Reports.Sections;

/// <summary>The reveal key of a blind report, inside a closed &lt;details&gt;: which "Source X" is which article. Left out when the report is not blind.</summary>
public sealed class SourceKeySection : IReportSection
{
    /// <inheritdoc/>
    public string Id => "key";

    /// <inheritdoc/>
    public string Title => "Reveal key";

    /// <inheritdoc/>
    public string? Render(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Options.Blind || context.Key.Count == 0)
        {
            return null;
        }

        var rows = context.Key.Select(k => new KeyRow(
            k.Label,
            k.Article.Outlet ?? "",
            k.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            k.Article.File,
            k.Article.Url ?? "",
            k.Article.Title ?? ""));
        return new StringBuilder("<p>Discuss the differences first; then open the key.</p>\n<details class=\"ql-key\">\n<summary>Reveal which source is which</summary>\n")
            .Append(new TableView<KeyRow>(rows, "Which source is which").ToHtml())
            .Append("</details>\n")
            .ToString();
    }

    /// <summary>A row of the reveal key.</summary>
    /// <param name="Source">The name used in the report.</param>
    /// <param name="Outlet">The real outlet, when known.</param>
    /// <param name="Date">Publication date, when known.</param>
    /// <param name="File">The file in the corpus folder.</param>
    /// <param name="Url">The source address, when known.</param>
    /// <param name="Title">The headline, when known.</param>
    internal sealed record KeyRow(string Source, string Outlet, string Date, string File, string Url, string Title);
}
