using System.CommandLine;
using QuoteLens.Cli.Output;
using QuoteLens.Corpus;
using QuoteLens.Reports;

namespace QuoteLens.Cli.Commands;

/// <summary>`quotelens report [DIR] [-o FILE] [--blind]`: writes the self-contained HTML report of a corpus.</summary>
internal static class ReportCommand
{
    /// <summary>Where the report goes when -o is not given.</summary>
    public const string DefaultOutput = "out/report.html";

    public static Command Create()
    {
        var dir = CorpusSession.DirArgument(optional: true);
        var output = new Option<string>("--output", "-o") { Description = $"The HTML file to write (default: {DefaultOutput}).", DefaultValueFactory = _ => DefaultOutput };
        var blind = new Option<bool>("--blind") { Description = "Show the sources as Source A, B, C … (a reproducible shuffle), with the key at the end of the report." };
        var lexicon = OptionChecks.LexiconOption();
        var command = new Command("report", "Write one self-contained HTML report (tables, diffs, charts; works offline).") { dir, output, blind, lexicon };
        command.SetAction(parse => !OptionChecks.TryLoadLexicon(parse, lexicon, out var lex) ? ExitCodes.Failed : CorpusSession.Run(parse, dir, analysis =>
        {
            var path = parse.GetValue(output)!;
            var report = ReportBuilder.For(analysis, new ReportOptions(Blind: parse.GetValue(blind), Lexicon: lex)).Build();
            try
            {
                report.Save(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"quotelens: cannot write {path}: {e.Message}");
                return ExitCodes.Failed;
            }

            Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
