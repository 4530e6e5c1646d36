using QuoteLens.Notebooks;

namespace QuoteLens.Tests.Notebooks;

public class NotebookFailureTests
{
    [Fact]
    public async Task ACompileErrorStopsTheRunNamingNotebookCellAndLine()
    {
        var run = await NotebookRunner.RunAsync(NotebookTestData.Path("compile-error.ipynb"));

        var failure = Assert.IsType<NotebookFailure>(run.Failure);
        Assert.Equal(("compile-error.ipynb", 3, 2, "CompilationError"), (failure.Notebook, failure.Cell, failure.Line, failure.Kind));
        Assert.Contains("notDeclared", failure.Message, StringComparison.Ordinal);
        Assert.StartsWith("compile-error.ipynb, cell 3, line 2: ", failure.ToString(), StringComparison.Ordinal);

        var error = Assert.Single(run.OutputsOf(3).OfType<ErrorOutput>());
        Assert.Equal("CompilationError", error.Name);
        Assert.Equal(failure.ToString(), Assert.Single(error.Traceback));

        // The cell after the failure did not run: no outputs, no count.
        Assert.Empty(run.OutputsOf(4));
        Assert.Null(run.Notebook.Cells[3].ExecutionCount);
    }

    [Fact]
    public async Task AnExceptionNamesTheCellAndKeepsEarlierOutput()
    {
        var run = await NotebookRunner.RunAsync(NotebookTestData.Path("runtime-error.ipynb"));

        // The kernel compiles cells without line information, so an exception names its cell, not a line.
        var failure = Assert.IsType<NotebookFailure>(run.Failure);
        Assert.Equal((2, 0, nameof(DivideByZeroException)), (failure.Cell, failure.Line, failure.Kind));
        Assert.Equal("runtime-error.ipynb, cell 2: DivideByZeroException: Attempted to divide by zero.", failure.ToString());
        var outputs = run.OutputsOf(2);
        Assert.Equal(new StreamOutput("stdout", "before\n"), outputs[0]);
        Assert.IsType<ErrorOutput>(outputs[1]);
        Assert.DoesNotContain(outputs.OfType<StreamOutput>(), s => s.Text.Contains("after", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("magic.ipynb", 1, 2, "#!time")]
    [InlineData("nuget.ipynb", 2, 1, "nuget")]
    public async Task WhatTheRunnerCannotDoIsRefusedClearly(string notebook, int cell, int line, string named)
    {
        var failure = Assert.IsType<NotebookFailure>((await NotebookRunner.RunAsync(NotebookTestData.Path(notebook))).Failure);
        Assert.Equal((cell, line), (failure.Cell, failure.Line));
        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotANotebookIsReportedWithItsName()
    {
        string path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.ipynb");
        File.WriteAllText(path, "{ \"cells\": [ ");
        try
        {
            var e = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Load(path));
            Assert.StartsWith(Path.GetFileName(path) + ": not a valid notebook", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
