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
    /// <summary>
    /// A company's name after its noun and again alone, and an outlet's after the verb that passes the story on (the outlet
    /// in marks had been a quote whose speaker was "Відповідну заяву", the statement its sentence opens with, and the next
    /// paragraph's quote took that name): only the statement is a quote, and it keeps its speaker.
    /// </summary>
    [Theory]
    [InlineData("ru", "Основатель ЧВК «Вагнер» Евгений Пригожин заявил, что бойцы «Вагнера» покинут Бахмут 10 мая.\n«Я вывожу подразделения из Бахмута», — сказал Пригожин, сообщает «Интерфакс».",
        "Я вывожу подразделения из Бахмута", "Пригожин")]
    [InlineData("uk", "Власник ПВК \"Вагнер\" Євген Пригожин звернувся до Міноборони РФ.\nВідповідну заяву опублікувала пресслужба Пригожина, передає \"ДС\".\n\"Офіційно звертаюся до начальника Генерального штабу і міністра оборони.\"",
        "Офіційно звертаюся до начальника Генерального штабу і міністра оборони.", "Євген Пригожин")]
    public void NamesInMarksAreNoQuotes(string language, string text, string statement, string speaker)
    {
        var quotes = QuoteFinder.Find(Written(text, language));
        Assert.Equal([statement], quotes.Select(q => q.Text));
        Assert.Equal(speaker, quotes[0].CanonicalSpeaker);
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
