using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// The outlet or channel a statement went out on is not its speaker: German and Dutch sentences that open with the source
/// ("Laut Reuters bestätigte der Bürgermeister der Stadt, Hans Weber, dass …", "Volgens Reuters zei Jan Smit …")
/// put the speaker after the verb; Arabic "وأشار بوغوماز عبر تليغرام" (said Bogomaz via Telegram) names the channel after "via".
/// Made-up sentences.
/// </summary>
public class SpeakerChannelAndSourceOpenerTests
{
    [Theory]
    [InlineData("de", "Die Stadt meldete Schäden. Laut Reuters bestätigte der Bürgermeister der Stadt, Hans Weber, dass »eine Brücke eingestürzt« sei.", "eine Brücke", "Hans Weber")]
    [InlineData("de", "Laut Reuters sagte Hans Weber: »Die Brücke ist eingestürzt.«", "Die Brücke", "Hans Weber")]
    [InlineData("nl", "De stad meldde schade. Volgens Reuters zei Jan Smit dat “de brug is ingestort”.", "de brug", "Jan Smit")]
    public void TheSourceBeforeTheVerbDoesNotSpeak(string language, string text, string start, string speaker)
    {
        Assert.Equal(speaker, QuoteStarting(Written(text, language), start).CanonicalSpeaker);
    }

    [Fact]
    public void TheArabicChannelAfterViaDoesNotSpeak()
    {
        var article = Written("أعلن حاكم مقاطعة كورسك الروسية ألكسندر بوغوماز عن إصابة شخصين. وأشار بوغوماز عبر تليغرام \"نساعد السكان على المغادرة\".", "ar");
        var speaker = QuoteStarting(article, "نساعد").CanonicalSpeaker;
        Assert.NotNull(speaker);
        Assert.Contains("بوغوماز", speaker, StringComparison.Ordinal);
    }
}
