namespace QuoteLens.Reports;

/// <summary>
/// One section of the HTML report. A section renders an HTML fragment (every text from an article
/// HTML-encoded); the report adds the heading, the anchor and the table-of-contents entry. Register a
/// new section with one line in <see cref="ReportSections.Default"/>.
/// </summary>
public interface IReportSection
{
    /// <summary>The section's HTML id (letters, digits and '-'), also its link target in the contents.</summary>
    string Id { get; }

    /// <summary>The section's heading.</summary>
    string Title { get; }

    /// <summary>The section's content, or null to leave the section out of this report.</summary>
    string? Render(ReportContext context);
}
