using QuoteLens.Corpus;
using QuoteLens.Views;

namespace QuoteLens.Reports;

/// <summary>Everything a report section may draw on.</summary>
/// <param name="Analysis">The analysis to report (in blind mode, of the masked corpus: sources are "Source A" ... there).</param>
/// <param name="Labels">The name of each source.</param>
/// <param name="Options">How the report was asked for.</param>
/// <param name="Key">In blind mode, which source is which; empty otherwise.</param>
public sealed record ReportContext(Analysis Analysis, SourceLabels Labels, ReportOptions Options, IReadOnlyList<SourceKey> Key);

/// <summary>How to build a report.</summary>
/// <param name="Blind">Hide the sources as "Source A, B, C ..." (in an order reproducible from the corpus) until the reveal key at the end.</param>
/// <param name="Title">The report's title; "QuoteLens report: CORPUS" when null.</param>
/// <param name="Lexicon">The framing lexicon of the framing section; the bundled data/lexicons when null.</param>
public sealed record ReportOptions(bool Blind = false, string? Title = null, Comparison.Framing.FramingLexicon? Lexicon = null);

/// <summary>One line of a blind report's reveal key.</summary>
/// <param name="Label">The name the report uses ("Source B").</param>
/// <param name="Article">The article behind it, with its real outlet, file, address and title.</param>
public sealed record SourceKey(string Label, Article Article);
