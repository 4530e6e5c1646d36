using System.CommandLine;
using QuoteLens.Cli.Output;
using QuoteLens.Comparison.Framing;
using Spectre.Console;

namespace QuoteLens.Cli.Commands;

/// <summary>`quotelens framing DIR`: labels, attribution verbs, hedges, distinctive words and name spellings per outlet.</summary>
internal static class FramingCommand
{
    public static Command Create()
    {
        var dir = CorpusSession.DirArgument(optional: true);
        var format = FormatOption.Create();
        var lexicon = OptionChecks.LexiconOption();
        var command = new Command("framing", "Show how each outlet frames the story: labels, attribution verbs, hedges, distinctive words, name spellings.")
        {
            dir, format, lexicon,
        };
        command.SetAction(parse =>
        {
            FramingLexicon lex;
            try
            {
                lex = parse.GetValue(lexicon) is { } folder ? FramingLexicon.Load(folder) : FramingLexicon.Default;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"quotelens: {e.Message}");
                return ExitCodes.Failed;
            }

            return CorpusSession.Run(parse, dir, analysis =>
            {
                var report = analysis.Framing(lex);
                switch (parse.GetValue(format))
                {
                    case OutputFormat.Json:
                        StandardOutput.Write(stdout => Json.Write(stdout, report));
                        break;
                    case OutputFormat.Csv:
                        StandardOutput.Write(stdout => Csv.Write(stdout, FramingRow.From(report)));
                        break;
                    default:
                        WriteTables(report, AnsiConsole.Console);
                        break;
                }

                return ExitCodes.Ok;
            });
        });
        return command;
    }

    internal static void WriteTables(FramingReport report, IAnsiConsole console)
    {
        console.Write(Table("Labels for actors (own words / inside quotes)", ["Outlet", "Label", "Modifier", "Own", "Quoted", "Example"],
            report.Labels.GroupBy(l => (l.Outlet, l.Label, l.Modifier)).Select(g => new[]
            {
                g.Key.Outlet, g.Key.Label, g.Key.Modifier,
                Count(g.Where(l => !l.Quoted).Sum(l => l.Count)), Count(g.Where(l => l.Quoted).Sum(l => l.Count)), g.First().Examples[0].Text,
            })));
        console.Write(Table("Candidate labels (not in the lexicon)", ["Word", "Count", "Outlets", "Example"],
            report.CandidateLabels.Select(c => new[] { c.Term, Count(c.Count), string.Join(", ", c.Outlets), c.Examples[0].Text })));
        console.Write(Table("Attribution verbs by speaker", ["Outlet", "Side", "Speaker", "Verb", "Class", "Count"],
            report.AttributionVerbs.Select(v => new[] { v.Outlet, v.Side ?? "?", v.Speaker, v.Verb, v.VerbClass, Count(v.Count) })));
        console.Write(Table("Hedges and verification notes", ["Outlet", "Hedge", "Class", "Quoted", "Count", "Example"],
            report.Hedges.Select(h => new[] { h.Outlet, h.Hedge, h.HedgeClass, h.Quoted ? "yes" : "", Count(h.Count), h.Examples[0].Text })));
        console.Write(Table("Distinctive words (weighted log-odds, informative Dirichlet prior)", ["Outlet", "Word", "Count", "Others", "Log-odds", "z"],
            report.DistinctiveTerms.Select(t => new[]
            {
                t.Outlet, t.Term, Count(t.Count), Count(t.OthersCount), t.LogOdds.ToString("0.000", Inv), t.Z.ToString("0.00", Inv),
            })));
        console.Write(Table("Names spelled differently", ["Key", "Spelling", "Count", "Outlets"],
            report.NameVariants.SelectMany(s => s.Variants.Select(v => new[] { s.Key, v.Spelling, Count(v.Count), string.Join(", ", v.Outlets) }))));
    }

    private static System.Globalization.CultureInfo Inv => System.Globalization.CultureInfo.InvariantCulture;

    private static string Count(int n) => n == 0 ? "" : n.ToString(Inv);

    private static TextTable Table(string title, string[] columns, IEnumerable<string[]> rows)
    {
        var table = new TextTable(columns) { Title = Markup.Escape(title), Border = TableBorder.Rounded };
        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => Markup.Escape(cell ?? "")).ToArray());
        }

        return table;
    }
}
