using System.Text.Json;
using QuoteLens.Cli;
using QuoteLens.Tests.Browser;
using QuoteLens.Tests.Reports;

namespace QuoteLens.Tests.Notebooks;

/// <summary>
/// Notebooks rendered by `quotelens notebook run --html`, opened in the shared headless Chromium:
/// the plotly charts draw, nothing is fetched, and markup from article text is shown, never run.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class NotebookBrowserTests(ChromiumFixture chromium) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("quotelens-notebook-page-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task CompareAStatementPageDrawsItsChartsAndFetchesNothing()
    {
        string page = await RenderAsync(Path.Combine(TestPaths.Root, "notebooks", "compare-a-statement.ipynb"));
        chromium.Check(nameof(CompareAStatementPageDrawsItsChartsAndFetchesNothing), () =>
        {
            chromium.Open(page);
            Assert.Equal(2L, chromium.Script<long>("return document.querySelectorAll('.ql-figure').length"));
            Assert.Equal(2L, chromium.Script<long>(
                "return Array.from(document.querySelectorAll('.ql-figure')).filter(d => d.classList.contains('js-plotly-plot') && d.data.length > 0 && d.data[0].z.length > 1 && d.querySelector('.main-svg')).length"));
            Assert.True(chromium.Script<long>("return document.querySelectorAll('.ql-figure .heatmaplayer image').length") > 0, "no heatmap was drawn");
            Assert.Contains("assassins", chromium.Script<string>("return document.querySelector('.ql-figure').innerText"), StringComparison.Ordinal);
            Assert.True(chromium.Script<long>("return document.querySelectorAll('table.ql-align tbody tr').length") >= 4, "no alignment table");
            Assert.False(chromium.Script<bool>("return Array.from(document.querySelectorAll('.ql-sr')).some(e => e.getBoundingClientRect().width > 1)"), "screen-reader text shows");
            AssertNothingFetched();
        });
    }

    [Fact]
    public async Task MarkupFromArticlesIsShownNotRun()
    {
        using var hostile = ReportCorpora.Hostile();
        string notebook = HostileNotebook(hostile.Directory);
        string page = await RenderAsync(notebook);
        chromium.Check(nameof(MarkupFromArticlesIsShownNotRun), () =>
        {
            chromium.Open(page);
            Assert.Null(chromium.Script<object?>("return window.pwned === undefined ? null : window.pwned"));
            Assert.NotEqual("pwned", chromium.Driver.Title);
            Assert.Equal(0L, chromium.Script<long>("return document.querySelectorAll('main img, main a[href^=\"javascript\"]').length"));
            Assert.True(chromium.Script<bool>("return document.querySelector('.ql-figure .bars .point') !== null"), "the chart with hostile labels did not draw");
            string text = chromium.Script<string>("return document.body.innerText");
            Assert.Contains("<script>window.pwned = 1;", text, StringComparison.Ordinal);
            Assert.Contains("<b>notebook</b>", text, StringComparison.Ordinal);
            AssertNothingFetched();
        });
    }

    private void AssertNothingFetched()
    {
        Assert.All(chromium.RequestedUrls(), url => Assert.True(url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), $"the page requested {url}"));
        Assert.All(chromium.Script<IReadOnlyCollection<object>>("return performance.getEntriesByType('resource').map(e => e.name)"), r => Assert.Matches("^(file|data):", (string)r));
        Assert.Empty(chromium.ConsoleErrors());
    }

    /// <summary>Runs the notebook through the CLI entry point into the temp folder and returns the page's path.</summary>
    private async Task<string> RenderAsync(string notebook)
    {
        string name = Path.GetFileNameWithoutExtension(notebook);
        string page = Path.Combine(_folder, name + ".html");
        int exit = await QuoteLensApp.RunAsync(["notebook", "run", notebook, "--output", Path.Combine(_folder, name + ".out.ipynb"), "--html", page]);
        Assert.Equal(0, exit);
        return page;
    }

    /// <summary>A notebook that puts the hostile corpus's text through every kind of output: views, default tables, a chart, the console, markdown.</summary>
    private string HostileNotebook(string corpus)
    {
        string library = Path.Combine(TestPaths.Root, "src", "QuoteLens", "bin", "Debug", "net8.0", "QuoteLens.dll");
        string[] code =
        [
            $"#r \"{library}\"\nusing QuoteLens;\nusing QuoteLens.Views;\nusing QuoteLens.Views.Charts;\n" +
            $"var analysis = Analysis.Run({JsonSerializer.Serialize(corpus)});\nvar labels = SourceLabels.For(analysis.Corpus);\nanalysis.Quotes.Select(q => new {{ q.ArticleId, q.Text }})",
            "var group = analysis.SharedGroups.First();\ndisplay(HTML(new AlignmentView(analysis.Align(group), labels).ToHtml()));\n" +
            "display(HTML(new WordDiffView(analysis.Diff(group)[0], labels).ToHtml()));\ndisplay(HTML(new SubstitutionsView(group, analysis.Variations(group), labels).ToHtml()));",
            "CoverageChart.Create(analysis, labels).ToPlotlyJson().DisplayAs(\"application/vnd.plotly.v1+json\");\nConsole.WriteLine(analysis.Corpus.Articles[0].Text);",
        ];
        var cells = code.Select(source => (object)new { cell_type = "code", execution_count = (int?)null, metadata = new { }, outputs = Array.Empty<object>(), source })
            .Prepend(new { cell_type = "markdown", metadata = new { }, source = "# Hostile <b>notebook</b> <script>window.pwned = 5;</script>" });
        string path = Path.Combine(_folder, "hostile.ipynb");
        File.WriteAllText(path, JsonSerializer.Serialize(new { cells, metadata = new { }, nbformat = 4, nbformat_minor = 5 }));
        return path;
    }
}
