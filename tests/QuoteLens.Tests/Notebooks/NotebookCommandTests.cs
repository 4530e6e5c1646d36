using QuoteLens.Cli;
using QuoteLens.Notebooks;

namespace QuoteLens.Tests.Notebooks;

public sealed class NotebookCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("quotelens-notebook-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public async Task RunWritesTheExecutedNotebookAndAPageAndLeavesTheSourceAlone()
    {
        string source = NotebookTestData.Path("display.ipynb");
        string before = await File.ReadAllTextAsync(source);
        string notebook = Path.Combine(_out, "display.ipynb");
        string page = Path.Combine(_out, "page", "display.html");

        int exit = await QuoteLensApp.RunAsync(["notebook", "run", source, "--output", notebook, "--html", page, "--hide-code"]);

        Assert.Equal(0, exit);
        Assert.Equal(before, await File.ReadAllTextAsync(source));
        var written = NotebookDocument.Load(notebook);
        Assert.All(written.Cells.Where(c => c.Kind == CellKind.Code), c => Assert.NotNull(c.ExecutionCount));
        Assert.DoesNotContain(written.Cells.SelectMany(c => c.Outputs), o => o is ErrorOutput);
        string html = await File.ReadAllTextAsync(page);
        Assert.Contains("<caption>killers &amp; assassins</caption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"source\"", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_out, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AFailingCellGivesANonZeroExitAndTheErrorInTheWrittenNotebook()
    {
        string notebook = Path.Combine(_out, "compile-error.ipynb");

        int exit = await QuoteLensApp.RunAsync(["notebook", "run", NotebookTestData.Path("compile-error.ipynb"), "--output", notebook]);

        Assert.Equal(1, exit);
        var error = Assert.Single(NotebookDocument.Load(notebook).Cells[2].Outputs.OfType<ErrorOutput>());
        Assert.StartsWith("compile-error.ipynb, cell 3, line 2: CompilationError: CS0103", Assert.Single(error.Traceback), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingNotebookIsAnErrorExitNotACrash()
    {
        int exit = await QuoteLensApp.RunAsync(["notebook", "run", Path.Combine(_out, "no-such.ipynb")]);
        Assert.Equal(2, exit);
    }
}
