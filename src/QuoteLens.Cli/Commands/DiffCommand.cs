using System.CommandLine;
using QuoteLens.Cli.Output;
using QuoteLens.Comparison;
using Spectre.Console;

namespace QuoteLens.Cli.Commands;

/// <summary>`quotelens diff DIR --group ID`: how the versions of one group differ, word by word.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var dir = CorpusSession.DirArgument();
        var format = FormatOption.Create();
        var group = new Option<string>("--group", "-g") { Description = "The group id, as `quotelens align` prints it.", Required = true };
        var baseArticle = new Option<string?>("--base") { Description = "The article whose version the others are diffed against (default: the first)." };
        var command = new Command("diff", "Show the word diffs and the substitutions between the versions of one group.") { dir, group, baseArticle, format };
        command.SetAction(parse => CorpusSession.Run(parse, dir, analysis =>
        {
            if (OptionChecks.Group(analysis, parse.GetValue(group)!) is not { } g)
            {
                return ExitCodes.Failed;
            }

            string? baseId = null;
            if (parse.GetValue(baseArticle) is { } wanted
                && (baseId = OptionChecks.OneOf("--base", wanted, g.Members.Select(m => m.ArticleId), $"an article with a version in group {g.Id}")) is null)
            {
                return ExitCodes.Failed;
            }

            var diffs = analysis.Diff(g, baseId);
            var variations = analysis.Variations(g);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    StandardOutput.Write(stdout => Json.Write(stdout, new
                    {
                        group = g.Id,
                        @base = diffs.Count > 0 ? diffs[0].Base.ArticleId : g.Members[0].ArticleId,
                        diffs = diffs.Select(d => new { article = d.Other.ArticleId, quote = d.Other.Id, pieces = d.Pieces.Select(p => new { op = p.Operation, text = p.Text }) }),
                        variations = variations.Select(v => new { firstSlot = v.FirstSlot, lastSlot = v.LastSlot, substitution = v.IsSubstitution, readings = v.Readings }),
                    }));
                    break;
                case OutputFormat.Csv:
                    StandardOutput.Write(stdout => Csv.Write(stdout, diffs.SelectMany(d => d.Pieces.Select(p => new PieceRow(g.Id, d.Base.ArticleId, d.Other.ArticleId, p.Operation.ToString().ToLowerInvariant(), p.Text)))));
                    break;
                default:
                    WriteTables(analysis, diffs, variations);
                    break;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteTables(Analysis analysis, IReadOnlyList<WordDiff> diffs, IReadOnlyList<Variation> variations)
    {
        var diffTable = new TextTable("outlet", "diff against " + Markup.Escape(diffs.Count > 0 ? analysis.Article(diffs[0].Base.ArticleId).DisplayName : "-"));
        foreach (var d in diffs)
        {
            var marked = string.Join(" ", d.Pieces.Select(p => p.Operation switch
            {
                DiffOperation.Deleted => "[red strikethrough][[-" + Markup.Escape(p.Text) + "-]][/]",
                DiffOperation.Inserted => "[green underline]{+" + Markup.Escape(p.Text) + "+}[/]",
                _ => Markup.Escape(p.Text),
            }));
            diffTable.AddRow(Markup.Escape(analysis.Article(d.Other.ArticleId).DisplayName), marked);
        }

        AnsiConsole.Write(diffTable);
        var subs = new TextTable("reading", "outlets");
        foreach (var v in variations.Where(v => !v.IsPunctuationOnly))
        {
            foreach (var r in v.Readings)
            {
                subs.AddRow(Markup.Escape(r.Text.Length == 0 ? "(nothing)" : r.Text), Markup.Escape(string.Join(", ", r.ArticleIds.Select(a => analysis.Article(a).DisplayName))));
            }

            subs.AddEmptyRow();
        }

        AnsiConsole.Write(subs);
    }

    /// <summary>One piece of a word diff as a CSV row.</summary>
    internal sealed record PieceRow(string Group, string Base, string Article, string Operation, string Text);
}
