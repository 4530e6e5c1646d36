using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A speech verb that opens a clause whose subject is dropped ("Calificó esta política de «error estratégico» y afirmó que …",
/// carlson's sinaloahoy) is no name: the capitalised verb had been read as the speaker of the quote, and the person the
/// story names before it speaks. Invented people.
/// </summary>
public class SpeakerOpeningVerbTests
{
    [Fact]
    public void A_capitalised_speech_verb_opening_the_sentence_is_no_speaker()
    {
        var quote = QuoteFinder.Find(Written("Kowal habló con Nowak.\n\nCalificó esta política de «error estratégico» y afirmó que la guerra terminaría.", "es"))[^1];

        Assert.Equal("Kowal", quote.CanonicalSpeaker);
    }
}
