using System.CommandLine;
using QuoteLens.Notebooks;

namespace QuoteLens.Cli.Commands;

/// <summary>
/// `quotelens notebook run NOTEBOOK.ipynb...`: runs notebooks in .NET Interactive's C# kernel (hosted in this process) and
/// writes the outputs back (and an HTML page). Several notebooks run one after the other, each in a fresh kernel:
/// `quotelens notebook run notebooks/*.ipynb` re-runs them all.
/// </summary>
internal static class NotebookCommand
{
    public static Command Create()
    {
        var notebook = new Argument<string[]>("NOTEBOOK") { Description = "The .ipynb notebooks to run, in order, each in a fresh kernel.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output") { Description = "Where to write the executed notebook (default: over the notebook itself; one notebook only)." };
        var html = new Option<string?>("--html") { Description = "Also render the executed notebook as one self-contained HTML page (one notebook only)." };
        var hideCode = new Option<bool>("--hide-code") { Description = "Leave the code out of the HTML page (outputs and text only)." };
        var run = new Command("run", "Run a notebook's C# cells in order and record their outputs.") { notebook, output, html, hideCode };
        run.SetAction((parse, cancellationToken) => RunAllAsync(
            parse.GetValue(notebook)!, parse.GetValue(output), parse.GetValue(html), parse.GetValue(hideCode), cancellationToken));
        return new Command("notebook", "Run Polyglot notebooks (C# cells) in .NET Interactive's C# kernel, without VS Code.") { run };
    }

    private static async Task<int> RunAllAsync(string[] notebooks, string? outputPath, string? htmlPath, bool hideCode, CancellationToken cancellationToken)
    {
        if (notebooks.Length > 1 && (outputPath is not null || htmlPath is not null))
        {
            await Console.Error.WriteLineAsync("--output and --html take one notebook; several notebooks are written back in place").ConfigureAwait(false);
            return 2;
        }

        int exit = 0;
        foreach (var path in notebooks)
        {
            exit = Math.Max(exit, await RunAsync(path, outputPath, htmlPath, hideCode, cancellationToken).ConfigureAwait(false));
        }

        return exit;
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
