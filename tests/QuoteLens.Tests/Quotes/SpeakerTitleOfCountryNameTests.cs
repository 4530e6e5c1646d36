using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A title of a country followed by the holder's full name ("Adviser to the Head of the Office of President of Ukraine
/// Mykhailo Podolyak tweeted", bryansk's novayagazeta.eu) names the holder: the name reader had cleared every run with a
/// title and "of" as the office of a country or body, so the quote went to the president named before. A title and its
/// body alone ("Secretary General of NATO") still name no one. Invented people.
/// </summary>
public class SpeakerTitleOfCountryNameTests
{
    private const string Story = "Raid\n\nPresident Marek Volkov spoke on Monday.\n\n";

    [Fact]
    public void The_full_name_after_the_country_speaks()
    {
        var quote = QuoteFinder.Find(Written(Story + "“Russia wants to scare its people,” Adviser to the Head of the Office of President of Ukraine Jan Kowal tweeted.", "en"))[^1];

        Assert.Equal("Jan Kowal", quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_title_of_a_body_alone_names_no_one()
    {
        Assert.Null(SpeakerNames.Canonical("Secretary General of NATO", "en"));
    }
}
