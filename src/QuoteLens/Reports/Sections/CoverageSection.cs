using System.Globalization;
using System.Text;
using QuoteLens.Views;

namespace QuoteLens.Reports.Sections;

/// <summary>
/// Which source carries which quote. With few sources, the coverage matrix: widely shared quotes first, exclusives
/// after. With many (more than <see cref="MatrixUpTo"/>), a matrix would be thousands of columns wide, so the section
/// summarises instead: the most widely carried statements with their articles, sources, wordings and first publisher,
/// and the sources with the most exclusives.
/// </summary>
public sealed class CoverageSection : IReportSection
{
    /// <summary>Up to this many articles the section shows the full matrix.</summary>
    public const int MatrixUpTo = 40;

    /// <summary>How many sources the exclusives summary names.</summary>
    public const int ExclusiveSources = 20;

    /// <inheritdoc/>
    public string Id => "coverage";

    /// <inheritdoc/>
    public string Title => "Who carries which quote";

    /// <inheritdoc/>
    public string? Render(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = context.Analysis;
        if (analysis.Corpus.Articles.Count <= MatrixUpTo)
        {
            return "<p>● marks a source that carries the quote. Quotes carried by most sources come first; quotes only one source carries follow, by source.</p>\n"
                + new CoverageMatrix(analysis.Groups, context.Labels).ToHtml();
        }

        var ranked = SharedQuotesSection.Ranked(analysis);
        int top = Math.Min(ranked.Count, Math.Max(context.Options.Top, 10));
        var exclusives = analysis.Groups.Where(g => !g.IsShared).ToList();
        var html = new StringBuilder("<p>")
            .Append(Html.Encode($"{Count(analysis.Corpus.Articles.Count, "article")}: {Count(ranked.Count, "quote")} carried by more than one article, {Count(exclusives.Count, "quote")} carried by one only. "))
            .Append(Html.Encode($"The {top.ToString(CultureInfo.InvariantCulture)} most widely carried:"))
            .Append("</p>\n")
            .Append(Html.Scrollable("The most widely carried quotes", new TableView<StatementRow>(ranked.Take(top).Select(g => SharedQuotesSection.Row(context, g)), "The most widely carried quotes").ToHtml()));
        var bySource = exclusives.GroupBy(g => context.Labels[g.Members[0].ArticleId], StringComparer.Ordinal)
            .Select(g => new ExclusiveRow(g.Key, g.Count(), Html.Shorten(g.OrderBy(x => x.Id, StringComparer.Ordinal).First().Text, 90)))
            .OrderByDescending(r => r.Exclusives).ThenBy(r => r.Source, StringComparer.Ordinal)
            .ToList();
        if (bySource.Count > 0)
        {
            html.Append("<h3 id=\"coverage-exclusives\">Quotes only one source carries</h3>\n<p class=\"ql-note\">")
                .Append(Html.Encode($"{Count(bySource.Count, "source")} carry quotes no other article has; the {Math.Min(ExclusiveSources, bySource.Count).ToString(CultureInfo.InvariantCulture)} with the most:"))
                .Append("</p>\n")
                .Append(new TableView<ExclusiveRow>(bySource.Take(ExclusiveSources), "Sources with the most exclusive quotes").ToHtml());
        }

        return html.ToString();
    }

    private static string Count(int n, string noun) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}

/// <summary>A source and its exclusive quotes.</summary>
/// <param name="Source">The source.</param>
/// <param name="Exclusives">How many quotes only it carries.</param>
/// <param name="Example">One of them, shortened.</param>
public sealed record ExclusiveRow(string Source, int Exclusives, string Example);
