using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A bare head noun ("the ministry said", "aldus het ministerie") refers to the institution named with that head a few
/// sentences before, not to a body or a person named in between. Invented bodies and sentences.
/// </summary>
public class SpeakerInstitutionEarlierTests
{
    [Fact]
    public void TheMinistryIsTheMinistryNamedBefore()
    {
        var article = Written(
            "The Northern Legion said on Sunday that its fighters had crossed the border.\n\n" +
            "Ruritania's defence ministry said the attack had been repelled. \u201CThe enemy suffered heavy losses,\u201D the ministry said.");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Ruritania's defence ministry", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheDutchMinistryStopsBeforeItsVerb()
    {
        var article = Written(
            "Het Noordelijke Legioen zei zondag dat zijn strijders de grens waren overgestoken.\n\n" +
            "Het Ruritaanse ministerie van Defensie meldde dat de aanval was afgeslagen. \"De vijand leed zware verliezen\", aldus het ministerie.", "nl");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Ruritaanse ministerie van Defensie", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("the ministry", true)]
    [InlineData("the defence ministry", false)]
    [InlineData("he", false)]
    public void OnlyABareHeadLooksBack(string phrase, bool found)
    {
        const string text = "Ruritania's defence ministry said the attack had been repelled. ";
        Assert.Equal(found, SpeakerInstitutions.Earlier(text, phrase, text.Length, "en") is not null);
    }
}
