using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Founders, bosses and chairs are titles: an organisation before the title and a person after it ("Stormline Group founder
/// Ivan Petrenko", "Основатель ЧВК «Шторм» Иван Петренко") name the person, and the titled person is one a later quote may
/// refer to. Invented organisations, people and sentences.
/// </summary>
public class SpeakerFounderTests
{
    [Theory]
    [InlineData("Stormline Group founder Ivan Petrenko", "en", "Ivan Petrenko")]
    [InlineData("Stormline chairman Ivan Petrenko", "en", "Ivan Petrenko")]
    [InlineData("Stormline-Gründer Ivan Petrenko", "de", "Ivan Petrenko")]
    public void TheOrganisationBeforeTheTitleIsNoName(string phrase, string language, string expected)
    {
        Assert.Equal(expected, SpeakerNames.Canonical(phrase, language));
    }

    [Fact]
    public void AnUnattributedQuoteAfterAFoundersWordsIsTheFounders()
    {
        var article = Written("Stormline Group founder Ivan Petrenko says that the group's actions are no coup.\n\nThis is no coup. This is a march for justice, \"Our actions do not interfere with the troops.\"");
        Assert.Equal("Ivan Petrenko", QuoteFinder.Find(article)[^1].CanonicalSpeaker);
    }
}
