using QuoteLens.Notebooks;
using QuoteLens.Tests.Notebooks;

namespace QuoteLens.Tests.Framing;

/// <summary>notebooks/framing-and-naming.ipynb run with the kit's runner, as a reader would run it.</summary>
public class FramingNotebookTests
{
    [Fact]
    public async Task FramingNotebookRunsAndShowsEveryFramingView()
    {
        var run = await RealNotebookTests.RunAsync("framing-and-naming.ipynb");

        var outputs = run.Notebook.Cells.SelectMany(c => c.Outputs).ToList();
        Assert.DoesNotContain(outputs, o => o is ErrorOutput);
        var html = string.Concat(outputs.OfType<DisplayOutput>().Select(d => d.Data.GetValueOrDefault(MimeTypes.Html, "")));
        Assert.Contains("class=\"ql-table ql-labels\"", html, StringComparison.Ordinal);
        Assert.Contains("<td dir=\"auto\">could not be verified</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td dir=\"auto\">Starovit</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td dir=\"auto\">claimed</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Modifier</th>", html, StringComparison.Ordinal);

        var types = run.Figures().Select(f => f["data"]![0]!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(["heatmap", "heatmap", "bar", "bar"], types);
        Assert.All(run.Figures(), f => Assert.True(f["data"]!.AsArray().Count > 0));
    }
}
