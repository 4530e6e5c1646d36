using System.CommandLine;
using QuoteLens.Cli.Output;
using QuoteLens.Comparison.Renderings;
using QuoteLens.Views;
using QuoteLens.Views.Renderings;
using Spectre.Console;

namespace QuoteLens.Cli.Commands;

/// <summary>`quotelens renderings DIR`: how the versions in other languages rendered each word of a statement's original.</summary>
internal static class RenderingsCommand
{
    public static Command Create()
    {
        var dir = CorpusSession.DirArgument();
        var format = FormatOption.Create();
        var group = new Option<string?>("--group", "-g") { Description = "One group id, as `quotelens align` prints it (default: every shared group spanning languages)." };
        var original = new Option<string?>("--original") { Description = "The original's language (ISO 639-1, e.g. ru); default: the language of most non-English versions." };
        var command = new Command("renderings", "Show how each word of a statement's original was rendered in the other languages, and by which outlets.")
        {
            dir, group, original, format,
        };
        command.SetAction(parse => CorpusSession.Run(parse, dir, analysis =>
        {
            var language = parse.GetValue(original);
            if (language is { } wanted
                && (language = OptionChecks.OneOf("--original", wanted, analysis.Quotes.Select(q => q.Language).Concat(Text.Languages.LanguageIdentifier.Languages),
                    "a language the kit knows or one of the corpus's quotes")) is null)
            {
                return ExitCodes.Failed;
            }

            IReadOnlyList<GroupRenderings> found;
            if (parse.GetValue(group) is { } id)
            {
                if (OptionChecks.Group(analysis, id) is not { } g)
                {
                    return ExitCodes.Failed;
                }

                found = [analysis.Renderings(g, language)];
            }
            else
            {
                found = analysis.Renderings(language);
            }

            var labels = SourceLabels.For(analysis.Corpus);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    StandardOutput.Write(stdout => Json.Write(stdout, found.Select(r => Document(r, labels))));
                    break;
                case OutputFormat.Csv:
                    StandardOutput.Write(stdout => Csv.Write(stdout, found.SelectMany(r => new RenderingsView(r, labels).AsTable().Rows)));
                    break;
                default:
                    WriteTables(found, labels);
                    break;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static object Document(GroupRenderings r, SourceLabels labels) => new
    {
        group = r.GroupId,
        originalLanguage = r.OriginalLanguage,
        explanation = r.Explanation,
        originals = r.Originals.Select(o => new { article = o.ArticleId, outlet = labels[o.ArticleId], quote = o.Id, text = o.Text }),
        words = r.Words.Select(w => new
        {
            text = w.Text,
            language = w.Language,
            renderings = w.Renderings.Select(x => new { text = x.Text, language = x.Language, articles = x.ArticleIds, outlets = x.ArticleIds.Select(id => labels[id]) }),
            unrendered = w.Unrendered,
        }),
    };

    private static void WriteTables(IReadOnlyList<GroupRenderings> found, SourceLabels labels)
    {
        if (found.Count == 0)
        {
            AnsiConsole.WriteLine("No shared statement spans languages.");
        }

        foreach (var r in found)
        {
            AnsiConsole.Write(new Rule(Markup.Escape(r.GroupId)) { Justification = Justify.Left });
            AnsiConsole.WriteLine(r.Explanation);
            if (!r.HasOriginal)
            {
                continue;
            }

            var table = new TextTable("original word", "rendering", "language", "sources", "outlets") { Border = TableBorder.Rounded };
            foreach (var row in new RenderingsView(r, labels).AsTable().Rows)
            {
                table.AddRow(Markup.Escape(row.Word), Markup.Escape(row.Rendering.Length == 0 ? "(no counterpart found)" : row.Rendering), Markup.Escape(row.Language),
                    row.SourceCount.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(row.Sources));
            }

            AnsiConsole.Write(table);
        }
    }
}
