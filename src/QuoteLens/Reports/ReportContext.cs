using QuoteLens.Corpus;
using QuoteLens.Views;

namespace QuoteLens.Reports;

/// <summary>Everything a report section may draw on.</summary>
/// <param name="Analysis">The analysis to report (in blind mode, of the masked corpus: sources are "Source A" ... there).</param>
/// <param name="Labels">The name of each source.</param>
/// <param name="Options">How the report was asked for.</param>
/// <param name="Key">In blind mode, which source is which; empty otherwise.</param>
public sealed record ReportContext(Analysis Analysis, SourceLabels Labels, ReportOptions Options, IReadOnlyList<SourceKey> Key)
{
    /// <summary>Which articles the appendix shows.</summary>
    public ReportAppendix Appendix => Options.AppendixFor(Analysis.Corpus.Articles.Count);

    /// <summary>True when versions link to their passages in the appendix.</summary>
    public bool LinkPassages => Appendix != ReportAppendix.None;
}

/// <summary>Which articles the report's appendix shows, with their quotes highlighted.</summary>
public enum ReportAppendix
{
    /// <summary>No appendix: versions are not linked to passages.</summary>
    None,

    /// <summary>The articles whose passages the report links to: the first carrier of each wording shown and each statement's first publisher.</summary>
    Shared,

    /// <summary>Every article.</summary>
    All,
}

/// <summary>How to build a report.</summary>
/// <param name="Blind">Hide the sources as "Source A, B, C ..." (in an order reproducible from the corpus) until the reveal key at the end.</param>
/// <param name="Title">The report's title; "QuoteLens report: CORPUS" when null.</param>
/// <param name="Top">How many of the most widely carried statements are shown in full (wordings, timeline, lineage, alignment, diffs); the others are listed.</param>
/// <param name="Appendix">Which articles the appendix shows; null chooses: every article up to <see cref="AllArticlesUpTo"/> articles, else <see cref="ReportAppendix.Shared"/>.</param>
/// <param name="Lexicon">The framing lexicon of the framing section; the bundled data/lexicons when null.</param>
public sealed record ReportOptions(bool Blind = false, string? Title = null, int Top = ReportOptions.DefaultTop, ReportAppendix? Appendix = null, Comparison.Framing.FramingLexicon? Lexicon = null)
{
    /// <summary>The default of <see cref="Top"/>.</summary>
    public const int DefaultTop = 25;

    /// <summary>Up to this many articles the appendix shows every article by default.</summary>
    public const int AllArticlesUpTo = 100;

    /// <summary>The appendix used for a corpus of <paramref name="articles"/> articles.</summary>
    public ReportAppendix AppendixFor(int articles) => Appendix ?? (articles <= AllArticlesUpTo ? ReportAppendix.All : ReportAppendix.Shared);
}

/// <summary>How far the building of a report has got.</summary>
/// <param name="Stage">What is being done ("Shared quotes, version by version").</param>
/// <param name="Done">Steps done.</param>
/// <param name="Total">Steps in all.</param>
public sealed record ReportProgress(string Stage, int Done, int Total);

/// <summary>One line of a blind report's reveal key.</summary>
/// <param name="Label">The name the report uses ("Source B").</param>
/// <param name="Article">The article behind it, with its real outlet, file, address and title.</param>
public sealed record SourceKey(string Label, Article Article);
