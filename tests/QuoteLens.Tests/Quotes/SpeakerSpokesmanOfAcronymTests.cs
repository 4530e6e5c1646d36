using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A spokesman's title before a body's acronym ("Rzecznik SBU stwierdził, że most „nie wytrzymał obciążenia wojną”",
/// crimean's wprost) names the body as the speaker, as "An SBU spokesman said" does in English: the phrase had named no
/// one, and the quote went to the person the article named last (Putin). A head's title ("szef") still names a person.
/// </summary>
public class SpeakerSpokesmanOfAcronymTests
{
    [Theory]
    [InlineData("pl", "Iwan Kowal nazwał to atakiem terrorystycznym.\n\nRzecznik SBU stwierdził, że most „nie wytrzymał obciążenia wojną”.")]
    [InlineData("pl", "Iwan Kowal nazwał to atakiem terrorystycznym.\n\nW piątek rzecznik SBU stwierdził, że most „nie wytrzymał obciążenia wojną”.")]
    [InlineData("uk", "Іван Коваль назвав це терактом.\n\nРечник СБУ заявив, що міст «не витримав навантаження війною».")]
    public void The_body_speaks(string language, string text)
    {
        var quote = QuoteFinder.Find(Written("Most\n\n" + text, language))[^1];

        Assert.True(quote.IsSpokenBy("SBU"), quote.CanonicalSpeaker);
        Assert.False(quote.IsSpokenBy("Kowal"));
    }
}
