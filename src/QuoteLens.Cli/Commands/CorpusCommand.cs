using System.CommandLine;
using QuoteLens.Cli.Output;
using QuoteLens.Quotes;
using Spectre.Console;

namespace QuoteLens.Cli.Commands;

/// <summary>`quotelens corpus DIR`: the articles of a corpus as loaded, and what went wrong reading it.</summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var dir = CorpusSession.DirArgument(optional: true);
        var format = FormatOption.Create();
        var command = new Command("corpus", "List the articles of a corpus folder as they were read, and every file skipped or warned about.") { dir, format };
        command.SetAction(parse => CorpusSession.RunOnCorpus(parse, dir, corpus =>
        {
            var quotes = QuoteFinder.FindAll(corpus).CountBy(q => q.ArticleId).ToDictionary(StringComparer.Ordinal);
            var rows = corpus.Articles.Select(a => new ArticleRow(a.Id, a.File, a.Outlet, a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                a.Language, a.Encoding, a.Paragraphs.Count, quotes.GetValueOrDefault(a.Id), a.ContentHash[..12])).ToList();
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    StandardOutput.Write(stdout => Json.Write(stdout, new
                    {
                        corpus = corpus.Name,
                        articles = rows,
                        issues = corpus.Issues.Select(i => new { file = i.File, severity = i.Severity.ToString().ToLowerInvariant(), message = i.Message }),
                    }));
                    break;
                case OutputFormat.Csv:
                    StandardOutput.Write(stdout => Csv.Write(stdout, rows));
                    break;
                default:
                    var table = new TextTable("id", "outlet", "published", "language", "encoding", "paragraphs", "quotes");
                    foreach (var r in rows)
                    {
                        table.AddRow(Markup.Escape(r.Id), Markup.Escape(r.Outlet ?? ""), r.Published ?? "", Markup.Escape(r.Language), Markup.Escape(r.Encoding),
                            r.Paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Quotes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    AnsiConsole.Write(table);
                    break;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>One article as printed.</summary>
    internal sealed record ArticleRow(string Id, string File, string? Outlet, string? Published, string Language, string Encoding, int Paragraphs, int Quotes, string Sha256);
}
