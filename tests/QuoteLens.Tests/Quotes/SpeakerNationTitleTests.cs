using static QuoteLens.Tests.Quotes.QuoteTestArticles;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A title whose only capitalised word is its nation's ("глава Української держави", "глава Української") is a description of
/// the person the article names, not a person called "Української" (rubryka.news in the kursk set); a Latin name that starts
/// as a nation does ("papa Francesco", "France") stays a name. Made-up articles.
/// </summary>
public class SpeakerNationTitleTests
{
    [Theory]
    [InlineData("глава Української держави")]
    [InlineData("глава Української")]
    public void ATitleOfItsNationOnlyIsTheNamedHolder(string title)
    {
        var article = Written(
            "Зеленський нагадав про операцію в Курській області.\n" +
            $"\"Це суто безпекове питання для України\", – пояснив {title}.", "uk");
        var quote = QuoteStarting(article, "Це суто безпекове");
        Assert.Equal("Зеленський", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ALatinNameThatStartsAsANationStaysAName()
    {
        var article = Written("\"Non bisogna vergognarsi di negoziare\", ha detto papa Francesco alla televisione svizzera.", "it");
        var quote = QuoteStarting(article, "Non bisogna");
        Assert.Equal("Francesco", quote.CanonicalSpeaker);
    }
}
