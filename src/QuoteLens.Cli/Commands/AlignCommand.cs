using System.CommandLine;
using QuoteLens.Cli.Output;
using Spectre.Console;

namespace QuoteLens.Cli.Commands;

/// <summary>`quotelens align DIR`: the groups of versions of one utterance across articles.</summary>
internal static class AlignCommand
{
    public static Command Create()
    {
        var dir = CorpusSession.DirArgument();
        var format = FormatOption.Create();
        var command = new Command("align", "Group the quotes that are versions of one utterance across articles.") { dir, format };
        command.SetAction(parse => CorpusSession.Run(parse, dir, analysis =>
        {
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    StandardOutput.Write(stdout => AlignmentDocument.Write(stdout, analysis));
                    break;
                case OutputFormat.Csv:
                    StandardOutput.Write(stdout => Csv.Write(stdout, analysis.Groups.SelectMany(g => g.Members.Select(m => new MemberRow(g.Id, g.Members.Count, m.ArticleId,
                        analysis.Article(m.ArticleId).DisplayName, m.Start, m.End, m.Speaker, m.Cue, m.Language, m.Text)))));
                    break;
                default:
                    var table = new TextTable("group", "versions", "outlets", "text");
                    foreach (var g in analysis.Groups)
                    {
                        var outlets = string.Join(", ", g.Members.Select(m => analysis.Article(m.ArticleId).DisplayName).Distinct());
                        table.AddRow(g.Id, g.Members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(outlets), Markup.Escape(g.Text));
                    }

                    AnsiConsole.Write(table);
                    break;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>One group member as a CSV row.</summary>
    internal sealed record MemberRow(string Group, int Versions, string Article, string Outlet, int Start, int End, string? Speaker, string? Cue, string Language, string Text);
}
