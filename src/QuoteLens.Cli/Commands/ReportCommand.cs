using System.CommandLine;
using QuoteLens.Cli.Output;
using QuoteLens.Corpus;
using QuoteLens.Reports;

namespace QuoteLens.Cli.Commands;

/// <summary>`quotelens report [DIR] [-o FILE] [--blind] [--top N] [--appendix none|shared|all]`: writes the self-contained HTML report of a corpus.</summary>
internal static class ReportCommand
{
    /// <summary>Where the report goes when -o is not given.</summary>
    public const string DefaultOutput = "out/report.html";

    public static Command Create()
    {
        var dir = CorpusSession.DirArgument(optional: true);
        var output = new Option<string>("--output", "-o") { Description = $"The HTML file to write (default: {DefaultOutput}).", DefaultValueFactory = _ => DefaultOutput };
        var blind = new Option<bool>("--blind") { Description = "Show the sources as Source A, B, C … (a reproducible shuffle), with the key at the end of the report." };
        var top = new Option<int>("--top")
        {
            Description = $"Show the N most widely carried statements in full (wordings, timeline, lineage, alignment, diffs); the others are listed (default {ReportOptions.DefaultTop}).",
            DefaultValueFactory = _ => ReportOptions.DefaultTop,
        };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--top must be 0 or more.");
            }
        });
        var appendix = new Option<string?>("--appendix")
        {
            Description = $"Which articles the appendix shows: none, shared (the articles the report links to) or all (default: all up to {ReportOptions.AllArticlesUpTo} articles, else shared).",
        };
        appendix.AcceptOnlyFromAmong("none", "shared", "all");
        var lexicon = OptionChecks.LexiconOption();
        var command = new Command("report", "Write one self-contained HTML report (tables, diffs, charts; works offline).") { dir, output, blind, top, appendix, lexicon };
        command.SetAction(parse => !OptionChecks.TryLoadLexicon(parse, lexicon, out var lex) ? ExitCodes.Failed : CorpusSession.Run(parse, dir, (analysis, progress) =>
        {
            var path = parse.GetValue(output)!;
            var options = new ReportOptions(Blind: parse.GetValue(blind), Top: parse.GetValue(top), Lexicon: lex, Appendix: parse.GetValue(appendix) switch
            {
                "none" => ReportAppendix.None,
                "shared" => ReportAppendix.Shared,
                "all" => ReportAppendix.All,
                _ => null,
            });
            progress.Stage(options.Blind ? "Masking sources and analysing again" : "Preparing the report");
            var builder = ReportBuilder.For(analysis, options);
            var report = builder.Build(new SynchronousProgress(p =>
            {
                progress.Stage($"Report: {p.Stage} ({p.Done + 1}/{p.Total + 1})");
            }));
            progress.Stage("Writing " + Path.GetFileName(path));
            try
            {
                report.Save(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"quotelens: cannot write {path}: {e.Message}");
                return ExitCodes.Failed;
            }

            progress.Finish();
            Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread (<see cref="Progress{T}"/> posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<ReportProgress> report) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => report(value);
    }
}
