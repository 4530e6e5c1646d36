using QuoteLens.Corpus;
using QuoteLens.Grouping;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Same-language statement order: two versions that share too few words to be compared still join when they stand in
/// the same place of two articles, between or next to the same shared statements (one is enough); with no word in common they
/// stay apart.
/// </summary>
public class StatementOrderTests
{
    private const string First = "“We are forced to fire upon military positions of the Ukrainian army near the border,” the minister said.";
    private const string Second = "“Our engineers will rebuild every destroyed bridge in the region before the winter comes,” he said.";

    private static Analysis Run(params string[] texts) =>
        Analysis.Run(new ArticleCorpus("t", "t", texts.Select((t, i) => Written(t) with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));

    private static QuoteGroup GroupOf(Analysis analysis, string articleId, string text) =>
        analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == articleId && m.Text.Contains(text, StringComparison.Ordinal)));

    [Fact]
    public void ARewordingBetweenTheSameTwoSharedStatementsJoins()
    {
        var analysis = Run(
            First + "\n“Nobody gets security for free,” he added.\n" + Second,
            First + "\n“Security never comes free,” he added.\n" + Second);
        var group = GroupOf(analysis, "A0000", "Nobody gets");
        Assert.Equal(["A0000", "A0001"], group.Members.Select(m => m.ArticleId));
        Assert.True(group.Links.Any(l => l.Evidence.StartsWith("statement order", StringComparison.Ordinal)), string.Join(" / ", group.Links.Select(l => l.Evidence)));
    }

    [Fact]
    public void ARewordingRightAfterTheOnlySharedStatementJoins()
    {
        // One anchor is enough (QuoteGrouper.OrderMinAnchors): measured on the answer keys, every pair it added was right.
        var analysis = Run(
            First + "\n“Nobody gets security for free,” he added.",
            First + "\n“Security never comes free,” he added.");
        Assert.Equal(GroupOf(analysis, "A0000", "Nobody gets").Id, GroupOf(analysis, "A0001", "never comes").Id);
    }

    [Fact]
    public void ASentenceWithNoWordInCommonRightAfterTheOnlySharedStatementStaysApart()
    {
        var analysis = Run(
            First + "\n“Nobody gets security for free,” he added.",
            First + "\n“That is how we assess it,” he added.");
        Assert.NotEqual(GroupOf(analysis, "A0000", "Nobody gets").Id, GroupOf(analysis, "A0001", "assess it").Id);
    }

    [Fact]
    public void SentencesWithNoWordInCommonStayApartEvenInTheSamePlace()
    {
        var analysis = Run(
            First + "\n“Nobody gets security for free,” he added.\n" + Second,
            First + "\n“That is how we assess it,” he added.\n" + Second);
        Assert.NotEqual(GroupOf(analysis, "A0000", "Nobody gets").Id, GroupOf(analysis, "A0001", "assess it").Id);
    }
}
