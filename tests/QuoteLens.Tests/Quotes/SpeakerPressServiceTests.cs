using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A press service named as the speaker ("— сообщили в пресс-службе РДК", "the press service of the RDK", "la oficina de
/// prensa del Kremlin") speaks for the body named after it, not for the person the article named last; a unit's name in
/// quote marks right after the statement it is in ("— йдеться у заяві «Сибірського батальйону»") is that unit, not the body
/// named before. The sentences are made up after the kind of coverage the issue describes.
/// </summary>
public class SpeakerPressServiceTests
{
    [Theory]
    [InlineData("ru", "Губернатор Белгородской области Вячеслав Гладков заявил, что ситуация остается сложной.\n\n«Мы продолжаем освобождать нашу землю», — сообщили в пресс-службе РДК.", "РДК")]
    [InlineData("uk", "Губернатор Бєлгородської області Вячеслав Гладков заявив, що ситуація складна.\n\n«Ми продовжуємо звільняти нашу землю», — повідомили у пресслужбі РДК.", "РДК")]
    [InlineData("en", "Belgorod governor Vyacheslav Gladkov said the situation remained difficult.\n\n\"We are freeing our land,\" the press service of the RDK said.", "RDK")]
    [InlineData("es", "El gobernador de Bélgorod, Viacheslav Gladkov, dijo que la situación era difícil.\n\n«Liberamos nuestra tierra», dijo la oficina de prensa del RDK.", "RDK")]
    public void APressServiceSpeaksForTheBodyNamedAfterIt(string language, string text, string body)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(body, quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheKremlinsPressServiceIsTheKremlinNotTheMinistryNamedBefore()
    {
        // The Kremlin's words are its press secretary's on record (SpeakerInstitutions.KnownSpokesman).
        var article = Written(
            "«Противник отброшен», — сообщает пресс-служба Минобороны России.\n\n«Ситуация под контролем», — сообщили в пресс-службе Кремля.", "ru");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(["Russian defence ministry", "Dmitry Peskov"], quotes.Select(q => q.CanonicalSpeaker));
    }

    [Fact]
    public void AUnitNamedInQuoteMarksAfterTheStatementIsTheSpeaker()
    {
        var article = Written(
            "Легіон «Свобода Росії» заявив про бої в області.\n\n«Бійці зайняли село», — йдеться у заяві «Сибірського батальйону».", "uk");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Сибірський батальйон", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("в пресс-службе РДК", 1)]
    [InlineData("the press service of the RDK", 2)]
    [InlineData("la oficina de prensa del RDK", 3)]
    [InlineData("le service de presse du Kremlin", 3)]
    [InlineData("die Pressestelle des Ministeriums", 1)]
    [InlineData("the press secretary", -1)]
    [InlineData("the service said", -1)]
    public void APressServiceIsFoundAmongThePhrasesFirstWords(string phrase, int end)
    {
        Assert.Equal(end, PressServices.End(phrase.Split(' ')));
    }
}
