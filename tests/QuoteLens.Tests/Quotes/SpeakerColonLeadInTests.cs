using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A sentence opened by "he" or "she" and closed by a colon leads into the quote after it with no verb of saying ("Er zeigt
/// erneut auf die Leichen und setzt seine Beleidigungen fort: "Ihr Biester, …"", as news.de writes in the
/// prigozhin-ammunition evaluation set); and "Dann wendet er sich an … Schoigu und … Gerassimow und schreit:" is his, not
/// the opener's nor the names after the preposition. The paragraphs are the set's, shortened.
/// </summary>
public class SpeakerColonLeadInTests
{
    private const string Story =
        "Jewgeni Prigoschin hat die Militärführung in Moskau bereits in den vergangenen Wochen immer wieder heftig kritisiert.\n\n"
        + "Wagner-Chef beleidigt Russlands Miltärführung um Sergej Schoigu und Waleri Gerassimow\n\n"
        + "Dann wendet er sich direkt an Russlands Verteidigungsminister Sergej Schoigu und Generalstabschef Waleri Gerassimow und schreit in die Kamera: "
        + "\"Schoigu, Gerassimow, wo, verdammte Scheiße, ist die Munition?\" Er zeigt erneut auf die Leichen und setzt seine Beleidigungen fort: "
        + "\"Ihr Biester, ihr sitzt in teuren Clubs, eure Kinder haben Spaß am Leben und nehmen Youtube-Clips auf.\"";

    [Fact]
    public void ThePronounOpeningAColonLeadSpeaks()
    {
        var quotes = QuoteFinder.Find(Written(Story, "de"));
        var insults = Assert.Single(quotes, q => q.Text.StartsWith("Ihr Biester", StringComparison.Ordinal));
        Assert.Equal("Er", insults.Speaker);
        Assert.Equal("Jewgeni Prigoschin", insults.CanonicalSpeaker);
    }

    [Fact]
    public void ThePronounAfterTheOpenersVerbSpeaksForTheWholeClause()
    {
        var quotes = QuoteFinder.Find(Written(Story, "de"));
        var shout = Assert.Single(quotes, q => q.Text.StartsWith("Schoigu, Gerassimow", StringComparison.Ordinal));
        Assert.Equal("er", shout.Speaker);
        Assert.Equal("Jewgeni Prigoschin", shout.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("The poster on the wall showed one slogan: \"Entry forbidden to all visitors.\"")]
    [InlineData("Das Schild am Tor lautet: \"Zutritt für alle Besucher verboten.\"")]
    public void AColonLeadOpenedByAThingNamesNoOne(string sentence)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(sentence, sentence.StartsWith("The", StringComparison.Ordinal) ? "en" : "de")));
        Assert.Null(quote.Speaker);
    }
}
