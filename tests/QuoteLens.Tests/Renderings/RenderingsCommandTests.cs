using System.Text.Json;
using QuoteLens.Tests.Cli;

namespace QuoteLens.Tests.Renderings;

/// <summary>`quotelens renderings`, run as a process on the real corpus.</summary>
public class RenderingsCommandTests
{
    [Fact]
    public void JsonListsTheRenderingsOfProbabilityWithTheirOutlets()
    {
        var result = CliRunner.Run("renderings", "data/peskov-2024-02", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var word = json.RootElement.EnumerateArray().SelectMany(g => g.GetProperty("words").EnumerateArray())
            .Single(w => w.GetProperty("text").GetString() == "вероятности");
        var likelihood = word.GetProperty("renderings").EnumerateArray().Single(r => r.GetProperty("text").GetString() == "likelihood");
        Assert.Equal(["D13_starpowerdecor_politico_en"], likelihood.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("POLITICO", likelihood.GetProperty("outlets")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(result.Stdout, CliRunner.Run("renderings", "data/peskov-2024-02", "--format", "json").Stdout);
    }

    [Fact]
    public void OneGroupAsCsvAndAnUnknownGroupFailsClearly()
    {
        var align = JsonDocument.Parse(CliRunner.Run("align", "data/peskov-2024-02", "--format", "json").Stdout);
        var id = align.RootElement.GetProperty("groups").EnumerateArray()
            .First(g => g.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("text").GetString()!.Contains("о неизбежности", StringComparison.Ordinal)))
            .GetProperty("id").GetString()!;
        var csv = CliRunner.Run("renderings", "data/peskov-2024-02", "--group", id, "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.Contains($"{id},вероятности,ru,probability,en,3,", csv.Stdout, StringComparison.Ordinal);
        Assert.All(csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), line => Assert.StartsWith(id + ",", line, StringComparison.Ordinal));

        var unknown = CliRunner.Run("renderings", "data/peskov-2024-02", "--group", "G999");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no group 'G999'", unknown.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AlignJoinsTheRussianOriginalAndItsEnglishRenderingsInOneGroup()
    {
        var align = JsonDocument.Parse(CliRunner.Run("align", "data/peskov-2024-02", "--format", "json").Stdout);
        var group = align.RootElement.GetProperty("groups").EnumerateArray()
            .Single(g => g.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("text").GetString()!.Contains("не о вероятности, а о неизбежности", StringComparison.Ordinal)
                && m.GetProperty("article").GetString()!.StartsWith("D01", StringComparison.Ordinal)));
        var members = group.GetProperty("members").EnumerateArray().Select(m => (Language: m.GetProperty("language").GetString(), Text: m.GetProperty("text").GetString()!)).ToList();
        Assert.Contains(members, m => m.Language == "ru");
        foreach (var english in new[] { "possibility", "probability", "likelihood" })
        {
            Assert.Contains(members, m => m.Language == "en" && m.Text.Contains(english, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheTableSaysWhichLanguageIsTakenAsTheOriginal()
    {
        var result = CliRunner.Run("renderings", "data/peskov-2024-02", "--original", "de");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("not in the corpus", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("вероятности", result.Stdout, StringComparison.Ordinal);
    }
}
