using System.Diagnostics;

namespace QuoteLens.Benchmarks.Harness;

/// <summary>A whole-process run of the real tool: wall time, peak working set, exit code, bytes written.</summary>
/// <param name="Time">Wall time from start to exit.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set (high-water mark, read until it exits).</param>
/// <param name="ExitCode">The tool's exit code.</param>
/// <param name="OutputBytes">Size of its standard output.</param>
public sealed record ToolResult(TimeSpan Time, long PeakWorkingSetBytes, int ExitCode, long OutputBytes);

/// <summary>Runs `quotelens align DIR --format json &gt; FILE` as its own process (the tool's dll beside this program's).</summary>
public static class ToolRun
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>The tool's dll (built beside the benchmarks, which reference the tool's project).</summary>
    public static string ToolDll => Path.Combine(AppContext.BaseDirectory, "QuoteLens.Cli.dll");

    /// <summary>Runs the tool on <paramref name="corpus"/> and writes its JSON to <paramref name="output"/>.</summary>
    public static ToolResult Align(string corpus, string output) => Run([ToolDll, "align", corpus, "--format", "json"], output, output);

    /// <summary>Runs `quotelens report DIR -o <paramref name="output"/>` with the default options; the output size is the report's.</summary>
    public static ToolResult Report(string corpus, string output) => Run([ToolDll, "report", corpus, "-o", output, "--quiet"], output + ".stdout", output);

    private static ToolResult Run(string[] args, string stdoutFile, string outputFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        using var file = File.Create(stdoutFile);
        var copy = process.StandardOutput.BaseStream.CopyToAsync(file);
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(PollInterval))
        {
            peak = Math.Max(peak, PeakOf(process));
        }

        watch.Stop();
        copy.Wait();
        if (process.ExitCode is not (Cli.Output.ExitCodes.Ok or Cli.Output.ExitCodes.SomeSkipped))
        {
            Console.Error.WriteLine(errors.Result);
        }

        file.Flush();
        return new ToolResult(watch.Elapsed, peak, process.ExitCode, new FileInfo(outputFile).Length);
    }

    private static long PeakOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }
}
