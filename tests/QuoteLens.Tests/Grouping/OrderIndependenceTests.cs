using QuoteLens.Alignment;
using QuoteLens.Grouping;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>Grouping and alignment must not depend on the order in which articles or quotes are listed.</summary>
public class OrderIndependenceTests
{
    [Theory]
    [InlineData("belgorod-2024-03")]
    [InlineData("peskov-2024-02")]
    [InlineData("macron-2024-02")]
    public void ShuffledQuotesGiveTheSameGroupsAndTables(string corpus)
    {
        var quotes = Analysis.Run(TestPaths.Data(corpus)).Quotes;
        var expected = Describe(quotes);
        var random = new Random(20240313);
        for (int round = 0; round < 5; round++)
        {
            var shuffled = quotes.OrderBy(_ => random.Next()).ToList();
            Assert.Equal(expected, Describe(shuffled));
        }

        Assert.Equal(expected, Describe(quotes.Reverse().ToList()));
    }

    private static List<string> Describe(IReadOnlyList<Quote> quotes) =>
        QuoteGrouper.Group(quotes).SelectMany(g =>
        {
            var table = MultiAligner.Align(g);
            return table.Rows.Select(r => $"{g.Id} {r.Member.Id}: " + string.Join("|", r.Cells.Select(c => c?.Text ?? "·")));
        }).ToList();
}
