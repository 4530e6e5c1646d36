using QuoteLens.Views;

namespace QuoteLens.Reports.Sections;

/// <summary>Which source carries which quote: the coverage matrix, widely shared quotes first, exclusives after.</summary>
public sealed class CoverageSection : IReportSection
{
    /// <inheritdoc/>
    public string Id => "coverage";

    /// <inheritdoc/>
    public string Title => "Who carries which quote";

    /// <inheritdoc/>
    public string? Render(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return "<p>● marks a source that carries the quote. Quotes carried by most sources come first; quotes only one source carries follow, by source.</p>\n"
            + new CoverageMatrix(context.Analysis.Groups, context.Labels).ToHtml();
    }
}
