using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Made-up Dutch sentences in the style of a unit's statement: a region's name after the region noun ("de regio Belgorod") is a
/// place, not the source "aldus de groep" refers to, and "Volgens" ("according to") opening a sentence is no name. Each test
/// failed before (the speaker was "Belgorod", or "Volgens").
/// </summary>
public class SpeakerDutchPlaceAndSourceTests
{
    [Theory]
    [InlineData("Het Vrijheid voor Rusland-legioen meldde de regio Belgorod te zijn binnengevallen.\n\n“Wij zijn Russen, net als jullie”, aldus de groep.")]
    [InlineData("Het Vrijheid voor Rusland-legioen zegt in de regio Belgorod te zijn.\n\n“Wij zijn Russen, net als jullie”, aldus de groep.")]
    public void TheGroupIsTheLegionNamedBefore(string text) =>
        Assert.Equal(SpeakerNames.Key("Freedom of Russia Legion"), QuoteStarting(Written(text, "nl"), "Wij zijn").SpeakerKey);

    /// <summary>"Volgens het … legioen": "according to" is no speaker (the Legion after it, as the object of "volgens", is still not read here).</summary>
    [Fact]
    public void AccordingToIsNoName() =>
        Assert.NotEqual(SpeakerNames.Key("Volgens"), QuoteStarting(Written("Volgens het Vrijheid voor Rusland-legioen zijn de strijders de grens overgestoken.\n\n“Wij zijn Russen, net als jullie”, schreef het legioen.", "nl"), "Wij zijn").SpeakerKey);
}
