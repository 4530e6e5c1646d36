using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// The post or statement in its own language pasted under the article's translation of it, with no quote marks: a quote in
/// that language, with the translation's speaker, when its length agrees with the translation's; captions, bracketed links,
/// headlines, paragraphs of another length and unknown article languages are not.
/// Invented people and sentences.
/// </summary>
public class EmbeddedOriginalTests
{
    private const string Russian =
        "Пожар в порту Лесногорска.\n\n«Глубоко потрясён пожаром в порту Лесногорска. Мы будем рядом с каждой семьёй», – написал Карел Дворжак в Twitter.\n\n";

    [Fact]
    public void AnEnglishPostUnderItsRussianTranslationIsAQuote()
    {
        var quotes = QuoteFinder.Find(Written(Russian + "Deeply shaken by the fire in the port of Lesnogorsk. We will stand by every family. pic.twitter.com/Xy12AbCd\n\nПожарные работали всю ночь.", "ru"));
        Assert.Equal(2, quotes.Count);
        var original = quotes[1];
        Assert.Equal("Deeply shaken by the fire in the port of Lesnogorsk. We will stand by every family.", original.Text);
        Assert.Equal("en", original.Language);
        Assert.Equal(QuoteKind.Full, original.Kind);
        Assert.Equal("Карел Дворжак", original.CanonicalSpeaker);
    }

    [Fact]
    public void AnEnglishPostInARomanianArticleIsAQuote()
    {
        var quotes = QuoteFinder.Find(Written(
            "Incendiu în port.\n\n„Nu vom ceda niciun port. Fiecare navă va naviga din nou și fiecare muncitor se va întoarce la lucru”, a scris Ion Vasilescu pe Twitter.\n\n" +
            "We will not give up a single port. Every ship will sail again, and every worker will be back at work.", "ro"));
        Assert.Equal(2, quotes.Count);
        Assert.Equal("en", quotes[1].Language);
        Assert.Equal("Ion Vasilescu", quotes[1].CanonicalSpeaker);
    }

    [Theory]
    [InlineData("epa11111030 Russian President Ivan Orlov (R) and his guest attend a ceremony in the port of Lesnogorsk.")]
    [InlineData("[Fire in the port of Lesnogorsk: the harbour master says the ships were never at risk]")]
    [InlineData("Fire in the port.")]
    [InlineData("The harbour master of Lesnogorsk said on Monday that the fire had started in a warehouse on the northern quay, where oil drums were stored, and that the ships moored nearby were moved out in time.")]
    public void CaptionsLinksShortLinesAndTextsOfAnotherLengthAreNoOriginals(string paragraph) =>
        Assert.Single(QuoteFinder.Find(Written(Russian + paragraph, "ru")));

    [Fact]
    public void AParagraphAfterTheHeadlinesQuoteIsNoOriginal()
    {
        var quotes = QuoteFinder.Find(Written(
            "Орлов: «порт будет открыт»\n\nThe harbour master of Lesnogorsk inspected the damaged quay with the mayor on Monday morning.", "ru"));
        Assert.Single(quotes);
    }

    [Fact]
    public void AnArticleInALanguageTheIdentifierDoesNotKnowKeepsItsParagraphs()
    {
        // Bulgarian: a paragraph of the story reads as Russian to the identifier, which has no Bulgarian profile.
        var quotes = QuoteFinder.Find(Written(
            "Пожар в пристанището.\n\n„Ние сме патриоти“, каза Петров.\n\nТова се случи по време на обръщение в събота сутринта, няколко часа след пожара.", "bg"));
        Assert.Single(quotes);
    }
}
