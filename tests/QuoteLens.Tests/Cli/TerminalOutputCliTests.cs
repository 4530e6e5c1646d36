using QuoteLens.Cli.Output;
using QuoteLens.Corpus;
using Spectre.Console;

namespace QuoteLens.Tests.Cli;

/// <summary>Terminal tables: word-boundary wrapping, the terminal's width, COLUMNS and NO_COLOR, plain text when redirected; CSV for spreadsheets; repeated warnings summarised.</summary>
public sealed class TerminalOutputCliTests
{
    private static readonly string Belgorod = TestPaths.Data("belgorod-2024-03");

    [Fact]
    public void RedirectedTablesArePlainAndEightyColumnsWideWithoutColumns()
    {
        var result = CliRunner.Run("corpus", Belgorod);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.Equal(80, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Max(l => l.Length));
        Assert.Contains("2024-03-13", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnsSetsTheWidthOfRedirectedTables()
    {
        var result = CliRunner.RunWith(new Dictionary<string, string?> { ["COLUMNS"] = "150" }, "corpus", Belgorod);

        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Max(l => l.Length) <= 150);
        Assert.Contains(lines, l => l.Contains("000_54b2d773a46bd3c5", StringComparison.Ordinal) && l.Contains("The Daily Beast", StringComparison.Ordinal));
    }

    [Fact]
    public void DiffWrittenToAFileHasNoColourCodes()
    {
        var result = CliRunner.Run("diff", Belgorod, "--group", "G01");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.Contains("[-killers-]", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NoColorTurnsColourOffOnATerminalAndRedirectionTurnsItOff()
    {
        using var terminal = new StringWriter();
        var coloured = Terminal.Create(terminal, redirected: false, name => name == "COLUMNS" ? "100" : null);
        var noColor = Terminal.Create(terminal, redirected: false, name => name switch { "NO_COLOR" => "1", "COLUMNS" => "100", _ => null });
        var redirected = Terminal.Create(terminal, redirected: true, _ => null);

        Assert.Equal(ColorSystem.NoColors, noColor.Profile.Capabilities.ColorSystem);
        Assert.False(noColor.Profile.Capabilities.Ansi);
        Assert.False(redirected.Profile.Capabilities.Ansi);
        Assert.Equal(100, coloured.Profile.Width);
        Assert.Equal(80, redirected.Profile.Width);
        Assert.Equal(120, Terminal.Width(redirected: true, name => name == "COLUMNS" ? "120" : null));
        Assert.Equal(80, Terminal.Width(redirected: true, name => name == "COLUMNS" ? "wide" : null));
    }

    [Fact]
    public void TablesWrapAtWordBoundariesAndNeverBreakADate()
    {
        using var output = new StringWriter();
        var console = Terminal.Create(output, redirected: true, name => name == "COLUMNS" ? "80" : null);
        var table = new TextTable("id", "published", "language", "outlet", "text");
        table.AddRow("001_ca753d6c7bf6b6cc", "2024-03-13", "en", "The Moscow Times, The Kyiv Independent, The Daily Beast",
            "Putin's assassins are carrying out massive strikes on peaceful Ukrainian cities, putting their positions between your homes");

        console.Write(table);

        var text = output.ToString();
        Assert.Contains("2024-03-13", text, StringComparison.Ordinal);
        foreach (var word in new[] { "001_ca753d6c7bf6b6cc", "assassins", "Ukrainian", "positions", "Independent," })
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void WidthsGiveEveryColumnItsLongestWordAndTheRestByNeed()
    {
        string[][] rows = [["id", "published", "text"], ["a1", "2024-03-13", "one two three four five six seven eight nine ten"]];

        Assert.Equal([2, 10, 48], TextTable.Widths(rows, 80));
        Assert.Equal([2, 10, 18], TextTable.Widths(rows, 30));
        Assert.Equal([2, 10, 5], TextTable.Widths(rows, 17));
    }

    [Fact]
    public void CsvStartsWithAByteOrderMarkForSpreadsheets()
    {
        var result = CliRunner.Run("align", TestPaths.Data("peskov-2024-02"), "--format", "csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], result.StdoutBytes[..3]);
        Assert.StartsWith("\uFEFFGroup,Versions,Article,Outlet", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("вероятност", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedWarningsAreSummarisedWithTheFirstFive()
    {
        var issues = Enumerable.Range(0, 1200)
            .Select(i => new CorpusIssue($"f{i:0000}.txt", IssueSeverity.Warning, "no publication date (no 'published' or 'date' field)"))
            .Concat(Enumerable.Range(0, 7).Select(i => new CorpusIssue($"d{i}.txt", IssueSeverity.Warning, $"'excerpt {i}' is not a date; Published is left empty")))
            .Append(new CorpusIssue("x.txt", IssueSeverity.Skipped, "empty file (0 bytes)"))
            .Append(new CorpusIssue("y.txt", IssueSeverity.Warning, "assumed windows-1251"))
            .ToList();

        var lines = IssueSummary.Lines(issues).ToList();

        Assert.Equal(
            [
                "1,200 files: warning: no publication date (no 'published' or 'date' field); first 5: f0000.txt, f0001.txt, f0002.txt, f0003.txt, f0004.txt (all of them: quotelens corpus DIR --format json)",
                "7 files: warning: '…' is not a date; Published is left empty; first 5: d0.txt, d1.txt, d2.txt, d3.txt, d4.txt (all of them: quotelens corpus DIR --format json)",
                "x.txt: skipped: empty file (0 bytes)",
                "y.txt: warning: assumed windows-1251",
            ],
            lines);
    }
}
