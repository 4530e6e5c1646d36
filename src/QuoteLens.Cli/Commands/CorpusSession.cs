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
        RunOnCorpus(parse, dir, corpus => job(Analysis.Run(corpus, AnalysisOptions.Default with { Corpus = Options(parse) })));

    /// <summary>As <see cref="Run"/>, for a job that needs only the loaded corpus (no grouping).</summary>
    public static int RunOnCorpus(ParseResult parse, Argument<string> dir, Func<ArticleCorpus, int> job)
    {
        ArticleCorpus corpus;
        try
        {
            corpus = CorpusLoader.Load(parse.GetValue(dir)!, Options(parse));
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine($"quotelens: {e.Message}");
            return ExitCodes.Failed;
        }

        foreach (var issue in corpus.Issues)
        {
            Console.Error.WriteLine($"quotelens: {issue}");
        }

        int code = job(corpus);
        return code == ExitCodes.Ok && corpus.Skipped.Any() ? ExitCodes.SomeSkipped : code;
    }

    private static CorpusOptions Options(ParseResult parse) =>
        CorpusOptions.Default with { MaxFileBytes = parse.GetValue(MaxFileSize) * 1024L * 1024L };

    /// <summary>The bundled sample corpus, shipped beside the library (never looked for in the current folder).</summary>
    private static string LocateSample() =>
        IO.BundledData.Find(SampleCorpus, CorpusLoader.ManifestFile) ?? IO.BundledData.MissingMessage(SampleCorpus, CorpusLoader.ManifestFile, "sample corpus");
}
