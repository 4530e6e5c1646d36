using System.Diagnostics;
using System.Text.Json.Nodes;
using QuoteLens.Notebooks;

namespace QuoteLens.Tests.Notebooks;

/// <summary>
/// Runs every notebook of notebooks/ in the real .NET Interactive kernel: the <c>dotnet-interactive</c> tool
/// (Microsoft.dotnet-interactive 1.0.712001, the kernel VS Code's Polyglot Notebooks runs) driven by Jupyter's
/// nbclient from Debian's packages (<c>/usr/bin/python3</c>, python3-nbclient). The tool is found through
/// <c>QUOTELENS_DOTNET_INTERACTIVE</c> (the executable) or as <c>dotnet-interactive</c> on PATH; the kernel is
/// registered by the driver script in a private Jupyter folder. Every output must be free of errors and warnings,
/// and equal to what <c>quotelens notebook run</c> (the same kernel hosted in-process) gives.
/// </summary>
public sealed class KernelNotebookTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("quotelens-kernel-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public async Task EveryNotebookRunsCleanInTheRealKernelWithTheRunnersOutputs()
    {
        string library = Path.Combine(TestPaths.Root, "src", "QuoteLens", "bin", "Debug", "net8.0", "QuoteLens.dll");
        Assert.True(File.Exists(library), $"The notebooks load {library}: build in Debug (dotnet build) first.");
        var notebooks = Directory.GetFiles(Path.Combine(TestPaths.Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(7, notebooks.Count);

        var (exit, log) = await RunInKernelAsync(notebooks);
        Assert.True(exit == 0, "A notebook failed in the dotnet-interactive kernel:\n" + log);

        foreach (string path in notebooks)
        {
            var inKernel = NotebookDocument.Load(Path.Combine(_out, Path.GetFileName(path)));
            var inRunner = (await NotebookRunner.RunAsync(path)).AssertSucceeded().Notebook;
            var kernelCode = inKernel.Cells.Where(c => c.Kind == CellKind.Code).ToList();
            var runnerCode = inRunner.Cells.Where(c => c.Kind == CellKind.Code).ToList();
            Assert.Equal(runnerCode.Count, kernelCode.Count);
            for (int i = 0; i < runnerCode.Count; i++)
            {
                string where = $"{inRunner.Name}, cell {runnerCode[i].Number}";
                var kernelOutputs = Normalize(kernelCode[i].Outputs);
                Assert.DoesNotContain(kernelOutputs, o => o.StartsWith("error", StringComparison.Ordinal) || o.StartsWith("stream stderr", StringComparison.Ordinal));
                Assert.DoesNotContain(kernelOutputs, o => o.Contains("warning CS", StringComparison.Ordinal));
                Assert.True(Normalize(runnerCode[i].Outputs).SequenceEqual(kernelOutputs), $"{where}: the kernel's outputs differ from the runner's");
            }
        }
    }

    /// <summary>Outputs as comparable strings: JSON mimetypes parsed (the tool's Jupyter front end stores plotly JSON as a
    /// string, the runner as an object, as nbformat asks), the front end's one-time bootstrap script left out.</summary>
    private static List<string> Normalize(IEnumerable<CellOutput> outputs) =>
        [.. outputs
            .Where(o => o is not DisplayOutput d || !d.Data.Values.Any(v => v.Contains("dotnet-interactive-this-cell", StringComparison.Ordinal)))
            .Select(o => o switch
            {
                DisplayOutput d => $"{(d.IsResult ? "result" : "display")} " + string.Join("\n--\n", d.Data.Select(p => p.Key + ": " + (MimeTypes.IsJson(p.Key) ? Json(p.Value) : p.Value))),
                StreamOutput s => $"stream {s.Name} {s.Text}",
                ErrorOutput e => $"error {e.Name}: {e.Value}",
                _ => o.ToString() ?? "",
            })];

    private static string Json(string text)
    {
        var node = JsonNode.Parse(text);
        return node is JsonValue value && value.TryGetValue<string>(out var inner) ? JsonNode.Parse(inner)!.ToJsonString() : node!.ToJsonString();
    }

    private async Task<(int Exit, string Log)> RunInKernelAsync(IReadOnlyList<string> notebooks)
    {
        string tool = Environment.GetEnvironmentVariable("QUOTELENS_DOTNET_INTERACTIVE") is { Length: > 0 } configured
            ? configured
            : FindOnPath("dotnet-interactive") ?? throw new InvalidOperationException(
                "The dotnet-interactive tool is missing: `dotnet tool install Microsoft.dotnet-interactive --version 1.0.712001 --tool-path DIR` "
                + "and put DIR on PATH (or set QUOTELENS_DOTNET_INTERACTIVE to DIR/dotnet-interactive).");
        Assert.True(File.Exists("/usr/bin/python3"), "Debian's python3 with python3-nbclient is needed (apt-get install python3-nbclient jupyter-nbconvert)");
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _out,
        };
        foreach (string argument in new[] { Path.Combine(TestPaths.Root, "tests", "QuoteLens.Tests", "Notebooks", "Kernel", "run-in-kernel.py"), tool, _out }.Concat(notebooks))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
