using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// French "a défendu" and "a argué" (with an adverb: "a encore argué") are verbs of quoting, as "defendió/argumentó",
/// "defendeu/argumentou" and "ha difeso/ha sostenuto" are. Real excerpt (Le cri du veau, scholz-taurus-2024-02, S13).
/// </summary>
public class SpeakerFrenchArguingVerbTests
{
    private const string Scholz =
        "« Les soldats allemands ne doivent en aucun cas et en aucun endroit être reliés aux objectifs atteints par ces systèmes », a défendu Olaf Scholz comme principe. « Ce que d’autres pays font, qui ont d’autres traditions et d’autres institutions constitutionnelles, est quelque chose que nous ne pouvons pas faire dans la même ampleur », a encore argué le chancelier.\n\n"
        + "Implicitement il confirme ce qu'a révélé Macron";

    [Fact]
    public void DefendedNamesItsSubjectAfterTheQuote()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(Scholz, "fr")), q => q.Text.StartsWith("Les soldats allemands", StringComparison.Ordinal));
        Assert.Equal("a défendu", quote.Cue);
        Assert.Equal("Olaf Scholz", quote.Speaker);
    }

    [Fact]
    public void ArguedWithAnAdverbNamesItsSubjectAfterTheQuote()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(Scholz, "fr")), q => q.Text.StartsWith("Ce que d’autres pays font", StringComparison.Ordinal));
        Assert.Equal("a encore argué", quote.Cue);
        Assert.Equal("le chancelier", quote.Speaker);
        Assert.Equal("Olaf Scholz", quote.CanonicalSpeaker);
    }
}
