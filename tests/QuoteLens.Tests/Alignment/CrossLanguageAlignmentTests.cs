using QuoteLens.Alignment;
using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;
using QuoteLens.Tests.Renderings;
using Xunit.Abstractions;

namespace QuoteLens.Tests.Alignment;

/// <summary>
/// Versions in other languages are placed in the alignment table through the bridge: a translation's word stands under
/// the word of the centre it renders, not under whatever word happens to share its position.
/// </summary>
public class CrossLanguageAlignmentTests(RenderingsFixture fixture, ITestOutputHelper output) : IClassFixture<RenderingsFixture>
{

    [Fact]
    public void AFrenchVersionStandsUnderTheEnglishWordsItRenders()
    {
        var english = Quote("en1", "en", "The fire destroyed the old market.");
        var french = Quote("fr1", "fr", "L'incendie a détruit le vieux marché.");
        var table = MultiAligner.Align(new QuoteGroup("G1", [english, french]), CrossLanguageBridge.Default);
        Print(table);

        Assert.Equal("L'incendie", Under(table, "fire", "fr1"));
        Assert.Equal("vieux", Under(table, "old", "fr1"));
        Assert.Null(Under(table, "The", "fr1"));
        Assert.Equal(["L'incendie", "a", "détruit", "le", "vieux", "marché"], Row(table, "fr1"));
    }

    [Fact]
    public void WithoutABridgeATranslationTakesSlotsOfItsOwn()
    {
        var english = Quote("en1", "en", "The fire destroyed the old market.");
        var french = Quote("fr1", "fr", "L'incendie a détruit le vieux marché.");
        var table = MultiAligner.Align(new QuoteGroup("G1", [english, french]), null);

        foreach (var word in new[] { "The", "fire", "destroyed", "market" })
        {
            Assert.Null(Under(table, word, "fr1"));
        }

        Assert.Equal(["L'incendie", "a", "détruit", "le", "vieux", "marché"], Row(table, "fr1"));
    }

    [Fact]
    public void PeskovsRussianOriginalIsCentredAndItsEnglishRenderingsStandUnderIt()
    {
        var group = fixture.Peskov.Groups.Single(g => g.Members.Any(m => m.ArticleId.StartsWith("D01", StringComparison.Ordinal) && m.Text.Contains("о неизбежности", StringComparison.Ordinal)));
        var table = fixture.Peskov.Align(group);
        Print(table);
        var russian = table.Rows.First(r => r.Member.ArticleId.StartsWith("D01", StringComparison.Ordinal)).Cells;
        int slot = Enumerable.Range(0, table.Width).Single(i => russian[i]?.Text == "вероятности");
        var under = table.Rows.Where(r => r.Member.Language == "en").Select(r => r.Cells[slot]?.Text?.ToLowerInvariant()).ToList();
        output.WriteLine("under вероятности: " + string.Join(", ", under.Select(u => u ?? "—")));
        Assert.All(under, u => Assert.True(u is null or "probability" or "possibility" or "likelihood", u));
        Assert.Contains("probability", under);
    }

    private static string? Under(AlignmentTable table, string centreWord, string articleId)
    {
        var centre = table.Rows.Single(r => r.Member.Language == "en").Cells;
        int slot = Enumerable.Range(0, table.Width).Single(i => centre[i]?.Text == centreWord);
        return table.Rows.Single(r => r.Member.ArticleId == articleId).Cells[slot]?.Text;
    }

    private static List<string> Row(AlignmentTable table, string articleId) =>
        [.. table.Rows.Single(r => r.Member.ArticleId == articleId).Cells.Where(c => c is { } t && t.IsContent).Select(c => c!.Value.Text)];

    private void Print(AlignmentTable table)
    {
        foreach (var row in table.Rows)
        {
            output.WriteLine($"{row.Member.ArticleId,-30} " + string.Join(" | ", row.Cells.Select(c => c?.Text ?? "·")));
        }
    }

    private static Quote Quote(string article, string language, string text) =>
        new($"{article}-0", article, text, 0, text.Length, QuoteKind.Full, false, "\"", null, null, language, [new Span(0, text.Length)]);
}
