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
    public void ASentenceWhoseTwoClausesOtherArticlesQuoteInPartIsCutBetweenThem()
    {
        // Two outlets print the statement as one sentence; one outlet quotes a few words of its first clause only, another a few
        // words of its second clause only: the clauses are quoted apart, so each copy of the sentence is cut between them.
        const string Whole = "He was a sailor of stormy destiny, and he committed grievous blunders during his voyages";
        var analysis = Run(
            "en",
            $"The admiral spoke on Monday. “{Whole},” he said.",
            $"The admiral spoke on Tuesday. “{Whole},” he told reporters.",
            "The admiral called the captain a sailor of “stormy destiny” in a short speech on Monday.",
            "The admiral conceded that the captain made “grievous blunders” at sea, according to his office.");
        var first = GroupOf(analysis, "A0000", "stormy");
        var second = GroupOf(analysis, "A0000", "grievous");
        Assert.NotEqual(first.Id, second.Id);
        Assert.Contains(first.Members, m => m.ArticleId == "A0001" && m.Text.EndsWith("destiny", StringComparison.Ordinal));
        Assert.Contains(second.Members, m => m.ArticleId == "A0001" && m.Text.StartsWith("and he committed", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceWhoseThreeClausesOtherArticlesQuoteInPartIsCutTwice()
    {
        // Three outlets each quote a few words of one clause of a sentence that two others print whole: it is cut twice.
        const string Whole = "He was a sailor of stormy destiny, and he committed grievous blunders, and he delivered cargoes the navy required";
        var analysis = Run(
            "en",
            $"The admiral spoke on Monday. “{Whole},” he said.",
            $"The admiral spoke on Tuesday. “{Whole},” he told reporters.",
            "The admiral called the captain a sailor of “stormy destiny” in a short speech on Monday.",
            "The admiral conceded that the captain made “grievous blunders” at sea, according to his office.",
            "The admiral praised the captain, who brought the “cargoes the navy required” on time.");
        var first = GroupOf(analysis, "A0000", "stormy");
        var second = GroupOf(analysis, "A0000", "grievous");
        var third = GroupOf(analysis, "A0000", "cargoes");
        Assert.Equal(3, new[] { first.Id, second.Id, third.Id }.Distinct().Count());
        Assert.Contains(third.Members, m => m.ArticleId == "A0001" && m.Text.StartsWith("and he delivered", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceWhoseTwoClausesOneArticleQuotesInPartStaysWhole()
    {
        // One article's headline and lede quote a few words of each clause: one writer's picks, not two outlets quoting apart.
        const string Whole = "He was a sailor of stormy destiny, and he committed grievous blunders during his voyages";
        var analysis = Run(
            "en",
            $"The admiral spoke on Monday. “{Whole},” he said.",
            $"The admiral spoke on Tuesday. “{Whole},” he told reporters.",
            "The admiral called the captain a sailor of “stormy destiny” and said he made “grievous blunders” at sea.");
        var group = GroupOf(analysis, "A0000", "stormy");
        Assert.Contains(group.Members, m => m.ArticleId == "A0000" && m.Text.Contains("grievous", StringComparison.Ordinal));
    }

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
    public void TwoFullStopsEndASentenceAsThreeDo()
    {
        // The Arabic press writes ".." between sentences: "… قتلوا اليوم.. ما زال دمهم ساخناً" is two sentences; in Latin
        // letters a word in lower case after ".." goes on with the same one.
        var parts = SentenceSplitter.Split(Quote("هؤلاء الشباب قد قتلوا اليوم.. ما زال دمهم ساخناً"));
        Assert.Equal(["هؤلاء الشباب قد قتلوا اليوم..", "ما زال دمهم ساخناً"], parts.Select(p => p.Text));
        Assert.Single(SentenceSplitter.Split(Quote("We will find them.. and punish them")));
    }

    [Fact]
    public void ASentenceOfAScriptWithoutCaseStartsAfterAFullStop()
    {
        // Arabic has no capitals: "… بيلاروس. لقد رأوا ذلك." is two sentences, as ". They saw it." would be.
        var parts = SentenceSplitter.Split(Quote("لم يتمكنوا من دخول بيلاروس. لقد رأوا ذلك."));
        Assert.Equal(["لم يتمكنوا من دخول بيلاروس.", "لقد رأوا ذلك."], parts.Select(p => p.Text));
        Assert.Single(SentenceSplitter.Split(Quote("We saw it. and then we left")));
    }

    [Fact]
    public void AnArabicSentenceThatMergesTwoStatementsIsCutAtTheArabicComma()
    {
        const string First = "لقد عرفت هذا الرجل منذ وقت طويل جدا منذ بداية التسعينات في مدينة سانت بطرسبرغ";
        const string Second = "كان رجلا صاحب مصير صعب وارتكب أخطاء جسيمة في حياته";
        var analysis = Run(
            "ar",
            $"قال الرئيس: «{First}. {Second}».",
            $"وقال الرئيس: «{First}». وأضاف: «{Second}».",
            $"وقال الرئيس في المؤتمر: «{First}، {Second}».");
        var first = GroupOf(analysis, "A0000", "التسعينات");
        var second = GroupOf(analysis, "A0000", "أخطاء");
        Assert.NotEqual(first.Id, second.Id);
        Assert.Contains(first.Members, m => m.ArticleId == "A0002" && m.Text.EndsWith("بطرسبرغ", StringComparison.Ordinal));
        Assert.Contains(second.Members, m => m.ArticleId == "A0002" && m.Text.StartsWith("كان رجلا", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArabicQuestionMarkEndsASentence()
    {
        const string Question = "هل تعرفون حقا ماذا حدث هناك في تلك الليلة الطويلة";
        const string Answer = "نحن نعرف كل شيء عن هذا الحادث ولن ننسى ذلك أبدا";
        var analysis = Run(
            "ar",
            $"قال الرئيس: «{Question}؟ {Answer}».",
            $"وقال الرئيس: «{Answer}».");
        var answer = GroupOf(analysis, "A0001", "ننسى");
        Assert.Contains(answer.Members, m => m.ArticleId == "A0000" && m.Text.StartsWith("نحن نعرف", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Members, m => m.Text.Contains("الطويلة", StringComparison.Ordinal));
    }
}
