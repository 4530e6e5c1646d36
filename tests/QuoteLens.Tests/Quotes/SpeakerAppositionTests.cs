using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An attribution after the quote whose subject is set off by commas right before the verb ("“There was no school bus,”
/// the head of the Ministry of Education, Sergei Kravtsov, told reporters", bryansk's latestpagenews) is read: the comma
/// before the verb had left an empty phrase, so the quote had no attribution and went to the person named before it. A
/// clause set off by commas is no speaker. Invented people; the sentences are the key's shapes.
/// </summary>
public class SpeakerAppositionTests
{
    private const string Story = "Raid\n\nPresident Marek Volkov called it a \"terrorist attack\".\n\n";

    [Fact]
    public void A_name_set_off_after_a_title_speaks()
    {
        var quote = QuoteFinder.Find(Written(Story + "“There was no school bus,” the head of the Ministry of Education, Jan Kowal, told reporters.", "en"))[^1];

        Assert.Equal("Jan Kowal", quote.Speaker);
        Assert.Equal("Jan Kowal", quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_name_with_its_title_set_off_speaks()
    {
        var quote = QuoteFinder.Find(Written(Story + "“There was no school bus,” Jan Kowal, the head of the Ministry of Education, told reporters.", "en"))[^1];

        Assert.Equal("Jan Kowal, the head of the Ministry of Education", quote.Speaker);
        Assert.Equal("Jan Kowal", quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_clause_set_off_by_commas_is_no_speaker()
    {
        var quote = QuoteFinder.Find(Written("Raid\n\nDie Kräfte führten einen Einsatz zur \"Vernichtung bewaffneter Nationalisten\", die die Grenze verletzt hätten, teilte der Geheimdienst FSB mit.", "de"))[^1];

        Assert.DoesNotContain("Grenze", quote.Speaker ?? "", StringComparison.Ordinal);
    }
}
