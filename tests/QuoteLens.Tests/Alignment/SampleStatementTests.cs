using QuoteLens.Grouping;
using QuoteLens.Comparison;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Alignment;

/// <summary>The joint statement of March 2024 as the four outlets quote it.</summary>
public class SampleStatementTests
{
    private static readonly Analysis Sample = Analysis.Run(TestPaths.Data("belgorod-2024-03"));

    private static QuoteGroup Statement => Sample.Groups.Single(g => g.Members.Any(m => m.Text.Contains("assassins", StringComparison.Ordinal)));

    [Fact]
    public void TheKillersAssassinsSentenceOfTheFour2024ArticlesIsOneGroup()
    {
        var articles = Statement.Members.Select(m => m.ArticleId[..3]).Distinct().Order().ToList();
        Assert.Equal(["000", "001", "002", "003"], articles);
        Assert.All(Statement.Members, m => Assert.Contains("Putin", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void TheMay2023ArticleJoinsNoGroupOfThe2024Articles()
    {
        foreach (var group in Sample.Groups.Where(g => g.Members.Any(m => m.ArticleId.StartsWith("004", StringComparison.Ordinal))))
        {
            Assert.All(group.Members, m => Assert.StartsWith("004", m.ArticleId, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AlignmentPutsKillersAndAssassinsInOneSlot()
    {
        var table = Sample.Align(Statement);
        Assert.Equal(Statement.Members.Count, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(table.Width, r.Cells.Count));
        int slot = Enumerable.Range(0, table.Width).Single(s => table.Rows.Any(r => r.Cells[s]?.Norm == "assassins"));
        Assert.True(table.IsVaried(slot));
        Assert.Contains(table.Rows, r => r.Cells[slot]?.Norm == "killers");
    }

    [Fact]
    public void VariationsListTheSubstitutionsWithTheOutletsBehindEachSide()
    {
        var variations = Sample.Variations(Statement);
        AssertReadings(variations, ("killers", ["000", "002", "003"]), ("assassins", ["001"]));
        AssertReadings(variations, ("attacks", ["000", "002", "003"]), ("strikes", ["001"]));
        var placing = variations.Single(v => v.Readings.Any(r => r.Text == "putting"));
        Assert.Contains(placing.Readings, r => r.Text == "setting up");
        Assert.Contains(placing.Readings, r => r.Text.Contains("placing", StringComparison.Ordinal));
        Assert.True(placing.IsSubstitution);
    }

    [Fact]
    public void WordDiffMarksTheSubstitutedWords()
    {
        var daily = Statement.Members.Single(m => m.ArticleId.StartsWith("000", StringComparison.Ordinal));
        var moscow = Statement.Members.Single(m => m.ArticleId.StartsWith("001", StringComparison.Ordinal));
        var diff = WordDiffer.Diff(daily, moscow);
        Assert.Contains(diff.Pieces, p => p.Operation == DiffOperation.Deleted && p.Text == "killers");
        Assert.Contains(diff.Pieces, p => p.Operation == DiffOperation.Inserted && p.Text == "assassins");
        Assert.Contains(diff.Pieces, p => p.Operation == DiffOperation.Equal && p.Text.StartsWith("Putin’s", StringComparison.Ordinal));
        Assert.False(diff.IsIdentical);
        Assert.True(WordDiffer.Diff(daily, daily).IsIdentical);
    }

    private static void AssertReadings(IReadOnlyList<Variation> variations, params (string Text, string[] Articles)[] expected)
    {
        var variation = variations.Single(v => v.Readings.Any(r => r.Text == expected[0].Text) && v.Readings.Any(r => r.Text == expected[1].Text));
        foreach (var (text, articles) in expected)
        {
            var reading = variation.Readings.Single(r => r.Text == text);
            Assert.Equal(articles, reading.ArticleIds.Select(a => a[..3]));
        }
    }
}
