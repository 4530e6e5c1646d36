using QuoteLens.Comparison.Framing;

namespace QuoteLens.Tests.Framing;

/// <summary>The sample corpus taken through the framing analysis once, with every example kept.</summary>
public sealed class FramingFixture
{
    public FramingFixture()
    {
        Analysis = Analysis.Run(TestPaths.Data("belgorod-2024-03"));
        Report = Analysis.Framing(FramingLexicon.Load(TestPaths.Data("lexicons")), new FramingOptions(MaxExamples: 1000));
    }

    public Analysis Analysis { get; }

    public FramingReport Report { get; }

    /// <summary>The outlet name of the sample article whose file starts with <paramref name="prefix"/> ("000").</summary>
    public string Outlet(string prefix) => Analysis.Corpus.Articles.Single(a => a.Id.StartsWith(prefix, StringComparison.Ordinal)).DisplayName;
}
