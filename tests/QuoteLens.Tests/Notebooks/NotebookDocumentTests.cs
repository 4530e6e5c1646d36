using QuoteLens.Notebooks;

namespace QuoteLens.Tests.Notebooks;

public class NotebookDocumentTests
{
    [Theory]
    [InlineData("display.ipynb")]
    [InlineData("reference.ipynb")]
    public void ANotebookWrittenLikeJupyterSavesBackByteForByte(string name)
    {
        string path = NotebookTestData.Path(name);
        Assert.Equal(File.ReadAllText(path), NotebookDocument.Load(path).ToJson());
    }

    [Fact]
    public void CellKernelsComeFromPolyglotMetadata()
    {
        var notebook = NotebookDocument.Load(NotebookTestData.Path("display.ipynb"));
        Assert.Equal(CellKind.Markdown, notebook.Cells[0].Kind);
        Assert.Equal("csharp", notebook.Cells[1].KernelName);
        Assert.Equal("fsharp", notebook.Cells[7].KernelName);
    }
}
