using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A deputy's title ("vice-presidente", "Vice-President", "Vizepräsidentin") does not hold the office it is the deputy of:
/// "the president" is the president named in the article, not the vice-president named next to him. Invented people.
/// </summary>
public class SpeakerDeputyTests
{
    [Theory]
    [InlineData("pt", "O presidente Marek Volkov falou em Minsk, onde ele e a vice-presidente Anna Kowalska participaram de eventos.\n\nO governo reagiu na terça-feira.\n\n\"Espero que o Congresso apoie o meu esforço\", disse o presidente.")]
    [InlineData("pt", "Marek Volkov falou em Minsk, onde ele e a vice-presidente Anna Kowalska participaram de eventos.\n\nO governo reagiu na terça-feira.\n\n\"Espero que o Congresso apoie o meu esforço\", disse o presidente.")]
    [InlineData("en", "President Marek Volkov spoke in Minsk, where he and Vice-President Anna Kowalska attended events.\n\nThe government reacted on Tuesday.\n\n\"I hope Congress backs my effort,\" the president said.")]
    [InlineData("de", "Präsident Marek Volkov sprach in Minsk, wo er mit Vizepräsidentin Anna Kowalska auftrat.\n\nDie Regierung reagierte am Dienstag.\n\n„Ich hoffe, der Kongress unterstützt mich“, sagte der Präsident.")]
    public void ThePresidentIsNotTheVicePresident(string language, string text)
    {
        Assert.Equal("Marek Volkov", Assert.Single(QuoteFinder.Find(Written(text, language))).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("vice-presidente")]
    [InlineData("vizepräsidentin")]
    [InlineData("віце-президент")]
    public void ADeputysTitleIsItsOwnOffice(string title)
    {
        Assert.Equal(TitleClasses.Deputy, TitleClasses.Of(title));
    }
}
