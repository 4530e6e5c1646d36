using System.CommandLine;
using QuoteLens.Cli.Output;
using QuoteLens.Corpus;

namespace QuoteLens.Cli.Commands;

/// <summary>What every corpus command shares: the DIR argument, loading with clear errors, and reporting skipped files.</summary>
internal static class CorpusSession
{
    /// <summary>The bundled sample corpus, used when a command's DIR is left out.</summary>
    public const string SampleCorpus = IO.BundledData.SampleCorpus;

    public static Argument<string> DirArgument(bool optional = false) => new("DIR")
    {
        Description = optional ? $"The corpus folder (default: the bundled {SampleCorpus})." : "The corpus folder.",
        Arity = optional ? ArgumentArity.ZeroOrOne : ArgumentArity.ExactlyOne,
        DefaultValueFactory = optional ? _ => LocateSample()! : null,
    };

    /// <summary>The shared <c>--max-file-size</c> option (recursive: every corpus command takes it).</summary>
    public static Option<int> MaxFileSize { get; } = new Option<int>("--max-file-size")
    {
        Description = "Skip article files larger than this many megabytes (default 50); each skipped file is reported.",
        DefaultValueFactory = _ => (int)(CorpusOptions.DefaultMaxFileBytes / (1024 * 1024)),
        Recursive = true,
    }.Positive("megabytes");

    /// <summary>The <c>--dictionary PATH</c> option (repeatable) of every command that groups: a bilingual dictionary added to the installed ones.</summary>
    public static Option<string[]> Dictionary { get; } = new("--dictionary")
    {
        Description = "A bilingual dictionary to use besides the installed ones: a dictd dictionary (its .index file or the path "
            + "without extension, e.g. /usr/share/dictd/freedict-fra-eng) or an apertium-rus-ukr folder. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// Runs <paramref name="job"/> on the analysis of the corpus folder given by <paramref name="dir"/>; prints every
    /// skipped file and warning to standard error, and which bridge joined each pair of the corpus's languages; turns user
    /// errors into one clear line and exit code 1.
    /// </summary>
    public static int Run(ParseResult parse, Argument<string> dir, Func<Analysis, int> job) =>
        Run(parse, dir, (analysis, _) => job(analysis));

    /// <summary>The installed bridge with the <c>--dictionary</c> files added, or null (after one line on standard error) when one of them cannot be used.</summary>
    private static bool TryBridge(ParseResult parse, out QuoteLens.Grouping.CrossLanguage.CrossLanguageBridge? bridge)
    {
        bridge = AnalysisOptions.Default.Bridge;
        var added = new List<QuoteLens.Grouping.CrossLanguage.DictionarySource>();
        foreach (var path in parse.GetResult(Dictionary) is null ? [] : parse.GetValue(Dictionary) ?? [])
        {
            if (QuoteLens.Grouping.CrossLanguage.DictionaryCatalog.ForPath(path, out var problem) is not { } source)
            {
                Console.Error.WriteLine($"quotelens: {problem}");
                return false;
            }

            added.Add(source);
        }

        if (added.Count > 0)
        {
            bridge = bridge?.WithDictionaries(added);
        }

        return true;
    }

    /// <summary>Standard error: for a corpus of several languages, the way between each pair and a warning for each language without a dictionary.</summary>
    private static void ReportBridges(Analysis analysis)
    {
        if (BridgeReport(analysis) is not { } report)
        {
            return;
        }

        foreach (var pair in report.Pairs)
        {
            Console.Error.WriteLine($"quotelens: bridge {pair.A}-{pair.B}: {pair.Way}");
        }

        foreach (var warning in report.Warnings)
        {
            Console.Error.WriteLine($"quotelens: warning: {warning}");
        }
    }

    /// <summary>The bridges used between the languages of the corpus's quotes, or null when it has one language or no bridge.</summary>
    public static QuoteLens.Grouping.CrossLanguage.BridgeReport? BridgeReport(Analysis analysis)
    {
        var report = analysis.Bridge?.Describe(analysis.Quotes.Select(q => q.Language).Distinct(StringComparer.Ordinal));
        return report is { Languages.Count: > 1 } ? report : null;
    }

    /// <summary>As <see cref="Run(ParseResult, Argument{string}, Func{Analysis, int})"/>, with the progress display for the job's own stages.</summary>
    public static int Run(ParseResult parse, Argument<string> dir, Func<Analysis, ProgressDisplay, int> job) =>
        !TryBridge(parse, out var bridge) ? ExitCodes.Failed : RunOnCorpus(parse, dir, (corpus, progress) =>
        {
            Analysis analysis;
            try
            {
                analysis = Analysis.Run(corpus, AnalysisOptions.Default with { Corpus = Options(parse), Bridge = bridge }, stage => progress.Stage(stage switch
                {
                    "quotes" => "Finding quotes",
                    "grouping" => "Grouping versions",
                    _ => stage,
                }));
            }
            catch (DirectoryNotFoundException e)
            {
                return OptionChecks.Fail(e.Message);
            }

            ReportBridges(analysis);
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
        if (parse.GetValue(dir) is not { } folder)
        {
            return OptionChecks.Fail(IO.BundledData.MissingMessage(SampleCorpus, CorpusLoader.ManifestFile, "sample corpus"));
        }

        var issues = new List<string>();
        bool skipped = false;
        int code = ProgressDisplay.Run(parse, progress =>
        {
            ArticleCorpus corpus;
            progress.Stage("Reading articles");
            try
            {
                corpus = CorpusLoader.Load(folder, Options(parse));
            }
            catch (DirectoryNotFoundException e)
            {
                issues.Add($"quotelens: {e.Message}");
                return ExitCodes.Failed;
            }

            issues.AddRange(IssueSummary.Lines(corpus.Issues).Select(line => $"quotelens: {line}"));
            skipped = corpus.Skipped.Any();
            if (corpus.Articles.Count == 0)
            {
                issues.Add($"quotelens: no articles found in {folder} ({IssueSummary.Counts(corpus.Issues)}; articles are {string.Join(", ", CorpusLoader.ArticleExtensions)})");
                return ExitCodes.NoArticles;
            }

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

    /// <summary>The bundled sample corpus, shipped beside the library (never looked for in the current folder); null when missing.</summary>
    private static string? LocateSample() => IO.BundledData.Find(SampleCorpus, CorpusLoader.ManifestFile);
}
