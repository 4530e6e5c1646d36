using System.Text.Json;
using QuoteLens.Tests.Corpus;

namespace QuoteLens.Tests.Cli;

/// <summary>A folder of hostile and broken files through `quotelens align` and `quotelens report`: the run finishes, the good files are processed, each bad one is named with its problem.</summary>
public sealed class HostileCorpusCliTests : IDisposable
{
    private readonly TempFolder _corpus = new();
    private readonly TempFolder _outside = new();
    private readonly TempFolder _out = new();

    public HostileCorpusCliTests()
    {
        _corpus.Write("a.txt", "Militias urge evacuation\n\n“Putin’s killers are carrying out massive attacks on peaceful Ukrainian cities,” the statement said.\n");
        _corpus.Write("b.txt", "Evacuate, militias say\n\n“Putin’s assassins are carrying out massive strikes on peaceful Ukrainian cities,” the statement read. <script>window.pwned=1</script>\n");
        _corpus.Write("empty.txt", []);
        _corpus.Write("paper.txt", [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, .. "\n1 0 obj\n"u8]);
        _corpus.Write("huge.txt", new string('x', 2 * 1024 * 1024));
        _corpus.Write("articles.csv", "file,outlet\na.txt,Outlet A\nb.txt,Outlet B\nmissing.txt,Nobody\n../escape.txt,Nobody\n");
        _outside.Write("secret.txt", "“A secret quote that must never be read from outside the corpus folder,” it said.\n");
        File.CreateSymbolicLink(_corpus.File("link.txt"), _outside.File("secret.txt"));
    }

    [Fact]
    public void AlignFinishesGroupsTheGoodFilesAndListsEverySkippedFile()
    {
        var result = CliRunner.Run("--max-file-size", "1", "align", _corpus.Path, "--format", "json");

        Assert.Equal(3, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var skipped = doc.RootElement.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("file").GetString()).ToList();
        Assert.Contains("empty.txt", skipped);
        Assert.Contains("paper.txt", skipped);
        Assert.Contains("huge.txt", skipped);
        Assert.Contains("link.txt", skipped);
        foreach (var name in new[] { "empty.txt", "paper.txt", "huge.txt", "link.txt", "missing.txt", "../escape.txt" })
        {
            Assert.Contains(name, result.Stderr, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("A secret quote", result.Stdout, StringComparison.Ordinal);
        var shared = doc.RootElement.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("shared").GetBoolean());
        Assert.Equal(["a", "b"], shared.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("article").GetString()).Order());
    }

    [Fact]
    public void ReportIsWrittenWithTheSkippedFilesInItsHeaderAndTheScriptEncoded()
    {
        var output = _out.File("report.html");
        var result = CliRunner.Run("--max-file-size", "1", "report", _corpus.Path, "-o", output);

        Assert.Equal(3, result.ExitCode);
        var html = File.ReadAllText(output);
        foreach (var name in new[] { "empty.txt", "paper.txt", "huge.txt", "link.txt" })
        {
            Assert.Contains(name, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script>window.pwned", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.pwned", html, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _corpus.Dispose();
        _outside.Dispose();
        _out.Dispose();
    }
}
