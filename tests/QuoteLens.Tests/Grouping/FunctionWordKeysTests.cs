using QuoteLens.Corpus;
using QuoteLens.Grouping;
using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Dutch, Polish and Estonian function words are not grouping keys (these languages fell back to the English list, so
/// "de", "van", "het", "w", "się", "ja" were content keys): two sentences that share only their function words are
/// different statements.
/// </summary>
public class FunctionWordKeysTests
{
    private static Quote Quote(string text, string language) =>
        new("a#1", "a", text, 0, text.Length, QuoteKind.Full, false, "\"", null, null, language, [new(0, text.Length)]);

    [Theory]
    [InlineData("nl", "Het is een zaak van de regering en van het parlement.", "zaak regering parlement")]
    [InlineData("pl", "To jest sprawa rządu i nie parlamentu.", "sprawa rządu parlamentu")]
    [InlineData("et", "See on valitsuse ja parlamendi asi.", "valitsuse parlamendi asi")]
    public void FunctionWordsOfTheLanguageAreNotKeys(string language, string text, string keys) =>
        Assert.Equal(keys.Split(' '), QuoteKeys.Content(Quote(text, language)));

    [Fact]
    public void EnglishFunctionWordsInADutchQuoteAreStillNotKeys() =>
        Assert.Equal(["zaak", "regering"], QuoteKeys.Content(Quote("It is the zaak of the regering.", "nl")));

    [Fact]
    public void TwoDutchSentencesThatShareOnlyFunctionWordsDoNotJoin()
    {
        var analysis = Analysis.Run(new ArticleCorpus("t", "t", new[]
        {
            "De minister sprak in Den Haag. “Het is een zaak van de regering en niet van het parlement, en dat zal zo blijven,” zei hij.",
            "De generaal sprak in Brussel. “Het is een vraag van de burgers en niet van het leger, en dat zal zo blijven,” zei hij.",
        }.Select((t, i) => Written(t, "nl") with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));
        var group = analysis.Groups.Single(g => g.Members.Any(m => m.Text.Contains("regering", StringComparison.Ordinal)));
        Assert.DoesNotContain(group.Members, m => m.ArticleId == "A0001");
    }

    /// <summary>
    /// A word censored with asterisks is no key: news.de prints Prigozhin's oath as "Sch****" where Merkur prints "Scheiße"
    /// (the prigozhin-ammunition evaluation set), so the two versions share every key they both can read.
    /// </summary>
    [Theory]
    [InlineData("de", "Wo, verdammte Sch****, ist die Munition?", "verdammt munition")]
    [InlineData("en", "Where is the f***ing ammunition?", "ammunit")]
    public void ACensoredWordIsNoKey(string language, string text, string keys) =>
        Assert.Equal(keys.Split(' '), QuoteKeys.Content(Quote(text, language)));
}
