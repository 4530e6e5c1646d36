namespace QuoteLens.Tests.Cli;

/// <summary>The README's Set up block is two commands, the second is the test script, and CI runs exactly that script.</summary>
public sealed class SetupScriptTests
{
    private static readonly string[] Packages =
    [
        "chromium", "chromium-driver", "nodejs", "npm", "mueller7-dict", "dict-freedict-eng-rus", "dict-freedict-fra-eng",
        "dict-freedict-deu-eng", "dict-freedict-ara-eng", "dict-freedict-nld-eng", "dict-freedict-por-eng", "dict-freedict-pol-eng",
        "dict-freedict-spa-eng", "dict-freedict-ita-eng", "dict-freedict-fin-eng", "dict-freedict-eng-bul", "dict-de-en", "apertium-rus-ukr", "apertium-fr-es", "apertium-es-pt",
        "apertium-spa-ita", "apertium-es-ro", "apertium-eng-spa", "lttoolbox", "jupyter-nbconvert", "python3-nbclient",
    ];

    [Fact]
    public void TheSetUpBlockHoldsTheMainJobAndTheTestScriptWhichCiRuns()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## Set up", StringComparison.Ordinal)..];
        var block = section[(section.IndexOf("```\n", StringComparison.Ordinal) + 4)..];
        var commands = block[..block.IndexOf("```", StringComparison.Ordinal)].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["dotnet run --project src/QuoteLens.Cli -- report", "bash tests/run.sh"], commands);
        var ci = File.ReadAllLines(Path.Combine(TestPaths.Root, ".ci", "run")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal("bash tests/run.sh", ci[^1]);
    }

    [Fact]
    public void TheTestScriptInstallsEveryPackageTheTestsNeedAndRunsTheWholeSolution()
    {
        var script = File.ReadAllText(Path.Combine(TestPaths.Root, "tests", "run.sh"));
        var listed = script[script.IndexOf("packages=(", StringComparison.Ordinal)..];
        listed = listed[..listed.IndexOf(')', StringComparison.Ordinal)];

        Assert.Equal(Packages, listed["packages=(".Length..].Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("dotnet tool install Microsoft.dotnet-interactive --version 1.0.712001", script, StringComparison.Ordinal);
        Assert.Contains("DEBIAN_FRONTEND=noninteractive apt-get update", script, StringComparison.Ordinal);
        Assert.Contains("\ndotnet test QuoteLens.sln \"$@\"\n", script, StringComparison.Ordinal);
    }
}
