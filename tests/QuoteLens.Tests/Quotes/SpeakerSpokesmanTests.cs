using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A spokesman named in apposition after "the spokesman of X" speaks, not X; spokesman titles in Dutch, Romanian, Estonian,
/// Slovene and Arabic; Arabic names end before a preposition glued to the article and before "day"; speech verbs of
/// Portuguese, Dutch, Estonian, Romanian (cedilla letters), Slovene and Persian. Invented people and sentences.
/// </summary>
public class SpeakerSpokesmanTests
{
    [Theory]
    [InlineData("nl", "Marek Volkov heeft de minister ontslagen.\n\nDe woordvoerder van Volkov, Ivan Petrenko, zei: \"De beslissing is definitief.\"")]
    [InlineData("ro", "Marek Volkov a demis ministrul.\n\nPurtătorul de cuvânt al lui Volkov, Ivan Petrenko, a declarat: \"Decizia este definitivă.\"")]
    [InlineData("en", "Marek Volkov dismissed the minister.\n\nThe spokesman for Volkov, Ivan Petrenko, said: \"The decision is final.\"")]
    [InlineData("pt", "Marek Volkov demitiu o ministro.\n\nO porta-voz de Volkov, Ivan Petrenko, afirmou: \"A decisão é definitiva.\"")]
    public void TheAppositiveAfterTheSpokesmanOfAPrincipalSpeaks(string language, string text)
    {
        var article = Written(text, language);
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Ivan Petrenko", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ThePrincipalBeforeHisOwnTitleStillSpeaks()
    {
        // "Volkov, the president of the council, said": the name before the appositive speaks.
        var article = Written("The council met on Monday.\n\nMarek Volkov, the president of the council, said: \"We will vote tomorrow.\"");
        Assert.Equal("Marek Volkov", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("et", "\"Otsus on lõplik,\" ütles valitsuse pressiesindaja Ivan Petrenko.")]
    [InlineData("ro", "\"Decizia este definitivă\", a afirmat purtătorul de cuvânt al guvernului, Ivan Petrenko.")]
    [InlineData("nl", "\"De beslissing is definitief\", zei regeringswoordvoerder Ivan Petrenko.")]
    [InlineData("sl", "\"Odločitev je dokončna,\" je dejal tiskovni predstavnik vlade Ivan Petrenko.")]
    public void SpokesmanTitlesAfterTheVerbLeadToTheName(string language, string text)
    {
        var article = Written("Marek Volkov dismissed the minister.\n\n" + text, language);
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Ivan Petrenko", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AnArabicNameEndsBeforeToTheJournalists()
    {
        var article = Written("أقال ماريك فولكوف الوزير.\n\nوقال المتحدث باسم الحكومة إيفان بتروفسكي للصحفيين: \"القرار نهائي\".", "ar");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("إيفان بتروفسكي", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AnArabicSpokesmanTitleWithoutItsArticleIsNoName()
    {
        // "وأكد متحدث الجماعة": a spokesman of the group, the one the article named (it had been the speaker "متحدث").
        var article = Written("وقال المتحدث باسم الجماعة إيفان بتروفسكي إن القرار نهائي.\n\nوأكد متحدث الجماعة، أن قواتهم \"لن تتردد في الرد\".", "ar");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.NotEqual("متحدث", quote.CanonicalSpeaker);
        Assert.Equal("إيفان بتروفسكي", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheLowerCaseGenitiveOfASpokesmansBodyIsNoName()
    {
        // "Пресс-секретарь повстанцев Иван Петренко": the rebels' spokesman, named after the genitive (it had been "Повстанцев").
        var article = Written("Повстанцы захватили судно.\n\nПресс-секретарь повстанцев Иван Петренко заявил, что «судно будет досмотрено».", "ru");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Иван Петренко", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AnArabicNameEndsBeforeTheDay()
    {
        var article = Written("عقد المجلس اجتماعا.\n\nوقال فولكوف يوم الثلاثاء: \"لن نتراجع\".", "ar");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("فولكوف", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("pt", "\"A situação está estável\", precisou Volkov.", "precisou")]
    [InlineData("pt", "\"A situação está estável\", informou Volkov.", "informou")]
    [InlineData("nl", "\"De situatie is stabiel\", bevestigde Volkov.", "bevestigde")]
    [InlineData("et", "\"Olukord on stabiilne,\" märgib Volkov.", "märgib")]
    [InlineData("ro", "\"Situaţia este stabilă\", a menţionat Volkov.", "a menţionat")]
    [InlineData("sl", "\"Stanje je stabilno,\" je poudaril Volkov.", "je poudaril")]
    public void SpeechVerbsOfTheLanguagesWithFewerRules(string language, string text, string cue)
    {
        var article = Written("Marek Volkov dismissed the minister.\n\n" + text, language);
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal(cue, quote.Cue);
        Assert.Equal("Volkov", quote.CanonicalSpeaker);
    }

    [Fact]
    public void APersianSpeechVerbAfterItsSubject()
    {
        var article = Written("مارک ولکوف وزیر را برکنار کرد.\n\nولکوف افزود: «وضعیت پایدار است».", "fa");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("افزود", quote.Cue);
        Assert.Contains("ولکوف", quote.CanonicalSpeaker ?? "", StringComparison.Ordinal);
    }
}

