using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Words that open a sentence with a capital but name no one ("Tussen de berichten …", "Kogu Graivoroni rajoonis …",
/// "Rosjanie walczący …") are never the subject a later pronoun refers to; an Arabic title without its article governs the
/// word after it ("حاكم بيلغورود", the governor of Belgorod), which is a place, not the speaker; and a paragraph whose short
/// quote has its own speech cue is that quote, not a block quote that lost its marks. The sentences are made up after the
/// kind of coverage the issue describes.
/// </summary>
public class SpeakerOpenerAndConstructTests
{
    [Theory]
    [InlineData("nl", "Het Vrijheid voor Rusland Legioen trok de grens over.\n\nTussen de berichten op sociale media stond ook een oproep. \"Blijf thuis, verzet u niet,\" zo richtten ze zich tot de bevolking.", "Tussen")]
    [InlineData("et", "Vabaduse Venemaa leegion teatas rünnakust.\n\nKogu Graivoroni rajoonis sai tema sõnul viga 12 tsiviilisikut. „Olukord on kontrolli all,“ teatas leegion.", "Kogu")]
    [InlineData("pl", "Rosyjski Korpus Ochotniczy przekroczył granicę.\n\nJego zdaniem Rosjanie walczący po stronie ukraińskiej mają nadzieję na zmiany. \"Nie chcemy być częścią tej zbrodni\" - dodał.", "Rosjanie")]
    public void ASentenceOpeningFunctionWordIsNoSpeaker(string language, string text, string opener)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.NotNull(quote.CanonicalSpeaker);
        Assert.DoesNotContain(opener, quote.CanonicalSpeaker, StringComparison.Ordinal);
        Assert.True(SpeakerNames.IsNeverName(opener.ToLowerInvariant()));
    }

    [Fact]
    public void AnArabicTitleWithoutItsArticleGovernsAPlaceNotAName()
    {
        var article = Written(
            "أعلن حاكم مقاطعة بيلغورود الروسية فياتشيسلاف غلادكوف عن إصابة 8 أشخاص جراء الهجوم.\n\nوقال حاكم بيلغورود إن \"مجموعة تخريب دخلت المنطقة\".",
            "ar");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("فياتشيسلاف غلادكوف", quote.CanonicalSpeaker);
        Assert.Null(SpeakerNames.Canonical("حاكم بيلغورود إن", "ar"));
        Assert.Equal("فياتشيسلاف غلادكوف", SpeakerNames.Canonical("حاكم مقاطعة بيلغورود الروسية فياتشيسلاف غلادكوف", "ar"));
    }

    [Fact]
    public void AShortQuoteWithItsOwnCueIsNoBlockQuote()
    {
        var article = Written(
            "Vabaduse Venemaa leegion teatas rünnakust.\n\n„Olukord on kontrolli all,“ teatas leegion.\n\nKogu rajoonis on elekter ära. „Me jätkame,“ ütlesid nad.",
            "et");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(["Olukord on kontrolli all,", "Me jätkame,"], quotes.Select(q => q.Text));
    }
}
