using QuoteLens.Notebooks;
using QuoteLens.Tests.Notebooks;

namespace QuoteLens.Tests.Renderings;

/// <summary>notebooks/across-languages.ipynb, run with the kit's runner as a reader would: the original next to its renderings, the table and the chart.</summary>
public class RenderingsNotebookTests
{
    [Fact]
    public async Task AcrossLanguagesShowsTheOriginalItsRenderingsTableAndChart()
    {
        var run = await RealNotebookTests.RunAsync("across-languages.ipynb");
        string html = string.Concat(run.Notebook.Cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>().Select(d => d.Data.GetValueOrDefault(MimeTypes.Html, "")));

        Assert.Contains("<q lang=\"ru\" dir=\"auto\">В этом случае уже нужно говорить не о вероятности, а о неизбежности", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"ql-table ql-renderings-table\">", html, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"rowgroup\" rowspan=\"\\d+\" lang=\"ru\" dir=\"auto\">вероятности</th><td lang=\"en\" dir=\"auto\">possibility</td><td class=\"ql-sources\">Kyiv Post", html);

        var chart = run.Figures().Single(f => f["data"]![0]!["type"]!.GetValue<string>() == "bar");
        var segments = chart["data"]!.AsArray().Select(t => t!["text"]!.ToJsonString()).ToList();
        Assert.Contains("possibility", segments[0], StringComparison.Ordinal);
        Assert.Contains("probability", segments[1], StringComparison.Ordinal);
        Assert.Contains("likelihood", segments[2], StringComparison.Ordinal);
    }
}
