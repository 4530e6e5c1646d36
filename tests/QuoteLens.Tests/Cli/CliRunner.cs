using System.Diagnostics;

namespace QuoteLens.Tests.Cli;

/// <summary>Runs the real `quotelens` tool (the built QuoteLens.Cli.dll beside the tests) as a process.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr, byte[] StdoutBytes);

    public static Result Run(params string[] args) => RunWith(new Dictionary<string, string?>(), args);

    /// <summary>Runs the tool in the repository with <paramref name="environment"/> added to (or, for null values, removed from) its environment.</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "QuoteLens.Cli.dll"), .. args], TestPaths.Root, environment);

    /// <summary>Runs <paramref name="program"/> in <paramref name="folder"/>; COLUMNS and NO_COLOR are cleared unless <paramref name="environment"/> sets them.</summary>
    public static Result Start(string program, IEnumerable<string> args, string folder, IReadOnlyDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        info.Environment.Remove("COLUMNS");
        info.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        using var bytes = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(bytes);
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        stdout.Wait();
        var raw = bytes.ToArray();
        return new Result(process.ExitCode, System.Text.Encoding.UTF8.GetString(raw), stderr.Result, raw);
    }
}
