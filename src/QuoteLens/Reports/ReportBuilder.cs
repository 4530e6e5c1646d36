using QuoteLens.Corpus;
using QuoteLens.Views;

namespace QuoteLens.Reports;

/// <summary>
/// Builds the self-contained HTML report of a corpus from its sections.
/// </summary>
/// <example>
/// <code>
/// var report = ReportBuilder.For(CorpusLoader.Load("data/belgorod-2024-03"), new ReportOptions(Blind: true)).Build();
/// report.Save("out/report.html");
/// </code>
/// </example>
public sealed class ReportBuilder
{
    private readonly List<IReportSection> _sections = [.. ReportSections.Default()];
    private readonly ReportContext _context;

    private ReportBuilder(ReportContext context) => _context = context;

    /// <summary>The sections, in order (the standard ones plus any added).</summary>
    public IReadOnlyList<IReportSection> Sections => _sections;

    /// <summary>A builder for <paramref name="corpus"/>; in blind mode the corpus is masked before it is analysed.</summary>
    public static ReportBuilder For(ArticleCorpus corpus, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= new ReportOptions();
        if (!options.Blind)
        {
            return For(Analysis.Run(corpus), options);
        }

        var (masked, key) = BlindCorpus.Mask(corpus);
        var analysis = Analysis.Run(masked);
        return new ReportBuilder(new ReportContext(analysis, SourceLabels.For(masked), options, key));
    }

    /// <summary>A builder for an existing analysis; in blind mode its corpus is masked and analysed again.</summary>
    public static ReportBuilder For(Analysis analysis, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= new ReportOptions();
        return options.Blind
            ? For(analysis.Corpus, options)
            : new ReportBuilder(new ReportContext(analysis, SourceLabels.For(analysis.Corpus), options, []));
    }

    /// <summary>Adds <paramref name="section"/> before the appendix of articles (or at the end when there is none).</summary>
    public ReportBuilder Add(IReportSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        int appendix = _sections.FindIndex(s => s is Sections.ArticlesSection);
        _sections.Insert(appendix < 0 ? _sections.Count : appendix, section);
        return this;
    }

    /// <summary>Renders every section into one HTML page.</summary>
    public HtmlReport Build() => Build(null);

    /// <summary>Renders every section into one HTML page, reporting each section as it starts to <paramref name="progress"/>.</summary>
    public HtmlReport Build(IProgress<ReportProgress>? progress) => new(ReportPage.Render(_context, _sections, progress));
}
