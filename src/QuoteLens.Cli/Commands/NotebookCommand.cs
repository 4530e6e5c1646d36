using System.CommandLine;
using QuoteLens.Notebooks;

namespace QuoteLens.Cli.Commands;

/// <summary>`quotelens notebook run NOTEBOOK.ipynb`: runs a notebook's C# cells and writes the outputs back (and an HTML page).</summary>
internal static class NotebookCommand
{
    public static Command Create()
    {
        var notebook = new Argument<string>("NOTEBOOK") { Description = "The .ipynb notebook to run." };
        var output = new Option<string?>("--output") { Description = "Where to write the executed notebook (default: over the notebook itself)." };
        var html = new Option<string?>("--html") { Description = "Also render the executed notebook as one self-contained HTML page." };
        var hideCode = new Option<bool>("--hide-code") { Description = "Leave the code out of the HTML page (outputs and text only)." };
        var run = new Command("run", "Run a notebook's C# cells in order and record their outputs.") { notebook, output, html, hideCode };
        run.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(notebook)!, parse.GetValue(output), parse.GetValue(html), parse.GetValue(hideCode), cancellationToken));
        return new Command("notebook", "Run Polyglot notebooks (C# cells) without VS Code.") { run };
    }

    private static async Task<int> RunAsync(string notebookPath, string? outputPath, string? htmlPath, bool hideCode, CancellationToken cancellationToken)
    {
        NotebookRun result;
        try
        {
            result = await NotebookRunner.RunAsync(notebookPath, cancellationToken).ConfigureAwait(false);
        }
        catch (NotebookFormatException e)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }

        result.Notebook.Save(outputPath ?? notebookPath);
        if (htmlPath is not null)
        {
            NotebookHtml.Save(result.Notebook, htmlPath, hideCode);
        }

        if (result.Failure is { } failure)
        {
            await Console.Error.WriteLineAsync(failure.ToString()).ConfigureAwait(false);
            return 1;
        }

        Console.WriteLine($"{result.Notebook.Name}: {result.Notebook.Cells.Count(c => c.Kind == CellKind.Code)} code cells ran");
        return 0;
    }
}
