using System.CommandLine;
using QuoteLens.Cli.Output;
using QuoteLens.Corpus;

namespace QuoteLens.Cli.Commands;

/// <summary>What every corpus command shares: the DIR argument, loading with clear errors, and reporting skipped files.</summary>
internal static class CorpusSession
{
    /// <summary>The bundled sample corpus, used when a command's DIR is left out.</summary>
    public const string SampleCorpus = "data/belgorod-2024-03";

    public static Argument<string> DirArgument(bool optional = false) => new("DIR")
    {
        Description = optional ? $"The corpus folder (default: the bundled {SampleCorpus})." : "The corpus folder.",
        Arity = optional ? ArgumentArity.ZeroOrOne : ArgumentArity.ExactlyOne,
        DefaultValueFactory = optional ? _ => LocateSample() : null,
    };

    /// <summary>The shared <c>--max-file-size</c> option (recursive: every corpus command takes it).</summary>
    public static Option<int> MaxFileSize { get; } = new("--max-file-size")
    {
        Description = "Skip article files larger than this many megabytes (default 50); each skipped file is reported.",
        DefaultValueFactory = _ => (int)(CorpusOptions.DefaultMaxFileBytes / (1024 * 1024)),
        Recursive = true,
    };

    /// <summary>
    /// Runs <paramref name="job"/> on the analysis of the corpus folder given by <paramref name="dir"/>; prints every
    /// skipped file and warning to standard error and turns user errors into one clear line and exit code 1.
    /// </summary>
    public static int Run(ParseResult parse, Argument<string> dir, Func<Analysis, int> job) =>
        Run(parse, dir, (analysis, _) => job(analysis));

    /// <summary>As <see cref="Run(ParseResult, Argument{string}, Func{Analysis, int})"/>, with the progress display for the job's own stages.</summary>
    public static int Run(ParseResult parse, Argument<string> dir, Func<Analysis, ProgressDisplay, int> job) =>
        RunOnCorpus(parse, dir, (corpus, progress) =>
        {
            var analysis = Analysis.Run(corpus, AnalysisOptions.Default with { Corpus = Options(parse) }, stage => progress.Stage(stage switch
            {
                "quotes" => "Finding quotes",
                "grouping" => "Grouping versions",
                _ => stage,
            }));
            return job(analysis, progress);
        });

    /// <summary>As <see cref="Run(ParseResult, Argument{string}, Func{Analysis, int})"/>, for a job that needs only the loaded corpus (no grouping).</summary>
    public static int RunOnCorpus(ParseResult parse, Argument<string> dir, Func<ArticleCorpus, int> job) =>
        RunOnCorpus(parse, dir, (corpus, _) => job(corpus));

    /// <summary>
    /// Loads the corpus and runs <paramref name="job"/> under the progress display (standard error, a terminal only);
    /// the problems met while loading are printed once the display is gone, so the two never mix.
    /// </summary>
    public static int RunOnCorpus(ParseResult parse, Argument<string> dir, Func<ArticleCorpus, ProgressDisplay, int> job)
    {
        var issues = new List<string>();
        bool skipped = false;
        int code = ProgressDisplay.Run(parse, progress =>
        {
            ArticleCorpus corpus;
            progress.Stage("Reading articles");
            try
            {
                corpus = CorpusLoader.Load(parse.GetValue(dir)!, Options(parse));
            }
            catch (DirectoryNotFoundException e)
            {
                issues.Add($"quotelens: {e.Message}");
                return ExitCodes.Failed;
            }

            issues.AddRange(corpus.Issues.Select(issue => $"quotelens: {issue}"));
            skipped = corpus.Skipped.Any();
            if (Console.IsErrorRedirected || parse.GetValue(ProgressDisplay.Quiet))
            {
                // No display to disturb: say what went wrong before the job runs, as before.
                issues.ForEach(Console.Error.WriteLine);
                issues.Clear();
            }

            int result = job(corpus, progress);
            progress.Finish();
            return result;
        });
        issues.ForEach(Console.Error.WriteLine);
        return code == ExitCodes.Ok && skipped ? ExitCodes.SomeSkipped : code;
    }

    private static CorpusOptions Options(ParseResult parse) =>
        CorpusOptions.Default with { MaxFileBytes = parse.GetValue(MaxFileSize) * 1024L * 1024L };

    /// <summary>The sample corpus relative to the current folder or, failing that, to the repository the tool was built from.</summary>
    private static string LocateSample()
    {
        foreach (var (start, relative) in new[] { (Directory.GetCurrentDirectory(), true), (AppContext.BaseDirectory, false) })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, SampleCorpus);
                if (Directory.Exists(candidate))
                {
                    return relative ? Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate) : candidate;
                }
            }
        }

        return SampleCorpus;
    }
}
