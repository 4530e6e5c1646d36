using QuoteLens.Grouping;
using static QuoteLens.Tests.Grouping.GroupingScenarios;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A short full sentence joins a statement as a version only where its words are a good part of a version of it
/// (<see cref="QuoteGrouper.ShortFitRatio"/>): a passing phrase of a long sentence is no truncated version of it.
/// </summary>
public class ShortFitTests
{
    private const string Long =
        "“We are going to stay with you as long as it takes, and we will rebuild the bridge, restore the port, reopen the shipping lanes and bring every worker back to the docks of Baltimore,” the president said.";

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
