using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A spokesman described by his body ("представитель Кремля", "the Kremlin spokesman") is the spokesman the article named
/// with a title that names no body ("пресс-секретарь президента Иван Петренко"), but never one named with another body's
/// title ("пресс-секретарь Белого дома"). Invented people and sentences.
/// </summary>
public class SpeakerBodyDescriptionTests
{
    [Fact]
    public void AKremlinSpokesmanIsThePresidentsSpokesman()
    {
        var article = Written(
            "Президент Марек Волков в воскресенье заменил министра финансов. Об этом журналистам сообщил пресс-секретарь президента Иван Петренко.\n\n"
            + "«Министерство должно быть открыто для новых идей», — пояснил представитель Кремля.", "ru");
        Assert.Equal("Иван Петренко", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Fact]
    public void AKremlinSpokesmanIsNotTheWhiteHousesSpokesman()
    {
        var article = Written(
            "Президент Марек Волков в воскресенье заменил министра финансов. В Вашингтоне это решение обсудил пресс-секретарь Белого дома Джон Смит.\n\n"
            + "«Министерство должно быть открыто для новых идей», — пояснил представитель Кремля.", "ru");
        Assert.NotEqual("Джон Смит", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}
