using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;

namespace QuoteLens.Notebooks;

/// <summary>
/// .NET Interactive's own C# kernel, hosted in this process as the <c>dotnet-interactive</c> tool hosts it for
/// VS Code and Jupyter: a <see cref="CompositeKernel"/> holding a <see cref="CSharpKernel"/> with its helpers
/// (<c>display()</c>, <c>HTML()</c>, <c>DisplayAs</c>) and value sharing. Cells run in the kernel's one submission
/// state; values are formatted by the kernel's formatters (the kit's views by the formatters they declare).
/// The kernel's events become nbformat outputs the way the tool's Jupyter front end writes them.
/// </summary>
internal sealed class KernelSession : IDisposable
{
    private readonly CompositeKernel _kernel;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000", Justification = "The composite kernel owns the C# kernel and disposes it.")]
    public KernelSession()
    {
        var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        _kernel = new CompositeKernel { csharp };
        _kernel.DefaultKernelName = csharp.Name;
    }

    /// <summary>Runs one stretch of C#, adding its outputs to <paramref name="sink"/>.</summary>
    /// <exception cref="CellFailureException">The code does not compile, or throws.</exception>
    public async Task RunAsync(CellSegment segment, CellOutputSink sink, int executionCount, CancellationToken cancellationToken)
    {
        RefuseNuGet(segment);
        cancellationToken.ThrowIfCancellationRequested();
        var result = await _kernel.SendAsync(new SubmitCode(segment.Code, KernelNames.CSharp), cancellationToken).ConfigureAwait(false);
        foreach (var e in result.Events)
        {
            switch (e)
            {
                case StandardOutputValueProduced output:
                    sink.Write("stdout", Text(output.FormattedValues));
                    break;
                case StandardErrorValueProduced error:
                    sink.Write("stderr", Text(error.FormattedValues));
                    break;
                case ReturnValueProduced value:
                    sink.Add(new DisplayOutput(Bundle(value.FormattedValues), executionCount));
                    break;
                case DisplayEvent display:
                    sink.Add(new DisplayOutput(Bundle(display.FormattedValues)));
                    break;
                case DiagnosticsProduced diagnostics when diagnostics.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning):
                    // The tool's Jupyter front end writes a cell's compiler warnings to stderr; so does the runner.
                    sink.Write("stderr", "\n" + string.Join("\n", diagnostics.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning)
                        .Select(d => $"warning {d.Code}: {d.Message}")) + "\n");
                    break;
                case CommandFailed failed:
                    throw Failure(failed, result.Events, segment);
            }
        }
    }

    public void Dispose() => _kernel.Dispose();

    private static CellFailureException Failure(CommandFailed failed, IReadOnlyList<KernelEvent> events, CellSegment segment)
    {
        var error = events.OfType<DiagnosticsProduced>().SelectMany(d => d.Diagnostics).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null)
        {
            return new CellFailureException(segment.FirstLine + error.LinePositionSpan.Start.Line + 1, "CompilationError", $"{error.Code}: {error.Message}");
        }

        if (failed.Exception is { } exception)
        {
            return new CellFailureException(segment.FirstLine + LineOf(exception), exception.GetType().Name, exception.Message);
        }

        return new CellFailureException(0, "KernelError", failed.Message);
    }

    /// <summary>The line of the submission where the exception left the cell's code (the kernel compiles cells with line
    /// information), or 0.</summary>
    private static int LineOf(Exception exception)
    {
        var frame = new System.Diagnostics.StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => f.GetMethod()?.DeclaringType?.FullName?.StartsWith("Submission#", StringComparison.Ordinal) == true && f.GetFileLineNumber() > 0);
        return frame?.GetFileLineNumber() ?? 0;
    }

    private static string Text(IReadOnlyCollection<Microsoft.DotNet.Interactive.Formatting.FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == MimeTypes.Plain)?.Value ?? values.FirstOrDefault()?.Value ?? "";

    private static SortedDictionary<string, string> Bundle(IReadOnlyCollection<Microsoft.DotNet.Interactive.Formatting.FormattedValue> values)
    {
        var bundle = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values.Where(v => !v.SuppressDisplay))
        {
            bundle[value.MimeType] = MimeTypes.IsJson(value.MimeType) ? JsonNode.Parse(value.Value)!.ToJsonString() : value.Value;
        }

        return bundle;
    }

    private static void RefuseNuGet(CellSegment segment)
    {
        var lines = segment.Code.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimStart();
            if (line.StartsWith("#r \"nuget:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("#i ", StringComparison.Ordinal))
            {
                throw new CellFailureException(segment.FirstLine + i + 1, "UnsupportedReference",
                    "NuGet references (#r \"nuget:...\", #i) are not supported by the QuoteLens runner: reference a DLL by a path relative to the notebook");
            }
        }
    }
}
