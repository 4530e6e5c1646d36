using System.CommandLine;
using QuoteLens.Cli.Output;
using Spectre.Console;

namespace QuoteLens.Cli.Commands;

/// <summary>`quotelens quotes DIR`: every quote found, with where it stands and who said it.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var dir = CorpusSession.DirArgument();
        var format = FormatOption.Create();
        var command = new Command("quotes", "List every quote of a corpus with its offsets, speaker and cue.") { dir, format };
        command.SetAction(parse => CorpusSession.Run(parse, dir, analysis =>
        {
            var rows = analysis.Quotes.Select(q => new QuoteRow(q.Id, q.ArticleId, analysis.Article(q.ArticleId).DisplayName, q.Start, q.End,
                q.Kind.ToString().ToLowerInvariant(), q.Unclosed, q.Speaker, q.Cue, q.Language, q.Occurrences.Count, q.Text)).ToList();
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    StandardOutput.Write(stdout => Json.Write(stdout, new { corpus = analysis.Corpus.Name, quotes = rows }));
                    break;
                case OutputFormat.Csv:
                    StandardOutput.Write(stdout => Csv.Write(stdout, rows));
                    break;
                default:
                    var table = new TextTable("id", "outlet", "kind", "speaker", "cue", "quote");
                    foreach (var r in rows)
                    {
                        table.AddRow(Markup.Escape(r.Id), Markup.Escape(r.Outlet), r.Kind, Markup.Escape(r.Speaker ?? ""), Markup.Escape(r.Cue ?? ""), Markup.Escape(r.Text));
                    }

                    AnsiConsole.Write(table);
                    break;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>One quote as printed.</summary>
    internal sealed record QuoteRow(string Id, string Article, string Outlet, int Start, int End, string Kind, bool Unclosed,
        string? Speaker, string? Cue, string Language, int Occurrences, string Text);
}
