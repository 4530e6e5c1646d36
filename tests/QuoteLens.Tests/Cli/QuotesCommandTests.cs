using System.Text.Json;

namespace QuoteLens.Tests.Cli;

/// <summary>`quotelens quotes DIR [--speaker NAME]` as a user runs it.</summary>
public class QuotesCommandTests
{
    [Fact]
    public void SpeakerFilterMatchesTheNameInEveryScript()
    {
        // peskov-2024-02 quotes Peskov in Russian (Песков), English, French, Romanian and Estonian outlets.
        var latin = Quotes("--speaker", "Peskov");
        var cyrillic = Quotes("--speaker", "Песков");
        Assert.Equal(latin, cyrillic);
        Assert.Contains(latin, q => q.Article.StartsWith("D01", StringComparison.Ordinal));
        Assert.Contains(latin, q => q.Article.StartsWith("D12", StringComparison.Ordinal));
        Assert.All(latin, q => Assert.Equal("Dmitry Peskov", q.Canonical));
        // Every quote of this corpus is Peskov's (the press secretary of the Russian president included): the filter keeps them all.
        var all = Quotes();
        Assert.True(latin.Count <= all.Count);
        Assert.DoesNotContain(Quotes("--speaker", "Zelensky"), q => q.Canonical == "Dmitry Peskov");
    }

    [Fact]
    public void AnEmptySpeakerIsOneClearLineAndExitCodeOne()
    {
        var result = CliRunner.Run("quotes", "data/peskov-2024-02", "--speaker", " ");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--speaker", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    private static List<(string Article, string Text, string? Canonical)> Quotes(params string[] options)
    {
        var result = CliRunner.Run(["quotes", "data/peskov-2024-02", "--format", "json", .. options]);
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        return doc.RootElement.GetProperty("quotes").EnumerateArray()
            .Select(q => (q.GetProperty("article").GetString()!, q.GetProperty("text").GetString()!, q.GetProperty("canonicalSpeaker").GetString()))
            .ToList();
    }
}
