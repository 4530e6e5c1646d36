using QuoteLens.Corpus;
using QuoteLens.Grouping;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Sentences that merge two statements are cut where a clause begins even with no comma: at an ellipsis (words left
/// out) or before a conjunction; a bracketed ellipsis ("(…)", "[...]") always ends a sentence.
/// </summary>
public class ClauseCutTests
{
    private static Analysis Run(string language, params string[] texts) =>
        Analysis.Run(new ArticleCorpus("t", "t", texts.Select((t, i) => Written(t, language) with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));

    private static QuoteGroup GroupOf(Analysis analysis, string articleId, string text) =>
        analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == articleId && m.Text.Contains(text, StringComparison.Ordinal)));

    [Fact]
    public void ASentenceThatMergesTwoStatementsWithAConjunctionAloneIsCutBeforeIt()
    {
        const string First = "J'ai l'intention de voir l'État fédéral assumer en totalité le coût de la reconstruction de ce pont";
        const string Second = "j'espère que le Congrès soutiendra mon effort financier";
        var analysis = Run(
            "fr",
            $"« {First}. Et {Second}. » a dit le président.",
            $"« {First}. Puis {Second}. » a dit le président.",
            $"Le président a parlé. « {First} et {Second} », a-t-il dit.");
        var first = GroupOf(analysis, "A0000", "coût");
        var second = GroupOf(analysis, "A0000", "Congrès");
        Assert.NotEqual(first.Id, second.Id);
        Assert.Contains(first.Members, m => m.ArticleId == "A0002" && m.Text.EndsWith("ce pont", StringComparison.Ordinal));
        Assert.Contains(second.Members, m => m.ArticleId == "A0002" && m.Text.StartsWith("et j'espère", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceThatMergesAStatementWithAShortOneQuotedElsewhereIsCut()
    {
        const string First = "J'ai l'intention de voir l'État fédéral assumer en totalité le coût de la reconstruction de ce pont";
        const string Second = "j'espère que le Congrès me soutiendra";
        var analysis = Run(
            "fr",
            $"« {First}. » a dit le président. « Et {Second}. »",
            $"« {First}. » a dit le président. Puis : « {Second}. »",
            $"Le président a parlé. « {First} et {Second} », a-t-il dit.");
        var first = GroupOf(analysis, "A0000", "coût");
        Assert.Contains(first.Members, m => m.ArticleId == "A0002" && m.Text.EndsWith("ce pont", StringComparison.Ordinal));
        Assert.DoesNotContain(first.Members, m => m.Text.Contains("Congrès", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceThatMergesTwoStatementsAtAnEllipsisIsCutThere()
    {
        const string First = "There is no consensus today to send ground troops to the country officially";
        const string Second = "nothing is ruled out in the dynamics of this war";
        var analysis = Run(
            "en",
            $"“{First}. In any case, {Second}.” the president said.",
            $"“{First}. Still, {Second}.” the president said.",
            $"The president spoke. “{First} ... {Second},” he said.");
        var first = GroupOf(analysis, "A0000", "consensus");
        var second = GroupOf(analysis, "A0000", "ruled out");
        Assert.NotEqual(first.Id, second.Id);
        Assert.Contains(first.Members, m => m.ArticleId == "A0002" && m.Text.EndsWith("officially", StringComparison.Ordinal));
        Assert.Contains(second.Members, m => m.ArticleId == "A0002" && m.Text.StartsWith("nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceThatMergesThreeStatementsIsCutTwice()
    {
        // Two outlets quote three statements apart (no clause word for word); a third strings them into one sentence: each clause
        // joins its own statement (one cut leaves two statements in one piece).
        const string First = "he was a builder of uncommon stubbornness and patience";
        const string Second = "he made grave blunders throughout his career";
        const string Third = "he delivered the harbour contracts the ministry needed";
        var analysis = Run(
            "en",
            $"“Honestly, {First}.” the mayor said. Later: “Yes, {Second}.” And: “Still, {Third}.”",
            $"“Truly, {First}.” the mayor said. He added: “Sadly, {Second}.” Then: “Frankly, {Third}.”",
            $"The mayor spoke. “Well, {First}, and {Second}, and {Third},” he said.");
        var first = GroupOf(analysis, "A0000", "stubbornness");
        var second = GroupOf(analysis, "A0000", "blunders");
        var third = GroupOf(analysis, "A0000", "harbour");
        Assert.Equal(3, new[] { first.Id, second.Id, third.Id }.Distinct().Count());
        Assert.Contains(first.Members, m => m.ArticleId == "A0002" && m.Text.EndsWith("patience", StringComparison.Ordinal));
        Assert.Contains(second.Members, m => m.ArticleId == "A0002" && m.Text.StartsWith("and he made", StringComparison.Ordinal) && m.Text.EndsWith("career", StringComparison.Ordinal));
        Assert.Contains(third.Members, m => m.ArticleId == "A0002" && m.Text.StartsWith("and he delivered", StringComparison.Ordinal));
    }

    private static QuoteLens.Quotes.Quote Quote(string text) =>
        new("a#1", "a", text, 0, text.Length, QuoteLens.Quotes.QuoteKind.Full, false, "\"", null, null, "en", [new(0, text.Length)]);

    [Fact]
    public void ABracketedEllipsisEndsASentence()
    {
        var quote = Quote("We will find everyone who stood behind this crime (…) all the customers will be punished");
        var parts = SentenceSplitter.Split(quote);
        Assert.Equal(["We will find everyone who stood behind this crime (…)", "all the customers will be punished"], parts.Select(p => p.Text));
        Assert.Single(SentenceSplitter.Split(Quote("We will find them... and punish them")));
    }

    [Theory]
    [InlineData("<…>")]
    [InlineData("<...>")]
    [InlineData("〈…〉")]
    public void AnAngleBracketedEllipsisEndsASentence(string elision)
    {
        // Russian outlets mark words left out of a quote with "<…>": the two sides are two statements.
        var quote = Quote($"Мы продолжим эту работу в следующем году {elision} решение по мосту примут осенью");
        var parts = SentenceSplitter.Split(quote);
        Assert.Equal([$"Мы продолжим эту работу в следующем году {elision}", "решение по мосту примут осенью"], parts.Select(p => p.Text));
    }

    [Fact]
    public void ASentenceOfAScriptWithoutCaseStartsAfterAFullStop()
    {
        // Arabic has no capitals: "… بيلاروس. لقد رأوا ذلك." is two sentences, as ". They saw it." would be.
        var parts = SentenceSplitter.Split(Quote("لم يتمكنوا من دخول بيلاروس. لقد رأوا ذلك."));
        Assert.Equal(["لم يتمكنوا من دخول بيلاروس.", "لقد رأوا ذلك."], parts.Select(p => p.Text));
        Assert.Single(SentenceSplitter.Split(Quote("We saw it. and then we left")));
    }
}
