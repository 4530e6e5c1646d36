using QuoteLens.Notebooks;

namespace QuoteLens.Tests.Notebooks;

/// <summary>Runs every notebook of notebooks/ with the runner, from the repository, as a reader would.</summary>
public class RealNotebookTests
{
    /// <summary>The notebooks load the Debug build of the library by a relative path; say so plainly when it is missing.</summary>
    private static async Task<NotebookRun> RunAsync(string name)
    {
        string library = Path.Combine(TestPaths.Root, "src", "QuoteLens", "bin", "Debug", "net8.0", "QuoteLens.dll");
        Assert.True(File.Exists(library), $"The notebooks load {library}: build the library in Debug (dotnet build) before running these tests; a Release-only build does not produce it.");
        return (await NotebookRunner.RunAsync(Path.Combine(TestPaths.Root, "notebooks", name))).AssertSucceeded();
    }

    private static string AllHtml(NotebookRun run) =>
        string.Concat(run.Notebook.Cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>().Select(d => d.Data.GetValueOrDefault(MimeTypes.Html, "")));

    [Fact]
    public async Task CompareAStatementShowsKillersAgainstAssassinsAndAChart()
    {
        var run = await RunAsync("compare-a-statement.ipynb");
        string html = AllHtml(run);
        Assert.Contains("killers (", html, StringComparison.Ordinal);
        Assert.Contains("assassins (", html, StringComparison.Ordinal);
        Assert.Contains("[-killers-] {+assassins+}", html, StringComparison.Ordinal);
        Assert.Equal("bar", Assert.Single(run.Figures())["data"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task WhoQuotedWhatShowsCoverageExclusivesAndAChart()
    {
        var run = await RunAsync("who-quoted-what.ipynb");
        string html = AllHtml(run);
        Assert.Contains("<th>Exclusives</th>", html, StringComparison.Ordinal);
        Assert.Contains("✓", html, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(run.Figures())["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task AcrossLanguagesShowsTheRenderingsOfTheKeyWord()
    {
        string html = AllHtml(await RunAsync("across-languages.ipynb"));
        Assert.Contains("<td>ru</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>possibility</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>probability</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassroomHidesOutletsUntilTheReveal()
    {
        var run = await RunAsync("classroom-blind-comparison.ipynb");
        var codeCells = run.Notebook.Cells.Where(c => c.Kind == CellKind.Code).ToList();
        Assert.Contains("Source A", AllHtml(run), StringComparison.Ordinal);
        Assert.DoesNotContain("Outlet", string.Concat(codeCells[1].Outputs.OfType<DisplayOutput>().Select(d => d.Data[MimeTypes.Html])), StringComparison.Ordinal);
        Assert.Contains("<th>Outlet</th>", string.Concat(codeCells[^1].Outputs.OfType<DisplayOutput>().Select(d => d.Data[MimeTypes.Html])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BringYourOwnArticlesListsArticlesIssuesAndQuotes()
    {
        string html = AllHtml(await RunAsync("bring-your-own-articles.ipynb"));
        Assert.Contains("<th>File</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Warning</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Speaker</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CommittedNotebooksHoldOutputsAndNoError()
    {
        foreach (string path in Directory.GetFiles(Path.Combine(TestPaths.Root, "notebooks"), "*.ipynb"))
        {
            var notebook = NotebookDocument.Load(path);
            var code = notebook.Cells.Where(c => c.Kind == CellKind.Code).ToList();
            Assert.All(code, c => Assert.NotNull(c.ExecutionCount));
            Assert.DoesNotContain(code.SelectMany(c => c.Outputs), o => o is ErrorOutput);
            Assert.Contains(code, c => c.Outputs.Count > 0);
        }
    }
}
