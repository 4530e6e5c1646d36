using static QuoteLens.Tests.Quotes.QuoteTestArticles;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Quote marks that set off a name are no quote: an organisation's name after the noun that says what it is ("ЧВК «Вагнер»",
/// "ПВК "Вагнер"", "grupul „Wagner”"), the same name marked again elsewhere in the article ("бойцы «Вагнера»"), and an
/// outlet's name after the verb that passes the story on ("передає "ДС""). The 52 such names of the real answer keys were
/// scare quotes with speakers of their own. Made-up articles in the style of the prigozhin-ammunition set.
/// </summary>
public class OrganizationNameMarksTests
{
    [Fact]
    public void ACompanysNameInMarksIsNoQuote()
    {
        var article = Written(
            "Основатель ЧВК «Вагнер» Евгений Пригожин заявил, что бойцы «Вагнера» покинут Бахмут 10 мая.\n" +
            "«Я вывожу подразделения из Бахмута», — сказал Пригожин, сообщает «Интерфакс».", "ru");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(["Я вывожу подразделения из Бахмута"], quotes.Select(q => q.Text));
        Assert.Equal("Пригожин", quotes[0].CanonicalSpeaker);
    }

    [Fact]
    public void AnOutletPassingTheStoryOnIsNoSpeaker()
    {
        // The outlet in marks had been a quote whose speaker was "Відповідну заяву" (the statement the sentence opens with),
        // and the next paragraph's quote took that name.
        var article = Written(
            "Власник ПВК \"Вагнер\" Євген Пригожин звернувся до Міноборони РФ.\n" +
            "Відповідну заяву опублікувала пресслужба Пригожина, передає \"ДС\".\n" +
            "\"Офіційно звертаюся до начальника Генерального штабу і міністра оборони.\"", "uk");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(["Офіційно звертаюся до начальника Генерального штабу і міністра оборони."], quotes.Select(q => q.Text));
        Assert.Equal("Євген Пригожин", quotes[0].CanonicalSpeaker);
    }

    [Fact]
    public void ALatinGroupsNameInMarksIsNoQuote()
    {
        var article = Written("Liderul grupului „Wagner” a declarat: „Ne retragem din Bahmut pe 10 mai”.", "ro");
        Assert.Equal(["Ne retragem din Bahmut pe 10 mai"], QuoteFinder.Find(article).Select(q => q.Text));
    }

    [Fact]
    public void AShortQuoteAfterASpeechVerbStaysAQuote()
    {
        var article = Written("Пригожин ответил коротко: «Уходим». Позже он написал «Мы вернёмся».", "ru");
        Assert.Equal(["Уходим", "Мы вернёмся"], QuoteFinder.Find(article).Select(q => q.Text));
    }
}
