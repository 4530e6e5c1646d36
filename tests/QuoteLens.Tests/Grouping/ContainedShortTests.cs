using QuoteLens.Corpus;
using QuoteLens.Grouping;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A short sentence (too few keys to be compared on its words) that a longer version of a shared statement contains
/// joins that statement as a truncated version; fragments are measured against the statement's versions in their own
/// language, so translations in the group do not hold them out.
/// </summary>
public class ContainedShortTests
{
    private const string Statement = "“We are going to stay with you as long as it takes, and we will rebuild the bridge together,” the president said.";

    private static Analysis Run(params string[] texts) => Run(texts.Select(t => (t, "en")).ToArray());

    private static Analysis Run(params (string Text, string Language)[] texts) =>
        Analysis.Run(new ArticleCorpus("t", "t", texts.Select((t, i) => Written(t.Text, t.Language) with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));

    private static QuoteGroup GroupOf(Analysis analysis, string articleId, string text) =>
        analysis.Groups.Single(g => g.Members.Concat(g.Fragments).Any(m => m.ArticleId == articleId && m.Text.Contains(text, StringComparison.Ordinal)));

    [Fact]
    public void AShortSentenceContainedInAVersionOfASharedStatementJoinsIt()
    {
        var analysis = Run(
            Statement,
            "“We are going to stay with you as long as it takes, and we will rebuild that bridge together,” he said on Tuesday.",
            "The president spoke to the city. “We will stay as long as it takes,” he said.");
        var group = GroupOf(analysis, "A0000", "rebuild the bridge");
        Assert.Equal(["A0000", "A0001", "A0002"], group.Members.Select(m => m.ArticleId));
        Assert.Contains(group.Links, l => l.Evidence.StartsWith("short version: its 3 keys", StringComparison.Ordinal));
    }

    [Fact]
    public void AShortSentenceItsOwnArticleQuotesAsTheOpeningOfALongerOneIsNoVersionOfIt()
    {
        // "We will win this war" (two keys), said apart before the longer sentence that opens with it, is no short version of
        // it: three other articles' versions contain its words, but it stays out of the statement's versions (at most a piece of
        // its own article's longer sentence).
        const string Longer = "“We will win this war and we will drive the raiders from every village,” Prime Minister Tomas Varga said.";
        var analysis = Run(
            Longer,
            "Tomas Varga spoke on Saturday. “We will win this war and we will drive the raiders from every village,” Varga said.",
            "Tomas Varga addressed the nation. “We will win this war and we will drive the raiders from every village,” he said.",
            "“We will win this war,” Tomas Varga said on Saturday. Later he added: “We will win this war and we will drive the raiders from every village.”");
        var group = GroupOf(analysis, "A0000", "raiders");
        Assert.Contains(group.Members, m => m.ArticleId == "A0003" && m.Text.Contains("raiders", StringComparison.Ordinal));
        Assert.DoesNotContain(group.Members, m => m.ArticleId == "A0003" && !m.Text.Contains("raiders", StringComparison.Ordinal));
    }

    [Fact]
    public void AFragmentACueGivesToSomeoneElseIsNoPieceOfTheStatement()
    {
        // Marek Volkov's words reuse the statement's label; Paul Girard's scare quote of the same words stays attached.
        const string Said = "“The club is not a gang of thugs, it is a family of brothers,” Marek Volkov said on Friday.";
        var analysis = Run(
            Said,
            "Marek Volkov spoke to fans. “The club is not a gang of thugs, it is a family of brothers,” Volkov said.",
            "Marek Volkov went further. “The club is not a gang of thugs, it is a family of brothers,” he told reporters.",
            "Marek Volkov defended the club. Paul Girard, the mayor, said the club was “a gang of thugs” and nothing more.",
            "Marek Volkov defended the club, which he calls no “gang of thugs”, at a rally.");
        var group = GroupOf(analysis, "A0000", "family of brothers");
        Assert.DoesNotContain(group.Fragments, f => f.ArticleId == "A0003");
        Assert.Contains(group.Fragments, f => f.ArticleId == "A0004");
    }

    [Fact]
    public void AShortSentenceOfThreeKeysJoinsAVersionThatCarriesTwoOfThemSideBySide()
    {
        var analysis = Run(
            Statement,
            "“We are going to stay with you as long as it takes, and we will rebuild that bridge together,” he said on Tuesday.",
            "The president spoke to the city. “We will quickly rebuild the bridge,” he said.");
        var group = GroupOf(analysis, "A0000", "rebuild the bridge");
        Assert.Equal(["A0000", "A0001", "A0002"], group.Members.Select(m => m.ArticleId));
    }

    [Fact]
    public void APartialQuoteOfTwoKeysThatOneOtherArticlesVersionCarriesAttachesToIt()
    {
        // Only one of the two versions in English says "rebuild the bridge": two keys side by side are evidence enough.
        var analysis = Run(
            Statement,
            "“We are going to stay with you as long as it takes, and we will make the crossing whole again together,” he said on Tuesday.",
            "The president spoke to the city and promised to “rebuild the bridge” soon.");
        var group = GroupOf(analysis, "A0002", "rebuild the bridge");
        Assert.Contains(group.Members, m => m.ArticleId == "A0000");
        Assert.Contains(group.Fragments, f => f.ArticleId == "A0002");
    }

    [Fact]
    public void ContractedFunctionWordsAreNotKeys()
    {
        var keys = QuoteKeys.Content(Quote("No, I won’t protect you, you gotta pay."));
        Assert.Equal(["protect", "pay"], keys);
    }

    [Fact]
    public void ShortSentencesWithOneKeyInCommonJoinWhenTheSameSpeakerSaidThem()
    {
        var analysis = Run(
            "Moscow reacted on Monday. “I would not protect you,” Donald Trump said.",
            "The rally went on. “No, I won’t protect you,” Trump said.");
        var group = GroupOf(analysis, "A0000", "protect");
        Assert.Equal(["A0000", "A0001"], group.Members.Select(m => m.ArticleId));
    }

    private static QuoteLens.Quotes.Quote Quote(string text) =>
        new("a#1", "a", text, 0, text.Length, QuoteLens.Quotes.QuoteKind.Full, false, "\"", null, null, "en", [new(0, text.Length)]);

    [Fact]
    public void AShortSentenceWithKeysOutsideTheStatementStaysApart()
    {
        var analysis = Run(
            Statement,
            "“We are going to stay with you as long as it takes, and we will rebuild that bridge together,” he said on Tuesday.",
            "The president spoke to the city. “We will stay with the workers,” he said.");
        var group = GroupOf(analysis, "A0002", "workers");
        Assert.Equal(["A0002"], group.Members.Select(m => m.ArticleId));
    }

    [Fact]
    public void AFragmentIsMeasuredAgainstTheVersionsInItsOwnLanguage()
    {
        // The statement is carried by two English and two French articles; the fragment is contained in one English
        // version from another article: the French versions (which cannot contain English words) do not count against it.
        var analysis = Run(
            (Statement, "en"),
            ("« Nous resterons avec vous aussi longtemps qu'il le faudra et nous reconstruirons le pont ensemble », a déclaré le président.", "fr"),
            ("« Nous resterons avec vous aussi longtemps qu'il le faudra, et nous reconstruirons ce pont ensemble », a dit le président.", "fr"),
            ("The president promised to “rebuild the bridge” with the city.", "en"));
        var statement = GroupOf(analysis, "A0000", "rebuild the bridge");
        var fragment = GroupOf(analysis, "A0003", "rebuild the bridge");
        Assert.Same(statement, fragment);
    }
    [Theory]
    [InlineData("Governor Vyacheslav Gladkov", "his", new[] { "A0000", "A0001" })]
    [InlineData("Mayor Anna Petrovska", "her", new[] { "A0000" })]
    public void APieceOfAStatementOnlyOneOtherOutletQuotesJoinsItWhenBothGiveItToTheSameSpeaker(string speaker, string possessive, string[] together)
    {
        // Meduza and Gossipify, 5 June 2023: no third outlet quotes Gladkov's words, so only his name joins the two; a piece
        // another speaker is given stays apart.
        var analysis = Run(
            "Governor Vyacheslav Gladkov answered with a video, in which he said that he had seen the message from the “bastards, scoundrels, murderers, and fascists.”",
            $"{speaker} answered the fighters, calling them “scoundrels, murderers, fascists” on {possessive} channel.",
            "Mayor Anna Petrovska said the bridge would reopen. “We are going to rebuild the bridge before the winter,” Petrovska said.",
            "Mayor Anna Petrovska spoke to the city. “We are going to rebuild the bridge before the winter comes,” she said.");
        var group = GroupOf(analysis, "A0000", "bastards");
        Assert.Equal(together, group.Members.Concat(group.Fragments).Select(m => m.ArticleId).Order());
    }
}
