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

    /// <summary>
    /// Runs <paramref name="job"/> on the analysis of the corpus folder given by <paramref name="dir"/>; prints every
    /// skipped file and warning to standard error and turns user errors into one clear line and exit code 1.
    /// </summary>
    public static int Run(ParseResult parse, Argument<string> dir, Func<Analysis, int> job) =>
        RunOnCorpus(parse, dir, corpus =>
        {
            Analysis analysis;
            try
            {
                analysis = Analysis.Run(corpus, AnalysisOptions.Default with { Corpus = Options(parse) });
            }
            catch (DirectoryNotFoundException e)
            {
                return OptionChecks.Fail(e.Message);
            }

            return job(analysis);
        });

    /// <summary>As <see cref="Run"/>, for a job that needs only the loaded corpus (no grouping).</summary>
    public static int RunOnCorpus(ParseResult parse, Argument<string> dir, Func<ArticleCorpus, int> job)
    {
        if (parse.GetValue(dir) is not { } folder)
        {
            return OptionChecks.Fail(IO.BundledData.MissingMessage(SampleCorpus, CorpusLoader.ManifestFile, "sample corpus"));
        }

        ArticleCorpus corpus;
        try
        {
            corpus = CorpusLoader.Load(folder, Options(parse));
        }
        catch (DirectoryNotFoundException e)
        {
            return OptionChecks.Fail(e.Message);
        }

        foreach (var line in IssueSummary.Lines(corpus.Issues))
        {
            Console.Error.WriteLine($"quotelens: {line}");
        }

        if (corpus.Articles.Count == 0)
        {
            Console.Error.WriteLine($"quotelens: no articles found in {folder} ({IssueSummary.Counts(corpus.Issues)}; articles are {string.Join(", ", CorpusLoader.ArticleExtensions)})");
            return ExitCodes.NoArticles;
        }

        int code = job(corpus);
        return code == ExitCodes.Ok && corpus.Skipped.Any() ? ExitCodes.SomeSkipped : code;
    }

    private static CorpusOptions Options(ParseResult parse) =>
        CorpusOptions.Default with { MaxFileBytes = parse.GetValue(MaxFileSize) * 1024L * 1024L };

    /// <summary>The bundled sample corpus, shipped beside the library (never looked for in the current folder); null when missing.</summary>
    private static string? LocateSample() => IO.BundledData.Find(SampleCorpus, CorpusLoader.ManifestFile);
}
