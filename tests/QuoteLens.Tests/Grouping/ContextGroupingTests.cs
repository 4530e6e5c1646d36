using QuoteLens.Corpus;
using QuoteLens.Grouping;
using static QuoteLens.Tests.Grouping.GroupingScenarios;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Grouping decides with context: short quotes join their copies when the articles tell the same story and stay apart
/// otherwise; identical copies group whatever their number; fragments are attached, not versions; sentences that merge
/// two statements are cut in two; every join says why.
/// </summary>
public class ContextGroupingTests
{
    [Fact]
    public void AShortQuoteJoinsItsCopyWhenTheArticlesShareAnotherStatement()
    {
        var analysis = Run(
            Statement + "\n“But such is life,” he added.",
            Statement + "\nHe went on: “But such is life.”");
        var group = GroupOf(analysis, "A0000", "such is life");
        Assert.Equal(["A0000", "A0001"], group.Members.Select(m => m.ArticleId));
        var statement = GroupOf(analysis, "A0000", "military positions");
        Assert.Contains(group.Links, l => l.Evidence == "identical text; context: shares " + statement.Id);
    }

    [Fact]
    public void AShortQuoteInUnrelatedStoriesStaysApart()
    {
        var analysis = Run(
            "The harvest was poor this year. “But such is life,” the farmer said.",
            "The club lost again on Sunday. “But such is life,” the coach said.");
        Assert.Equal(2, analysis.Groups.Count(g => g.Members.Any(m => m.Text.Contains("such is life", StringComparison.Ordinal))));
        Assert.DoesNotContain(analysis.Groups, g => g.IsShared);
    }

    [Fact]
    public void AShortQuoteJoinsItsCopyWhenTheSameSpeakerSaidIt()
    {
        var analysis = Run(
            "Moscow reacted on Monday. “That's how we assess it,” Dmitry Peskov said.",
            "The Kremlin was asked about the report. “That’s how we assess it,” Peskov said.");
        var group = GroupOf(analysis, "A0000", "assess it");
        Assert.True(group.IsShared);
        Assert.Equal("identical text; context: speaker Dmitry Peskov", Assert.Single(group.Links).Evidence);
    }

    [Fact]
    public void ALoneCopyJoinsTheOneGroupItsOtherCopiesStandIn()
    {
        // The third article names no speaker the context pass can use and shares no other statement: the very same short
        // text, which every other copy of it gives to one group, is that group's statement.
        var analysis = Run(
            "The governor spoke on Monday. “We will finish them,” Ivan Petrenko said.",
            "Officials met in the region. “We will finish them,” Petrenko said.",
            "Shots were heard near the border. “We will finish them,” the official said.");
        var group = GroupOf(analysis, "A0000", "finish them");
        Assert.Equal(["A0000", "A0001", "A0002"], group.Members.Select(m => m.ArticleId));
        Assert.Contains(group.Links, l => l.To.StartsWith("A0002", StringComparison.Ordinal) && l.Evidence == "identical text; its copies in 2 other articles all stand in " + group.Id);
    }

    [Fact]
    public void ALoneCutOfASentenceJoinsTheOneLoneSentenceOfAnotherArticleThatHoldsAllItsWords()
    {
        // Two outlets, and no third, quote one sentence: one a piece of it, the other all of it (with a "no" in the rest).
        var analysis = Run(
            "The talks ended on Friday. The minister said the neighbour had “brazenly broken the founding rules of the river charter” this week.",
            "Officials met at the border. “Our neighbour has brazenly broken the founding rules of the river charter, no less than the ban on taking the banks of others by force,” Olaf Berning said.");
        var group = GroupOf(analysis, "A0000", "river charter");
        Assert.Equal(["A0000", "A0001"], group.Members.Select(m => m.ArticleId));
        Assert.Contains(group.Links, l => l.Evidence == "lone versions: all its keys in the one other lone version that holds them");
    }

    [Fact]
    public void ALoneTwoWordCutJoinsTheOneLoneSentenceOfAnotherArticleThatHoldsItsWordsWhenItIsAGoodPartOfIt()
    {
        // Two outlets, and no third, quote one short exchange: one gives two words of it, the other the whole sentence.
        var analysis = Run(
            "The talks ended on Friday. “Unpaid tolls?” the minister asked.",
            "Officials met at the border. “I asked them about the unpaid tolls of last year,” Olaf Berning said.");
        var group = GroupOf(analysis, "A0000", "tolls");
        Assert.Equal(["A0000", "A0001"], group.Members.Select(m => m.ArticleId));
        Assert.Contains(group.Links, l => l.Evidence == "lone versions: all its keys in the one other lone version that holds them");
    }

    [Fact]
    public void ALoneTwoWordQuoteStaysApartFromALongSentenceThatHappensToHoldItsWords()
    {
        // Two names are in many a long sentence that is no version of the question.
        var analysis = Run(
            "The talks ended on Friday. “Berning or Halvorsen?” the minister asked.",
            "Officials met at the border. “Everyone laughed at what I said about Mister Berning, finding some hidden attack on Berning beside Halvorsen and their rival farming plans,” Olaf Lund said.");
        Assert.NotEqual(GroupOf(analysis, "A0000", "Halvorsen").Id, GroupOf(analysis, "A0001", "Halvorsen").Id);
    }

    [Fact]
    public void IdenticalCopiesGroupWhateverTheirNumber()
    {
        // 300 articles carry one statement word for word (every key of it is "too common" for the rare-key search), and
        // each has a quote of its own.
        var texts = Enumerable.Range(0, 300).Select(i =>
            $"{Statement}\n“Local harvest number {i} was counted by volunteers near village {i},” a farmer named Farmer{i} said.").ToArray();
        var analysis = Run(texts);
        var group = GroupOf(analysis, "A0000", "military positions");
        Assert.Equal(300, group.Members.Count);
        Assert.Equal(299, group.Links.Count(l => l.Evidence == "identical text"));
        Assert.Equal(301, analysis.Groups.Count);
    }

    [Fact]
    public void AFragmentIsAttachedToItsStatementButIsNotAVersion()
    {
        var analysis = Run(
            Statement,
            Statement,
            "The minister said the army had been “forced” to act, and spoke of “military positions” near the border.");
        var group = GroupOf(analysis, "A0000", "military positions");
        Assert.Equal(2, group.Members.Count);
        Assert.Contains(group.Fragments, f => f.Text == "military positions" && f.ArticleId == "A0002");
        Assert.Equal(2, analysis.Align(group).Rows.Count);
        Assert.Single(analysis.Diff(group));
        Assert.Contains(group.Links, l => l.To == group.Fragments[0].Id && l.Evidence.StartsWith("fragment: ", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceThatMergesTwoStatementsIsCutInTwo()
    {
        const string First = "It is my intention that the federal government will pay for the entire cost of reconstructing that bridge";
        const string Second = "I expect the Congress to support my effort";
        var analysis = Run(
            $"“{First}. {Second}.” the president said.",
            $"“{First}. And {Second}.” the president said.",
            $"“{First}, and {Second},” the president said.",
            $"The president spoke. “{First}, and {Second},” he said.");
        var first = GroupOf(analysis, "A0000", "entire cost");
        var second = GroupOf(analysis, "A0000", "Congress");
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(4, first.Members.Count);
        Assert.Equal(4, second.Members.Count);
        Assert.Contains(first.Members, m => m.ArticleId == "A0002" && m.Id.EndsWith(".1", StringComparison.Ordinal) && m.Text.EndsWith("bridge", StringComparison.Ordinal));
        Assert.Contains(second.Members, m => m.ArticleId == "A0002" && m.Id.EndsWith(".2", StringComparison.Ordinal) && m.Text.StartsWith("and I expect", StringComparison.Ordinal));
    }

    [Fact]
    public void AfterACutOnlyTheCutSentencesAreKeyedAgain()
    {
        const string First = "It is my intention that the federal government will pay for the entire cost of reconstructing that bridge";
        const string Second = "I expect the Congress to support my effort";
        var analysis = Run(
            $"“{First}. {Second}.” the president said.",
            $"“{First}. And {Second}.” the president said.",
            $"“The federal government will pay for the entire cost of reconstructing that bridge, and I expect the Congress to support this effort,” the president said.");
        var keyed = new List<string>();
        var options = GroupingOptions.Default with { Keys = q => { lock (keyed) { keyed.Add(q.Text); } return QuoteKeys.Content(q); } };
        var groups = QuoteGrouper.Group(analysis.Quotes, options);

        // The merged sentence of A0002 is cut in two, so the grouping ran twice; yet the second pass keyed only the two
        // parts: the four texts of the first pass, the two statements and the two sides of the one boundary that choosing
        // the cut compares, the two parts. Before, the second pass keyed all five of its texts again (13 in all).
        Assert.Contains(groups.SelectMany(g => g.Members), m => m.ArticleId == "A0002" && m.Id.EndsWith(".2", StringComparison.Ordinal));
        Assert.True(keyed.Count == 10, string.Join(" | ", keyed));
        Assert.Single(keyed, k => k.StartsWith("And I expect", StringComparison.Ordinal));
        Assert.Single(keyed, k => k.EndsWith("this effort,", StringComparison.Ordinal) && k.StartsWith("The federal", StringComparison.Ordinal));
    }

    [Fact]
    public void APartialQuoteThatFitsNoStatementJoinsItsCopiesInTheSameStory()
    {
        var analysis = Run(
            Statement + "\nThe president said he would keep “deliberate strategic ambiguity” on the matter.",
            Statement + "\nHe defended his “deliberate strategic ambiguity” on Tuesday.",
            "A football coach praised the “deliberate strategic ambiguity” of his new formation.");
        var group = GroupOf(analysis, "A0000", "strategic ambiguity");
        Assert.Equal(["A0000", "A0001"], group.Members.Select(m => m.ArticleId));
        Assert.Single(analysis.Groups, g => g.Members.Any(m => m.ArticleId == "A0002" && m.Text == "deliberate strategic ambiguity"));
    }
}
