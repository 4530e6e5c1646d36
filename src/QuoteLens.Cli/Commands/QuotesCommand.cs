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
        var speaker = new Option<string?>("--speaker", "-s")
        {
            Description = "Only the quotes of this speaker, named in any script or spelling (Putin, Путин, Путін, Vladimir Putin).",
        };
        var command = new Command("quotes", "List every quote of a corpus with its offsets, speaker and cue.") { dir, speaker, format };
        command.SetAction(parse => CorpusSession.Run(parse, dir, analysis =>
        {
            var name = parse.GetValue(speaker);
            if (name is not null && string.IsNullOrWhiteSpace(name))
            {
                Console.Error.WriteLine("quotelens: --speaker needs a name (e.g. --speaker Putin)");
                return ExitCodes.Failed;
            }

            var rows = analysis.Quotes.Where(q => name is null || q.IsSpokenBy(name))
                .Select(q => new QuoteRow(q.Id, q.ArticleId, analysis.Article(q.ArticleId).DisplayName, q.Start, q.End,
                    q.Kind.ToString().ToLowerInvariant(), q.Unclosed, q.Speaker, q.CanonicalSpeaker, q.SpeakerKey, q.Cue, q.Language, q.Occurrences.Count, q.Text)).ToList();
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    StandardOutput.Write(stdout => Json.Write(stdout, new { corpus = analysis.Corpus.Name, quotes = rows }));
                    break;
                case OutputFormat.Csv:
                    StandardOutput.Write(stdout => Csv.Write(stdout, rows));
                    break;
                default:
                    var table = new Table().AddColumns("id", "outlet", "kind", "speaker", "as written", "cue", "quote");
                    foreach (var r in rows)
                    {
                        table.AddRow(Markup.Escape(r.Id), Markup.Escape(r.Outlet), r.Kind, Markup.Escape(r.CanonicalSpeaker ?? ""), Markup.Escape(r.Speaker ?? ""),
                            Markup.Escape(r.Cue ?? ""), Markup.Escape(r.Text));
                    }

                    AnsiConsole.Write(table);
                    break;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>One quote as printed.</summary>
    /// <param name="Speaker">The speaker phrase as the article writes it.</param>
    /// <param name="CanonicalSpeaker">The speaker's name, one spelling across outlets and scripts (see <see cref="Quotes.Quote.CanonicalSpeaker"/>).</param>
    /// <param name="SpeakerKey">The name key speakers are matched by (<c>--speaker</c> compares against it).</param>
    internal sealed record QuoteRow(string Id, string Article, string Outlet, int Start, int End, string Kind, bool Unclosed,
        string? Speaker, string? CanonicalSpeaker, string? SpeakerKey, string? Cue, string Language, int Occurrences, string Text);
}
