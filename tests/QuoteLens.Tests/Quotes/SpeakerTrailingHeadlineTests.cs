using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A headline line that ends in a colon and a name credits its quote to that name ("«Habrá problemas» con Finlandia tras
/// ingreso a OTAN: Putin"), not to the speaker of the paragraph before. Real excerpt (josecardenas.com/EFE, trump-nato-2024-02, T22).
/// </summary>
public class SpeakerTrailingHeadlineTests
{
    private const string Link =
        "Remarcó, eso sí, que la OTAN «sigue estando preparada y capacitada para defender a todos los aliados», dijo Jens Stoltenberg.\n\n"
        + "➡️ No te pierdas: «Habrá problemas» con Finlandia tras ingreso a OTAN: Putin \n\n"
        + "Stoltenberg también mostró su deseo de que los Estados Unidos «sigan siendo un aliado fuerte y comprometido» de la OTAN.";

    [Fact]
    public void TheNameAfterTheHeadlinesLastColonSpeaks()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(Link, "es")), q => q.Text == "Habrá problemas");
        Assert.Equal("Putin", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ASentenceAfterTheQuoteCreditsNoOne()
    {
        // The line holds an end of sentence after the quote: it is no headline, and the colon's name is no credit.
        const string text = "Jens Stoltenberg dijo que la OTAN «sigue estando preparada». Lo repitió luego en Bruselas: Putin";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "es")));
        Assert.NotEqual("Putin", quote.CanonicalSpeaker);
    }
}
