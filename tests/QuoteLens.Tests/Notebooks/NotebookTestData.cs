using System.Text.Json.Nodes;
using QuoteLens.Notebooks;

namespace QuoteLens.Tests.Notebooks;

/// <summary>The runner's small test notebooks (tests/QuoteLens.Tests/Notebooks/TestData) and ways to look into a run.</summary>
internal static class NotebookTestData
{
    public static string Path(string name) => System.IO.Path.Combine(TestPaths.Root, "tests", "QuoteLens.Tests", "Notebooks", "TestData", name);

    /// <summary>The outputs of the cell at <paramref name="number"/> (1-based, as an editor counts cells).</summary>
    public static IReadOnlyList<CellOutput> OutputsOf(this NotebookRun run, int number) => run.Notebook.Cells[number - 1].Outputs;

    /// <summary>Every displayed value of a cell (display_data and execute_result).</summary>
    public static List<DisplayOutput> Displays(this NotebookRun run, int number) => [.. run.OutputsOf(number).OfType<DisplayOutput>()];

    /// <summary>Fails with the run's failure message when it did not succeed.</summary>
    public static NotebookRun AssertSucceeded(this NotebookRun run)
    {
        Assert.True(run.Succeeded, run.Failure?.ToString());
        return run;
    }

    /// <summary>The plotly figures of a whole run, parsed.</summary>
    public static List<JsonObject> Figures(this NotebookRun run) =>
        [.. run.Notebook.Cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>()
            .Where(d => d.Data.ContainsKey(MimeTypes.Plotly))
            .Select(d => (JsonObject)JsonNode.Parse(d.Data[MimeTypes.Plotly])!)];
}
