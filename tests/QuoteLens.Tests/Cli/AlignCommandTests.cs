using System.Text.Json;
using QuoteLens.Corpus;

namespace QuoteLens.Tests.Cli;

/// <summary>`quotelens align DIR --format json` as a user runs it.</summary>
public class AlignCommandTests
{
    [Theory]
    [InlineData("belgorod-2024-03")]
    [InlineData("peskov-2024-02")]
    public void JsonMembersCarryTheQuoteExactlyAsTheFileHasItAtItsOffsets(string corpusName)
    {
        var result = CliRunner.Run("align", Path.Combine("data", corpusName), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var corpus = CorpusLoader.Load(TestPaths.Data(corpusName));
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(corpus.Articles.Select(a => a.Id), articles.Select(a => a.GetProperty("id").GetString()));
        int members = 0;
        foreach (var group in doc.RootElement.GetProperty("groups").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(group.GetProperty("id").GetString()));
            foreach (var m in group.GetProperty("members").EnumerateArray())
            {
                var text = corpus.Find(m.GetProperty("article").GetString()!)!.Text;
                int start = m.GetProperty("start").GetInt32(), end = m.GetProperty("end").GetInt32();
                Assert.Equal(text[start..end], m.GetProperty("text").GetString());
                members++;
            }
        }

        Assert.True(members > 5);
    }

    [Fact]
    public void JsonIsTheSameOnEveryRun()
    {
        var first = CliRunner.Run("align", "data/belgorod-2024-03", "--format", "json");
        var second = CliRunner.Run("align", "data/belgorod-2024-03", "--format", "json");
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void AMissingFolderIsOneClearLineAndExitCodeOne()
    {
        var result = CliRunner.Run("align", "no/such/folder");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no/such/folder", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffOfTheStatementGroupShowsTheSubstitutionsAsJson()
    {
        var align = JsonDocument.Parse(CliRunner.Run("align", "data/belgorod-2024-03", "--format", "json").Stdout);
        var id = align.RootElement.GetProperty("groups").EnumerateArray()
            .First(g => g.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("text").GetString()!.Contains("assassins", StringComparison.Ordinal)))
            .GetProperty("id").GetString()!;
        var result = CliRunner.Run("diff", "data/belgorod-2024-03", "--group", id, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var readings = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("variations").EnumerateArray()
            .SelectMany(v => v.GetProperty("readings").EnumerateArray()).Select(r => r.GetProperty("text").GetString()).ToList();
        Assert.Contains("killers", readings);
        Assert.Contains("assassins", readings);
    }
}
