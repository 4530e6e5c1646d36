using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A preposition that opens a sentence before an implied subject's verb is no name: "En ese sentido, dijo que: “…”"
/// (bryansk's informatevzla: Putin's words, which went to a speaker named "En"). Spanish, Italian, Portuguese and Romanian
/// have no function-word list of their own, so the name reader did not know "En". Invented people; the sentences are the
/// key's own shapes.
/// </summary>
public class SpeakerOpeningPrepositionTests
{
    [Theory]
    [InlineData("es", "El presidente ruso, Marek Volkov, describió el ataque como un ataque terrorista.\n\nEn ese sentido, dijo que: “Hoy cometieron otro acto de terrorismo”.")]
    [InlineData("es", "El presidente ruso, Marek Volkov, describió el ataque.\n\nCon todo, afirmó: “Vamos a aplastarlos”.")]
    [InlineData("fr", "Le président russe Marek Volkov a parlé jeudi.\n\nEn outre, il a déclaré : « Nous allons les écraser ».")]
    [InlineData("ro", "Președintele rus Marek Volkov a vorbit joi.\n\nÎn acest context, a spus: „Îi vom zdrobi”.")]
    public void The_speaker_named_before_speaks(string language, string text)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];
        Assert.Equal("Marek Volkov", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("En ese sentido", "es")]
    [InlineData("Con todo", "es")]
    [InlineData("În acest context", "ro")]
    public void The_opening_phrase_names_no_one(string phrase, string language)
    {
        Assert.Null(SpeakerNames.Canonical(phrase, language));
    }
}
