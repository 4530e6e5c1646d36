using System.Globalization;
using System.Text;
using QuoteLens.Corpus;
using QuoteLens.Views;

namespace QuoteLens.Reports.Sections;

/// <summary>
/// The report's first section: the corpus, every article (source, date, language, file and a short
/// content hash, so a reader can check it), the counts of quotes and shared groups, and every file
/// skipped or warned about while loading. In blind mode the file column is left out.
/// </summary>
public sealed class SourcesSection : IReportSection
{
    /// <summary>Past this many articles the table of articles is folded (a closed details element; printing opens it).</summary>
    public const int CollapseOver = 50;

    /// <inheritdoc/>
    public string Id => "sources";

    /// <inheritdoc/>
    public string Title => "Sources";

    /// <inheritdoc/>
    public string? Render(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = context.Analysis;
        var corpus = analysis.Corpus;
        var html = new StringBuilder()
            .Append("<p>Corpus <strong>").Append(Html.Encode(corpus.Name)).Append("</strong>: ")
            .Append(Count(corpus.Articles.Count, "article")).Append(", ")
            .Append(Count(analysis.Quotes.Count, "quote")).Append(", ")
            .Append(Count(analysis.SharedGroups.Count(), "quote")).Append(" carried by more than one source.</p>\n");
        var articles = corpus.Articles;
        var table = context.Options.Blind
            ? new TableView<BlindSourceRow>(articles.Select(a => new BlindSourceRow(context.Labels[a.Id], Date(a), a.Language, ShortHash(a))), "The articles (names hidden: see the key at the end)").ToHtml()
            : new TableView<SourceRow>(articles.Select(a => new SourceRow(context.Labels[a.Id], Date(a), a.Language, a.File, ShortHash(a))), "The articles").ToHtml();
        int undated = articles.Count(a => a.Published is null);
        if (undated > 0)
        {
            html.Append("<p class=\"ql-note\">").Append(Count(undated, "article")).Append(" without a publication date: they are left out of every timeline, never guessed.</p>\n");
        }

        html.Append(articles.Count <= CollapseOver
            ? table
            : "<details class=\"ql-more\">\n<summary>" + Html.Encode($"All {Count(articles.Count, "article")}: source, date, language, file and hash") + "</summary>\n" + table + "</details>\n");
        if (corpus.Issues.Count > 0)
        {
            html.Append("<h3>Problems while reading the corpus</h3>\n<ul class=\"ql-issues\">\n");
            foreach (var issue in corpus.Issues)
            {
                html.Append("<li class=\"").Append(issue.Severity == IssueSeverity.Skipped ? "ql-skipped" : "ql-warning").Append("\">")
                    .Append(Html.Encode(issue.ToString())).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.ToString();
    }

    private static string Count(int n, string noun) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static string Date(Article article) => article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";

    private static string ShortHash(Article article) => article.ContentHash.Length > 12 ? article.ContentHash[..12] : article.ContentHash;

    /// <summary>A row of the sources table.</summary>
    /// <param name="Source">The outlet (or file).</param>
    /// <param name="Date">Publication date, "unknown" when not known.</param>
    /// <param name="Language">Language code.</param>
    /// <param name="File">File in the corpus folder.</param>
    /// <param name="Sha256">The first 12 hex digits of the SHA-256 of the file's bytes.</param>
    internal sealed record SourceRow(string Source, string Date, string Language, string File, string Sha256);

    /// <summary>A row of the sources table of a blind report: no file name.</summary>
    /// <param name="Source">"Source A" ...</param>
    /// <param name="Date">Publication date, "unknown" when not known.</param>
    /// <param name="Language">Language code.</param>
    /// <param name="Sha256">The first 12 hex digits of the SHA-256 of the file's bytes.</param>
    internal sealed record BlindSourceRow(string Source, string Date, string Language, string Sha256);
}
