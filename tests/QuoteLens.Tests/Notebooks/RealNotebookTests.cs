using QuoteLens.Corpus;
using QuoteLens.Notebooks;

namespace QuoteLens.Tests.Notebooks;

/// <summary>Runs every notebook of notebooks/ with the runner, from the repository, as a reader would.</summary>
public class RealNotebookTests
{
    /// <summary>The notebooks load the Debug build of the library by a relative path; say so plainly when it is missing.</summary>
    internal static async Task<NotebookRun> RunAsync(string name)
    {
        string library = Path.Combine(TestPaths.Root, "src", "QuoteLens", "bin", "Debug", "net8.0", "QuoteLens.dll");
        Assert.True(File.Exists(library), $"The notebooks load {library}: build the library in Debug (dotnet build) before running these tests; a Release-only build does not produce it.");
        return (await NotebookRunner.RunAsync(Path.Combine(TestPaths.Root, "notebooks", name))).AssertSucceeded();
    }

    private static string AllHtml(NotebookRun run) =>
        string.Concat(run.Notebook.Cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>().Select(d => d.Data.GetValueOrDefault(MimeTypes.Html, "")));

    /// <summary>The text of every output of the code cells before the last one (everything before a reveal).</summary>
    private static string HtmlBeforeLastCell(NotebookRun run) =>
        string.Concat(run.Notebook.Cells.Where(c => c.Kind == CellKind.Code).SkipLast(1).SelectMany(c => c.Outputs).OfType<DisplayOutput>()
            .SelectMany(d => d.Data.Values));

    [Fact]
    public async Task CompareAStatementShowsTheViewsAndTwoCharts()
    {
        var run = await RunAsync("compare-a-statement.ipynb");
        string html = AllHtml(run);
        Assert.Contains("<table class=\"ql-align\">", html, StringComparison.Ordinal);
        Assert.Contains("removed: </span>killers</del> <ins>", html, StringComparison.Ordinal);
        Assert.Contains("added: </span>assassins</ins>", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"ql-subs\">", html, StringComparison.Ordinal);
        Assert.Contains("<td dir=\"auto\">assassins</td><td dir=\"auto\">1</td><td dir=\"auto\">The Moscow Times</td>", html, StringComparison.Ordinal);
        // A returned group shows as the kit's table of its versions, not as the kernel's tree view.
        Assert.Contains("<caption>G01: 4 versions in 4 articles</caption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dni-", html, StringComparison.Ordinal);
        var figures = run.Figures();
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal("heatmap", f["data"]![0]!["type"]!.GetValue<string>()));
        Assert.Contains("assassins", figures[0]["data"]![0]!["text"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("The Kyiv Independent", figures[1]["data"]![0]!["y"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowABigStoryShowsWordingsTheTimelineAndTheLineage()
    {
        string benchmarks = Path.Combine(TestPaths.Root, "tests", "QuoteLens.Generation", "bin", "Debug", "net10.0", "QuoteLens.Generation.dll");
        Assert.True(File.Exists(benchmarks), $"follow-a-big-story loads the corpus generator from {benchmarks}: build the solution in Debug (dotnet build) first.");
        var run = await RunAsync("follow-a-big-story.ipynb");
        string html = AllHtml(run);
        Assert.Contains("<table class=\"ql-wordings\">", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"ql-lineage\">", html, StringComparison.Ordinal);
        Assert.Contains("First published by <strong>", html, StringComparison.Ordinal);
        Assert.Contains("The ten most widely carried statements", html, StringComparison.Ordinal);
        var chart = Assert.Single(run.Figures());
        Assert.Equal("scatter", chart["data"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("date", chart["layout"]!["xaxis"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task WhoQuotedWhatShowsCoverageExclusivesVerbsAndAChart()
    {
        var run = await RunAsync("who-quoted-what.ipynb");
        string html = AllHtml(run);
        Assert.Contains("<table class=\"ql-coverage\">", html, StringComparison.Ordinal);
        Assert.Contains("Only in one source (exclusives)", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Exclusives</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Verb</th>", html, StringComparison.Ordinal);
        var chart = Assert.Single(run.Figures());
        Assert.Equal(2, chart["data"]!.AsArray().Count);
        Assert.Equal("bar", chart["data"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task AcrossLanguagesShowsTheRenderingsOfTheKeyWord()
    {
        var run = await RunAsync("across-languages.ipynb");
        string html = AllHtml(run);
        Assert.Contains("<td dir=\"auto\">ru</td>", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"ql-align\">", html, StringComparison.Ordinal);
        Assert.Matches("<q class=\"ql-reading\"[^>]*>a possibility</q>", html);
        Assert.Matches("<q class=\"ql-reading\"[^>]*>the likelihood,</q>", html);
        Assert.Contains("<td dir=\"auto\">вероятност</td>", html, StringComparison.Ordinal);
        Assert.Equal("heatmap", run.Figures()[0]["data"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClassroomNamesNoOutletUntilTheReveal()
    {
        var run = await RunAsync("classroom-blind-comparison.ipynb");
        var corpus = CorpusLoader.Load(TestPaths.Data("belgorod-2024-03"));
        string before = HtmlBeforeLastCell(run);
        Assert.Contains("<table class=\"ql-align\">", before, StringComparison.Ordinal);
        Assert.Contains("Source B", before, StringComparison.Ordinal);
        foreach (var article in corpus.Articles)
        {
            Assert.DoesNotContain(article.DisplayName, before, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(article.Id, before, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("assassins", run.Figures().Single()["data"]![0]!["text"]!.ToJsonString(), StringComparison.Ordinal);
        string reveal = string.Concat(run.Notebook.Cells.Last(c => c.Kind == CellKind.Code).Outputs.OfType<DisplayOutput>().Select(d => d.Data[MimeTypes.Html]));
        Assert.All(corpus.Articles, a => Assert.Contains(a.DisplayName, reveal, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BringYourOwnArticlesListsArticlesIssuesQuotesAndCoverage()
    {
        var run = await RunAsync("bring-your-own-articles.ipynb");
        string html = AllHtml(run);
        Assert.Contains("<th scope=\"col\">File</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td dir=\"auto\">Warning</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Speaker</th>", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"ql-coverage\">", html, StringComparison.Ordinal);
        Assert.Equal("heatmap", Assert.Single(run.Figures())["data"]![0]!["type"]!.GetValue<string>());
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
            // Cell ids (nbformat 4.5), and nothing a reader should not see: no warning, no kernel tree view.
            Assert.Equal((4, 5), (notebook.Format, notebook.FormatMinor));
            Assert.All(notebook.Cells, c => Assert.Matches("^cell-[0-9]{2}$", c.Id));
            Assert.DoesNotContain(code.SelectMany(c => c.Outputs).OfType<StreamOutput>(), s => s.Name == "stderr");
            Assert.DoesNotContain(code.SelectMany(c => c.Outputs).OfType<DisplayOutput>(), d => d.Data.Values.Any(v => v.Contains("dni-", StringComparison.Ordinal)));
        }
    }
}
