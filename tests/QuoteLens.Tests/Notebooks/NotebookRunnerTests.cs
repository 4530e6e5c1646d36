using QuoteLens.Corpus;
using QuoteLens.Notebooks;

namespace QuoteLens.Tests.Notebooks;

/// <summary>Runs display.ipynb once for the display tests.</summary>
public sealed class DisplayRunFixture : IAsyncLifetime
{
    public NotebookRun Run { get; private set; } = null!;

    public async Task InitializeAsync() => Run = (await NotebookRunner.RunAsync(NotebookTestData.Path("display.ipynb"))).AssertSucceeded();

    public Task DisposeAsync() => Task.CompletedTask;
}

public class NotebookRunnerTests(DisplayRunFixture fixture) : IClassFixture<DisplayRunFixture>
{
    private NotebookRun Run => fixture.Run;

    [Fact]
    public void DisplayShowsStringsAsTextAndHtmlAsHtmlInCallOrder()
    {
        var displays = Run.Displays(2);
        Assert.Equal("plain words", displays[0].Data[MimeTypes.Plain]);
        Assert.Equal("<b>bold</b>", displays[1].Data[MimeTypes.Html]);
        Assert.All(displays, d => Assert.False(d.IsResult));
    }

    [Fact]
    public void ConsoleOutputBecomesStreamsMergedByName()
    {
        var streams = Run.OutputsOf(2).OfType<StreamOutput>().ToList();
        Assert.Equal(2, streams.Count);
        Assert.Equal(new StreamOutput("stdout", "first line\nsecond 42\n"), streams[0]);
        Assert.Equal(new StreamOutput("stderr", "a warning\n"), streams[1]);
    }

    [Fact]
    public void AReturnedTableIsAnExecuteResultWithTheKitsHtmlAndItsCsv()
    {
        var result = Assert.Single(Run.Displays(3));
        Assert.Equal(Run.Notebook.Cells[2].ExecutionCount, result.ExecutionCount);
        string html = result.Data[MimeTypes.Html];
        Assert.StartsWith("<table class=\"ql-table\">\n<caption>killers &amp; assassins</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<td dir=\"auto\">&lt;Moscow Times&gt;</td><td dir=\"auto\">12</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dni-", html, StringComparison.Ordinal);
        Assert.Equal("Outlet,Words\n<Moscow Times>,12\nKyiv Independent,9\n", result.Data[MimeTypes.Plain]);
    }

    [Fact]
    public void ChartsBecomePlotlyFiguresWithAnHtmlFallbackInTheSameOutput()
    {
        var charts = Run.Displays(4);
        Assert.Equal(2, charts.Count);
        Assert.Equal([false, true], charts.Select(c => c.IsResult));
        Assert.All(charts, c => Assert.Equal([MimeTypes.Plotly, MimeTypes.Html, MimeTypes.Plain], c.Data.Keys));
        var titles = Run.Figures().Select(f => f["layout"]!["title"]!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Readings", "Second"], titles);
        // The fallback shows the numbers where plotly's renderer is missing and loads nothing.
        string fallback = charts[0].Data[MimeTypes.Html];
        Assert.Contains("<tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr>", fallback, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=", fallback);
    }

    [Fact]
    public void OtherObjectsGetTheKernelsOwnEncodedHtml()
    {
        var table = Assert.Single(Run.Displays(5)).Data[MimeTypes.Html];
        Assert.Contains("dni-treeview", table, StringComparison.Ordinal);
        Assert.Contains("&lt;Moscow Times&gt;", table, StringComparison.Ordinal);
        Assert.DoesNotContain("<Moscow Times>", table, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlAndMarkdownCellsAreShownAsSuch()
    {
        Assert.Equal("<p class=\"from-html-cell\">An <em>HTML</em> cell</p>", Assert.Single(Run.Displays(6)).Data[MimeTypes.Html]);
        Assert.StartsWith("## A markdown stretch", Assert.Single(Run.Displays(7)).Data[MimeTypes.Markdown], StringComparison.Ordinal);
    }

    [Fact]
    public void OtherKernelsAreSkippedWithAVisibleNote()
    {
        string fsharpNote = Assert.Single(Run.Displays(8)).Data[MimeTypes.Plain];
        Assert.Contains("Skipped", fsharpNote, StringComparison.Ordinal);
        Assert.Contains("fsharp", fsharpNote, StringComparison.Ordinal);

        // A cell that switches kernels: the PowerShell stretch is skipped, the C# around it runs in one state.
        var mixed = Run.Displays(9);
        Assert.Contains("pwsh", mixed[0].Data[MimeTypes.Plain], StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>42</pre></div>", mixed[1].Data[MimeTypes.Html], StringComparison.Ordinal);
        Assert.True(mixed[1].IsResult);
    }

    [Fact]
    public void ScalarsAndNullShowAsTheKernelsPlainTextHtml()
    {
        var displays = Run.Displays(10);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>1.5</pre></div>", Assert.Single(displays[0].Data).Value, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>&lt;null&gt;</pre></div>", displays[1].Data[MimeTypes.Html], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCodeCellGetsTheNextExecutionCountAndMarkdownNone()
    {
        var counts = Run.Notebook.Cells.Where(c => c.Kind == CellKind.Code).Select(c => c.ExecutionCount).ToList();
        Assert.Equal(Enumerable.Range(1, counts.Count).Select(i => (int?)i), counts);
        Assert.Null(Run.Notebook.Cells[0].ExecutionCount);
    }

    [Fact]
    public async Task ReferencesAndFilesResolveRelativeToTheNotebook()
    {
        var run = (await NotebookRunner.RunAsync(NotebookTestData.Path("reference.ipynb"))).AssertSucceeded();
        int articles = CorpusLoader.Load(TestPaths.Data("belgorod-2024-03")).Articles.Count;
        Assert.StartsWith($"<div class=\"dni-plaintext\"><pre>{articles.ToString(System.Globalization.CultureInfo.InvariantCulture)}</pre></div>", Assert.Single(run.Displays(3)).Data[MimeTypes.Html], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunningTwiceGivesTheSameBytes()
    {
        var again = await NotebookRunner.RunAsync(NotebookTestData.Path("display.ipynb"));
        Assert.Equal(Run.Notebook.ToJson(), again.Notebook.ToJson());
        Assert.Equal(NotebookHtml.Render(Run.Notebook, hideCode: false), NotebookHtml.Render(again.Notebook, hideCode: false));
    }
}
