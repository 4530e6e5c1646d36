using QuoteLens.Corpus;
using QuoteLens.Grouping;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A short full sentence joins a statement as a version only where its words are a good part of a version of it
/// (<see cref="QuoteGrouper.ShortFitRatio"/>): a passing phrase of a long sentence is no truncated version of it.
/// </summary>
public class ShortFitTests
{
    private const string Long =
        "“We are going to stay with you as long as it takes, and we will rebuild the bridge, restore the port, reopen the shipping lanes and bring every worker back to the docks of Baltimore,” the president said.";

    private static Analysis Run(params string[] texts) =>
        Analysis.Run(new ArticleCorpus("t", "t", texts.Select((t, i) => Written(t, "en") with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));

    private static QuoteGroup GroupOf(Analysis analysis, string articleId, string text) =>
        analysis.Groups.Single(g => g.Members.Concat(g.Fragments).Any(m => m.ArticleId == articleId && m.Text.Contains(text, StringComparison.Ordinal)));

    [Fact]
    public void AShortSentenceWhoseWordsArePassingPhraseOfALongVersionStaysApart()
    {
        var analysis = Run(
            Long,
            Long.Replace("the president said", "he said on Tuesday", StringComparison.Ordinal),
            "The governor spoke to the press. “We will rebuild the bridge,” she said.");
        var statement = GroupOf(analysis, "A0000", "shipping lanes");
        Assert.Equal(["A0000", "A0001"], statement.Members.Select(m => m.ArticleId));
        var alone = GroupOf(analysis, "A0002", "rebuild the bridge");
        Assert.Equal(["A0002"], alone.Members.Select(m => m.ArticleId));
    }

    [Fact]
    public void TheSameShortSentenceJoinsAVersionItIsAGoodPartOf()
    {
        const string Short = "“We are going to stay with you, and we will rebuild the bridge together,” the president said.";
        var analysis = Run(
            Short,
            Short.Replace("the president said", "he said on Tuesday", StringComparison.Ordinal),
            "The governor spoke to the press. “We will rebuild the bridge,” she said.");
        var statement = GroupOf(analysis, "A0000", "rebuild the bridge");
        Assert.Equal(["A0000", "A0001", "A0002"], statement.Members.Select(m => m.ArticleId));
    }
}
