using QuoteLens.Quotes;
using QuoteLens.Tests.Corpus;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An Arabic article that names its speaker without a speech verb ("وهاجم بريغوزين شويغو وغيراسموف …، وتابع "…"": Prigozhin
/// attacked Shoigu and Gerasimov …, and went on) gets the speaker the rest of the corpus quotes, found in its words by consonant
/// skeleton (<see cref="SpeakerKnownNames"/>); and a bare title ("сказал президент") is the holder the article titles without a
/// nation. Made-up articles in the style of the prigozhin-ammunition and kursk sets, read from a temp folder as a corpus is.
/// </summary>
public sealed class SpeakerKnownNamesTests : IDisposable
{
    private readonly TempFolder _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private IReadOnlyList<Quote> Read(params (string File, string Language, string Text)[] articles) => QuoteTestArticles.FindAllIn(_corpus, articles);

    private const string English =
        "Wagner chief rages at defence ministry\n\n" +
        "\"These are our lads who died today,\" said Yevgeny Prigozhin, standing among the bodies.\n\n" +
        "\"We are short of ammunition,\" Prigozhin said, addressing Valery Gerasimov by name.\n\n" +
        "\"Where is the ammunition?\" Prigozhin shouted.";

    private const string Arabic =
        "مقطع فيديو لقائد مجموعة فاغنر\n\n" +
        "انتشر مقطع فيديو لقائد مجموعة فاغنر ييفغيني بريغوزين وهو يشتم رئيس هيئة الأركان فاليري غيراسيموف.\n\n" +
        "وهاجم بريغوزين غيراسيموف بسبب نقص الذخائر التي يحتاجها عناصر فاغنر الذين يقاتلون في أوكرانيا، وتابع \"هنا شباب مجموعة فاغنر الذين لقوا مصرعهم اليوم\".";

    [Fact]
    public void AnArabicQuoteWithNoReadableNameTakesTheMostQuotedPersonItsArticleNames()
    {
        // Gerasimov is named as often as Prigozhin in the Arabic article, but the corpus quotes only Prigozhin.
        var quotes = Read(("a.txt", "en", English), ("b.txt", "ar", Arabic));
        var quote = Assert.Single(quotes, q => q.Text.StartsWith("هنا شباب", StringComparison.Ordinal));
        Assert.Equal("Yevgeny Prigozhin", quote.CanonicalSpeaker);
        Assert.True(quote.IsSpokenBy("Prigozhin"));
    }

    [Fact]
    public void AnArabicArticleAloneKeepsItsQuoteWithoutASpeaker()
    {
        // No other article quotes anyone: nothing is known to look for, and nothing is guessed.
        var quotes = Read(("b.txt", "ar", Arabic));
        var quote = Assert.Single(quotes, q => q.Text.StartsWith("هنا شباب", StringComparison.Ordinal));
        Assert.Null(quote.CanonicalSpeaker);
    }

    [Fact]
    public void ABareTitleIsTheHolderTheArticleTitlesWithoutANation()
    {
        var quotes = Read(("c.txt", "ru",
            "Зеленский о катастрофе «Курска»\n\n" +
            "Президент Владимир Зеленский записал очередное обращение к украинцам. Он заявил, что трагедия стала символическим началом правления российского президента Владимира Путина.\n\n" +
            "- Так всегда бывает с теми, кто унижает людей и любые правила, - сказал президент."));
        var quote = Assert.Single(quotes, q => q.Text.StartsWith("Так всегда", StringComparison.Ordinal));
        Assert.True(quote.IsSpokenBy("Зеленский"), quote.CanonicalSpeaker);
    }

    [Fact]
    public void ATitleWithItsNationIsStillThatNationsHolder()
    {
        var quotes = Read(("d.txt", "ru",
            "Президент Владимир Зеленский записал обращение. Он напомнил о словах российского президента Владимира Путина.\n\n" +
            "- Мы не отступим, - сказал российский президент."));
        var quote = Assert.Single(quotes, q => q.Text.StartsWith("Мы не отступим", StringComparison.Ordinal));
        Assert.True(quote.IsSpokenBy("Путин"), quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("بريغوجين")]
    [InlineData("بريغوزين")]
    public void AnArabicNameWithJimForZhIsTheLatinSpeaker(string prigozhin)
    {
        // ج writes the zh of Slavic names as often as ز does: both spellings are Prigozhin (the ج one had stayed a speaker of its own).
        var quotes = Read(("a.txt", "en", English), ("e.txt", "ar", $"وقال {prigozhin}: \"سننسحب من باخموت في العاشر من مايو\"."));
        var quote = Assert.Single(quotes, q => q.Text.StartsWith("سننسحب", StringComparison.Ordinal));
        Assert.Equal("Yevgeny Prigozhin", quote.CanonicalSpeaker);
    }
}
