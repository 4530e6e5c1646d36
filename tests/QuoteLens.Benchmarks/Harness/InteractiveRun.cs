using System.Diagnostics;
using QuoteLens.Views;
using QuoteLens.Views.Charts;

namespace QuoteLens.Benchmarks.Harness;

/// <summary>Cell re-run cost of a notebook: the sample corpus analysed and every view of it built, first run and warm runs.</summary>
/// <param name="First">The first run (cold: JIT, file cache).</param>
/// <param name="WarmMedian">The median of the warm runs.</param>
/// <param name="WarmRuns">How many warm runs.</param>
public sealed record InteractiveResult(TimeSpan First, TimeSpan WarmMedian, int WarmRuns);

/// <summary>Times what a notebook cell does on data/belgorod-2024-03: <see cref="Analysis.Run(string)"/> and the views of every shared group.</summary>
public static class InteractiveRun
{
    /// <summary>Runs once cold and <paramref name="warmRuns"/> times warm.</summary>
    public static InteractiveResult Measure(int warmRuns = 7)
    {
        var corpus = Path.Combine(RepoPaths.Data, "belgorod-2024-03");
        var first = Time(corpus);
        var warm = Enumerable.Range(0, warmRuns).Select(_ => Time(corpus)).Order().ToList();
        return new InteractiveResult(first, warm[warm.Count / 2], warmRuns);
    }

    private static TimeSpan Time(string corpus)
    {
        var watch = Stopwatch.StartNew();
        var analysis = Analysis.Run(corpus);
        var labels = SourceLabels.For(analysis.Corpus);
        int size = new CoverageMatrix(analysis.Groups, labels).ToHtml().Length;
        foreach (var group in analysis.SharedGroups)
        {
            size += new AlignmentView(analysis.Align(group), labels).ToHtml().Length;
            size += new SubstitutionsView(group, analysis.Variations(group), labels).ToHtml().Length;
            size += analysis.Diff(group).Sum(d => new WordDiffView(d, labels).ToHtml().Length);
        }

        size += CoverageChart.Create(analysis, labels).GetHashCode() + SimilarityHeatmap.Create(analysis, labels).GetHashCode();
        size += WordChoiceChart.ForMainStatement(analysis, labels)?.GetHashCode() ?? 0;
        watch.Stop();
        GC.KeepAlive(size);
        return watch.Elapsed;
    }
}
