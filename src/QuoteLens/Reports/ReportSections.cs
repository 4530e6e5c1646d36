using QuoteLens.Reports.Sections;

namespace QuoteLens.Reports;

/// <summary>The sections of the standard report, in order. To add a section, add one line here.</summary>
public static class ReportSections
{
    /// <summary>A new list of the standard sections.</summary>
    public static IReadOnlyList<IReportSection> Default() =>
    [
        new SourcesSection(),
        new CoverageSection(),
        new SharedQuotesSection(),
        new FramingSection(),
        new ChartsSection(),
        new RenderingsSection(),
        new ArticlesSection(),
        new SourceKeySection(),
    ];
}
