using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A short line with no closing punctuation that names a speaker with a speech verb leads into the quote that opens the
/// paragraph after it, as a line ending in a colon does. Real excerpt (Le cri du veau, scholz-taurus-2024-02, S13).
/// </summary>
public class SpeakerLeadLineTests
{
    private const string Excerpt =
        "« Ce que d’autres pays font, qui ont d’autres traditions et d’autres institutions constitutionnelles, est quelque chose que nous ne pouvons pas faire dans la même ampleur », a encore argué le chancelier Olaf Scholz.\n\n"
        + "https://www.krone.at/3272427\n\n"
        + "Implicitement il confirme ce qu'a révélé Macron\n\n"
        + "\"Sur la première question, tout a été évoqué ce soir de manière très libre et directe. Il n'y a pas de consensus aujourd'hui pour envoyer de manière officielle, assumée et endossée des troupes au sol. Mais en dynamique rien ne doit être exclu.\"";

    [Fact]
    public void TheOpenLineBeforeAQuoteParagraphNamesItsSpeaker()
    {
        var quote = QuoteFinder.Find(Written(Excerpt, "fr")).Single(q => q.Text.StartsWith("Sur la première", StringComparison.Ordinal));
        Assert.Equal("Macron", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AHeadingEndingInAFullStopLeadsIntoNothing()
    {
        var text = Excerpt.Replace("révélé Macron", "révélé Macron.", StringComparison.Ordinal);
        var quote = QuoteFinder.Find(Written(text, "fr")).Single(q => q.Text.StartsWith("Sur la première", StringComparison.Ordinal));
        Assert.Null(quote.Speaker);
    }
}
