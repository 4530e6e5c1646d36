using QuoteLens.Tests.Corpus;

namespace QuoteLens.Tests.Cli;

/// <summary>
/// The tool as users get it: `dotnet pack`, `dotnet tool install` into a fresh tool path, run from a folder outside the
/// repository. report, align, framing and renderings give the same bytes as the tool inside the repository. (One slow
/// test: it packs the tool, about a minute.)
/// </summary>
public sealed class InstalledToolTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public void ThePackedToolWorksFromAnyFolderWithTheSameOutputAsInsideTheRepository()
    {
        using var temp = new TempFolder();
        var packages = temp.File("packages");
        var tools = temp.File("tools");
        var work = temp.File("work");
        Directory.CreateDirectory(work);

        var pack = CliRunner.Start("dotnet", ["pack", Path.Combine(TestPaths.Root, "src", "QuoteLens.Cli", "QuoteLens.Cli.csproj"), "-c", "Release", "-o", packages, "--nologo"], TestPaths.Root, NoEnvironment);
        Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
        var install = CliRunner.Start("dotnet", ["tool", "install", "QuoteLens.Cli", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources"], work, NoEnvironment);
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);

        CopyFolder(TestPaths.Data("peskov-2024-02"), Path.Combine(work, "peskov-2024-02"));
        var installed = Path.Combine(tools, "quotelens");
        CliRunner.Result Installed(params string[] args) => CliRunner.Start(installed, args, work, NoEnvironment);

        foreach (var command in new[] { "align", "framing", "renderings" })
        {
            var outside = Installed(command, "peskov-2024-02", "--format", "json");
            var inside = CliRunner.Run(command, TestPaths.Data("peskov-2024-02"), "--format", "json");
            Assert.True(outside.ExitCode == 0, command + ": " + outside.Stderr);
            Assert.Equal(inside.Stdout, outside.Stdout);
        }

        var report = Installed("report", "-o", "report.html");
        Assert.True(report.ExitCode == 0, report.Stderr);
        var repoReport = temp.File("inside.html");
        Assert.Equal(0, CliRunner.Run("report", "-o", repoReport).ExitCode);
        Assert.Equal(File.ReadAllBytes(repoReport), File.ReadAllBytes(Path.Combine(work, "report.html")));

        var help = Installed("--help");
        Assert.Contains("quotelens [command] [options]", help.Stdout, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
