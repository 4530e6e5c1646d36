using System.Globalization;

namespace QuoteLens.Notebooks;

/// <summary>
/// Runs a Polyglot notebook's C# cells in order in .NET Interactive's C# kernel (hosted in this process), in the notebook's
/// folder, and records their outputs as nbformat outputs. <c>#!html</c> and <c>#!markdown</c> stretches
/// are shown as such; cells for other kernels (F#, PowerShell ...) are skipped with a visible note.
/// The first failing cell stops the run.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Runs change the process's working directory, so one runs at a time.</summary>
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Runs the notebook at <paramref name="notebookPath"/>; the file itself is not changed.</summary>
    /// <exception cref="NotebookFormatException">The file is not a notebook.</exception>
    public static async Task<NotebookRun> RunAsync(string notebookPath, CancellationToken cancellationToken = default)
    {
        var notebook = NotebookDocument.Load(notebookPath);
        string directory = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        string previousDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = directory;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            using var session = new KernelSession();
            return new NotebookRun(notebook, await RunCellsAsync(notebook, session, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            OneAtATime.Release();
        }
    }

    private static async Task<NotebookFailure?> RunCellsAsync(NotebookDocument notebook, KernelSession session, CancellationToken cancellationToken)
    {
        int executionCount = 0;
        NotebookFailure? failure = null;
        foreach (var cell in notebook.Cells.Where(c => c.Kind == CellKind.Code))
        {
            if (failure is not null)
            {
                cell.Outputs = [];
                cell.ExecutionCount = null;
                continue;
            }

            cell.ExecutionCount = ++executionCount;
            var sink = new CellOutputSink();
            try
            {
                await RunCellAsync(cell, session, sink, cancellationToken).ConfigureAwait(false);
            }
            catch (CellFailureException e)
            {
                failure = new NotebookFailure(notebook.Name, cell.Number, e.Line, e.Kind, e.Message);
                sink.Add(new ErrorOutput(e.Kind, e.Message, [failure.ToString()]));
            }
            cell.Outputs = sink.Outputs();
        }

        return failure;
    }

    private static async Task RunCellAsync(NotebookCell cell, KernelSession session, CellOutputSink sink, CancellationToken cancellationToken)
    {
        foreach (var segment in CellSegment.Split(cell))
        {
            switch (segment.KernelName)
            {
                case KernelNames.CSharp:
                    await session.RunAsync(segment, sink, cell.ExecutionCount ?? 0, cancellationToken).ConfigureAwait(false);
                    break;
                case KernelNames.Html:
                    sink.Add(new DisplayOutput(new SortedDictionary<string, string>(StringComparer.Ordinal) { [MimeTypes.Html] = segment.Code }));
                    break;
                case KernelNames.Markdown:
                    sink.Add(new DisplayOutput(new SortedDictionary<string, string>(StringComparer.Ordinal) { [MimeTypes.Markdown] = segment.Code }));
                    break;
                default:
                    sink.Add(new DisplayOutput(new SortedDictionary<string, string>(StringComparer.Ordinal)
                    {
                        [MimeTypes.Plain] = SkipNote(segment.KernelName),
                        [MimeTypes.Html] = $"<p class=\"skipped-cell\">{System.Net.WebUtility.HtmlEncode(SkipNote(segment.KernelName))}</p>",
                    }));
                    break;
            }
        }
    }

    private static string SkipNote(string kernel) =>
        $"Skipped: this is {kernel} code; the QuoteLens runner runs C# only (open the notebook in Polyglot Notebooks to run it).";
}
