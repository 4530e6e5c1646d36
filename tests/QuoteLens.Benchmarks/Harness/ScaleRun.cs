using QuoteLens.Grouping;
using QuoteLens.Benchmarks.Evaluation;
using QuoteLens.Benchmarks.Generation;
using QuoteLens.Cli.Output;
using QuoteLens.Corpus;
using QuoteLens.Quotes;

namespace QuoteLens.Benchmarks.Harness;

/// <summary>Everything measured at one corpus size.</summary>
/// <param name="Articles">The number of articles.</param>
/// <param name="Words">Words over all articles.</param>
/// <param name="Stages">In-process cost per stage, in pipeline order (grouping phases prefixed "grouping: ").</param>
/// <param name="Quotes">Quotes found.</param>
/// <param name="Groups">Groups, and how many are shared.</param>
/// <param name="SharedGroups">Groups carried by more than one article.</param>
/// <param name="Tool">The whole-process run of the tool.</param>
/// <param name="Score">Grouping quality against the planted key.</param>
/// <param name="Report">The whole-process run of `quotelens report DIR -o FILE` with the default options (output bytes = the HTML file).</param>
public sealed record SizeResult(int Articles, long Words, IReadOnlyList<StageCost> Stages, int Quotes, int Groups, int SharedGroups, ToolResult Tool, GroupingScoreSummary Score, ToolResult Report)
{
    /// <summary>The in-process time of the pipeline: the stages the tool runs (not the separate cleaning re-run, the alignment of every group, which the report and notebooks need but `align` does not, or the scoring).</summary>
    public TimeSpan PipelineTime => TimeSpan.FromTicks(Stages.Where(s => ScaleRun.PipelineStages.Contains(s.Stage)).Sum(s => s.Time.Ticks));
}

/// <summary>Precision and recall of grouping against the planted key (pairs of versions from different articles).</summary>
/// <param name="Precision">All pairs.</param>
/// <param name="Recall">All pairs.</param>
/// <param name="SameLanguage">Same-language pairs, as text.</param>
/// <param name="CrossLanguage">Cross-language pairs, as text.</param>
/// <param name="Unmatched">Key entries no quote covers.</param>
/// <param name="Entries">Key entries.</param>
public sealed record GroupingScoreSummary(double Precision, double Recall, string SameLanguage, string CrossLanguage, int Unmatched, int Entries);

/// <summary>Generates (or reuses) a corpus of one size, runs the real tool on it, then times each stage in this process.</summary>
public static class ScaleRun
{
    /// <summary>The stages that make up `quotelens align --format json` (what the pipeline total adds up).</summary>
    public static IReadOnlyList<string> PipelineStages { get; } = ["load", "quotes", "grouping", "json"];

    /// <summary>The corpus of <paramref name="articles"/> articles for <paramref name="seed"/>, generated unless already cached.</summary>
    public static string Corpus(int articles, int seed)
    {
        var dir = Path.Combine(RepoPaths.Cache, $"n{articles}-s{seed}");
        if (!CorpusGenerator.IsGenerated(dir, articles, seed))
        {
            Console.WriteLine($"generating {articles} articles into {dir} ...");
            CorpusGenerator.Generate(dir, articles, seed, RepoPaths.Data);
        }

        return dir;
    }

    /// <summary>Measures one size.</summary>
    public static SizeResult Measure(int articles, int seed)
    {
        var dir = Corpus(articles, seed);
        long words = Directory.EnumerateFiles(dir, "*.txt").Sum(f => (long)CountWords(File.ReadAllText(f)));
        Console.WriteLine($"{articles} articles: running the tool ...");
        var tool = ToolRun.Align(dir, Path.Combine(RepoPaths.Cache, $"align-n{articles}.json"));
        Console.WriteLine($"{articles} articles: tool {tool.Time.TotalSeconds:0.0} s, peak {tool.PeakWorkingSetBytes / 1048576} MB, exit {tool.ExitCode}; running the report ...");
        var report = ToolRun.Report(dir, Path.Combine(RepoPaths.Cache, $"report-n{articles}.html"));
        Console.WriteLine($"{articles} articles: report {report.Time.TotalSeconds:0.0} s, peak {report.PeakWorkingSetBytes / 1048576} MB, {report.OutputBytes / 1048576.0:0.0} MB, exit {report.ExitCode}; timing stages ...");
        var (clock, quotes, groups, shared, score) = Stages(dir, articles);
        return new SizeResult(articles, words, clock.Costs, quotes, groups, shared, tool,
            new GroupingScoreSummary(score.All.Precision, score.All.Recall, score.SameLanguage.ToString(), score.CrossLanguage.ToString(), score.Unmatched, score.Entries), report);
    }

    /// <summary>Times every stage in this process on the corpus in <paramref name="dir"/> and scores grouping: the stage costs, the numbers of quotes, groups and shared groups, and the score.</summary>
    internal static (StageClock Clock, int Quotes, int Groups, int Shared, GroupingScore Score) Stages(string dir, int articles)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = new StageClock();
        var corpus = clock.Measure("load", () => CorpusLoader.Load(dir));
        clock.Measure("clean (re-run, part of load)", () => corpus.Articles.AsParallel().Select(a => ArticleCleaner.Clean(a.Text, 0, markdown: false).Paragraphs.Count).Sum());
        var quotes = clock.Measure("quotes", () => QuoteFinder.FindAll(corpus));
        var profile = new GroupingProfile();
        var groups = clock.Measure("grouping", () => QuoteGrouper.Group(quotes, AnalysisOptions.Default.EffectiveGrouping, profile.Mark));
        foreach (var (phase, time) in profile.Phases)
        {
            clock.Add("grouping: " + phase, time);
        }

        var analysis = new Analysis(corpus, quotes, groups, AnalysisOptions.Default.Bridge);
        var shared = analysis.SharedGroups.ToList();
        clock.Measure("alignment", () => shared.AsParallel().Select(analysis.Align).Count());
        clock.Measure("json", () =>
        {
            using var file = File.Create(Path.Combine(RepoPaths.Cache, $"align-n{articles}-inprocess.json"));
            AlignmentDocument.Write(file, analysis);
            return 0;
        });
        var context = clock.Measure("report: wordings of every shared group", () =>
        {
            shared.AsParallel().ForAll(g => analysis.Wordings(g));
            return new QuoteLens.Reports.ReportContext(analysis, QuoteLens.Views.SourceLabels.For(corpus), new QuoteLens.Reports.ReportOptions(), []);
        });
        foreach (var section in QuoteLens.Reports.ReportSections.Default())
        {
            clock.Measure("report: " + section.Id, () => section.Render(context)?.Length ?? 0);
        }

        var score = clock.Measure("scoring (not in the tool)", () => GroupingEvaluator.Score(analysis, AnswerKey.Load(Path.Combine(dir, CorpusGenerator.AnswerKeyFile))));
        return (clock, quotes.Count, groups.Count, shared.Count, score);
    }

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
