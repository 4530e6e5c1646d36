using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Surnames with lower-case particles ("Ursula von der Leyen", "Jan van der Berg", "Ana de la Cruz") are read whole, in the
/// attribution after a quote and in the name reader: the name had been cut at the first particle ("Ursula"; the zaluzhny key's
/// press conference with the President of the European Commission). Invented people.
/// </summary>
public class SpeakerNameParticleTests
{
    [Theory]
    [InlineData("en", "Title\n\n\"We stand with the town,\" said Commission President Marta von der Heide.", "Marta von der Heide")]
    [InlineData("de", "Titel\n\n„Wir stehen an der Seite der Stadt“, sagte Marta von der Heide.", "Marta von der Heide")]
    [InlineData("es", "Título\n\n«Estamos con la ciudad», dijo Ana de la Cruz.", "Ana de la Cruz")]
    public void A_surname_with_two_particles_is_read_whole(string language, string text, string speaker)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}
