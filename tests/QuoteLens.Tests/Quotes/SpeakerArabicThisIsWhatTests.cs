using QuoteLens.Quotes;
using QuoteLens.Tests.Corpus;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Arabic news puts the source of a quote that opens a paragraph in the sentence after it: "«…». هذا ما أعلنه فيلق حرية روسيا
/// في بيان …" ("this is what the Freedom of Russia Legion announced in a statement"), "«…»، وهذا ما قاله …" ("and this is what
/// … said"). The phrase after the verb of saying is the quote's speaker. The articles are made up in the style of the Arabic
/// coverage of the Belgorod raids and read from a temp folder as a corpus is (manifest, loader, <see cref="QuoteFinder.FindAll"/>).
/// </summary>
public sealed class SpeakerArabicThisIsWhatTests : IDisposable
{
    private readonly TempFolder _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private IReadOnlyList<Quote> Read(string text) => QuoteTestArticles.FindAllIn(_corpus, ("ar.txt", "ar", text));

    [Fact]
    public void ThisIsWhatTheLegionAnnouncedNamesTheQuotesSpeaker()
    {
        var quotes = Read(
            "مجموعات روسية مسلحة تدعو سكان بيلغورود إلى المغادرة\n\n" +
            "دعت مجموعات روسية مسلحة تقاتل إلى جانب أوكرانيا سكان المناطق الحدودية إلى مغادرة منازلهم، بعد يوم من هجمات عبر الحدود.\n\n" +
            "«سنضطر إلى ضرب المواقع العسكرية في مدنكم، ونطلب منكم مغادرتها حفاظا على أرواحكم». هذا ما أعلنه فيلق حرية روسيا في بيان نشره على تلغرام يوم الأربعاء.\n\n" +
            "ولم يصدر أي تعليق فوري من موسكو.");
        var quote = Assert.Single(quotes, q => q.Text.StartsWith("سنضطر", StringComparison.Ordinal));
        Assert.Equal("فيلق حرية روسيا", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ThisIsWhatAPersonSaidAfterACommaNamesThePerson()
    {
        var quotes = Read(
            "قال حاكم منطقة بيلغورود إن القصف استمر طوال الليل.\n\n" +
            "«لن نتوقف حتى تتحرر روسيا من هذا النظام»، وهذا ما قاله أليكسي بارانوفسكي، المتحدث باسم الفيلق، في مقابلة مع قناة تلفزيونية.");
        var quote = Assert.Single(quotes, q => q.Text.StartsWith("لن نتوقف", StringComparison.Ordinal));
        Assert.Equal("أليكسي بارانوفسكي", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ThisIsWhatSomeoneWantsNamesNoSpeaker()
    {
        var quotes = Read(
            "«سنضطر إلى ضرب المواقع العسكرية في مدنكم، ونطلب منكم مغادرتها حفاظا على أرواحكم». هذا ما يخشاه الكرملين منذ أشهر.");
        var quote = Assert.Single(quotes, q => q.Text.StartsWith("سنضطر", StringComparison.Ordinal));
        Assert.NotEqual("الكرملين", quote.CanonicalSpeaker);
    }
}
