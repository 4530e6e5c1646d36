using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A pronoun that answers the quote just before it ("„…?“, habe Putin gefragt. „…“, habe er geantwortet.") is not the one who
/// asked: it is the subject named before him. Real excerpt (nachrichten.at, lukashenko-crocus-belarus-2024-03, L23).
/// </summary>
public class SpeakerReplyTests
{
    private const string Exchange =
        "Die ganze Nacht hätten er und Russlands Präsident Wladimir Putin nicht geschlafen, versicherte Alexander Lukaschenko. \"Hilfst du, dichtzumachen?\", habe Putin gefragt. \"Mache ich\", habe er geantwortet. Der belarussische Staatschef saß am Dienstag in Uniform auf einem Klappstühlchen unter freiem Himmel.";

    [Fact]
    public void TheOneWhoAnswersIsNotTheOneWhoAsked()
    {
        var quotes = QuoteFinder.Find(Written(Exchange, "de"));
        Assert.Equal("Putin", Assert.Single(quotes, q => q.Text.StartsWith("Hilfst du", StringComparison.Ordinal)).CanonicalSpeaker);
        Assert.Equal("Alexander Lukaschenko", Assert.Single(quotes, q => q.Text == "Mache ich").CanonicalSpeaker);
    }

    [Fact]
    public void APronounThatSaysMoreAfterItsOwnQuoteStaysItsSpeaker()
    {
        // "gefragt" is no answer: the pronoun after Putin's question is read as before.
        const string text = "Die ganze Nacht hätten er und Russlands Präsident Wladimir Putin nicht geschlafen, versicherte Alexander Lukaschenko. \"Hilfst du, dichtzumachen?\", habe Putin gefragt. \"Jetzt sofort?\", habe er gefragt.";
        var quotes = QuoteFinder.Find(Written(text, "de"));
        Assert.Equal("Putin", Assert.Single(quotes, q => q.Text == "Jetzt sofort?").CanonicalSpeaker);
    }
}
