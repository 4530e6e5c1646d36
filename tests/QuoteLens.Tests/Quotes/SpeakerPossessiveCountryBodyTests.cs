using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A country's possessive before a body's acronym names the country the body belongs to; the body speaks ("Russia’s FSB
/// security service says it has launched an operation to “destroy armed Ukrainian nationalists”", bryansk's overseasnews:
/// the quote had gone to "Russia"). A possessive before a person's full name stays as it was ("Russia’s Vladimir Putin").
/// </summary>
public class SpeakerPossessiveCountryBodyTests
{
    [Theory]
    [InlineData("Russia’s FSB security service says it has launched an operation to \"destroy armed Ukrainian nationalists\" threatening its border.", "FSB")]
    [InlineData("Ukraine's SBU said it had detained \"a group of saboteurs\" near the border.", "SBU")]
    [InlineData("Russia's Marek Volkov said \"we will crush them\".", "Marek Volkov")]
    public void The_body_after_a_country_s_possessive_speaks(string text, string speaker)
    {
        Assert.Equal(speaker, QuoteFinder.Find(Written("Raid\n\n" + text, "en"))[^1].CanonicalSpeaker);
    }
}
