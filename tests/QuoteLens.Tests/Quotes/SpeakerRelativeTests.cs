using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A relative pronoun as the speaker ("Ivan Petrenko, que disse:", "Ivan Petrenko, who publicly said", "…, die zei:") refers to
/// the name right before it, even when that name speaks nowhere else and another person is the sentence's subject.
/// Invented people and sentences.
/// </summary>
public class SpeakerRelativeTests
{
    [Theory]
    [InlineData("pt", "O encontro decorreu em Minsk e contou com Marek Volkov.\n\nVolkov respondeu a Ivan Petrenko, que disse: \"A decisão é definitiva.\"")]
    [InlineData("pt", "O encontro decorreu em Minsk.\n\nA reunião foi convocada por Ivan Petrenko, que afirmou que \"a decisão é definitiva\".")]
    [InlineData("es", "El encuentro tuvo lugar en Minsk y contó con Marek Volkov.\n\nVolkov respondió a Ivan Petrenko, quien dijo: \"La decisión es definitiva\".")]
    [InlineData("en", "Marek Volkov contradicts the statements of the security service and Ivan Petrenko, who publicly said that \"the window was open\".")]
    [InlineData("nl", "Marek Volkov sprak maandag in Minsk.\n\nVolkov antwoordde Ivan Petrenko, die zei: \"Het besluit is definitief.\"")]
    [InlineData("de", "Marek Volkov sprach am Montag in Minsk.\n\nVolkov antwortete Ivan Petrenko, der sagte: „Die Entscheidung ist endgültig.“")]
    [InlineData("ro", "Marek Volkov a vorbit luni la Minsk.\n\nVolkov i-a răspuns lui Ivan Petrenko, care a declarat: „Decizia este definitivă.”")]
    [InlineData("fr", "Marek Volkov s'est exprimé lundi à Minsk.\n\nVolkov a répondu à Ivan Petrenko, qui a déclaré : « La décision est définitive. »")]
    public void TheNameBeforeTheRelativeSpeaks(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal("Ivan Petrenko", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ALoneArticleIsNoRelativeWhenItOpensANounPhrase()
    {
        // "die Regierung sagte": "die" opens the phrase but is not all of it; the phrase is a description, not a relative.
        var article = Written("Marek Volkov sprach am Montag in Minsk.\n\n„Die Entscheidung ist endgültig“, sagte Volkov.", "de");
        Assert.Equal("Volkov", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}
