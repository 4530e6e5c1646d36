using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An agency after "according to" ahead of a clause with an office-holder subject reports the words, it does not speak
/// them; a one-word name misspelt once takes the full name the article writes one letter away.
/// </summary>
public class SpeakerSourceTests
{
    [Fact]
    public void TheAgencyAfterAccordingToIsNotTheSpeakerWhenTheClauseNamesAnOffice()
    {
        var article = Written(
            "President Martin Kowalsky spoke on Monday about the flood in the north.\n\n" +
            "Kowalsky visited the region later. In the message, according to Reporta, the Polish president describes the rescuers as " +
            "\u201Cthe bravest people I know\u201D and promises help.", "en");
        var quote = Assert.Single(QuoteFinder.Find(article), q => q.Text.Contains("bravest", StringComparison.Ordinal));
        Assert.Equal("Martin Kowalsky", quote.CanonicalSpeaker);
    }

    [Fact]
    public void OnlyACommaAndAnOfficeAfterTheSourceDropIt()
    {
        var kept = new List<Mention> { new(13, "Reporta", "Reporta") };
        SpeakerSources.DropReportSources("According to Reporta, prices will \u201Crise sharply\u201D.", kept);
        Assert.Single(kept);

        var dropped = new List<Mention> { new(13, "Reporta", "Reporta") };
        SpeakerSources.DropReportSources("According to Reporta, the president called it \u201Ca disaster\u201D.", dropped);
        Assert.Empty(dropped);
    }

    [Theory]
    [InlineData("lkxn", "lkxnk", true)]
    [InlineData("lkxnk", "lkxn", true)]
    [InlineData("putin", "putan", true)]
    [InlineData("putin", "putin", false)]
    [InlineData("putin", "putinko", false)]
    public void OneEditApart(string a, string b, bool expected) =>
        Assert.Equal(expected, SpeakerSources.OneEditApart(a, b));

    [Fact]
    public void AOneWordNameMisspeltOnceTakesTheFullNameOneLetterAway()
    {
        string?[] names = ["لوكاشينو", "لوكاشينو"];
        var mentions = new List<Mention> { new(0, "ألكسندر لوكاشينكو", "x") };
        SpeakerSources.Respell(names, mentions);
        Assert.Equal("ألكسندر لوكاشينكو", names[0]);
        Assert.Equal(names[0], names[1]);
    }

    [Fact]
    public void ANameTheArticleWritesAsSuchStays()
    {
        string?[] names = ["Kovalenkov"];
        var mentions = new List<Mention> { new(0, "Ivan Kovalenko", "Ivan Kovalenko"), new(20, "Petro Kovalenkov", "Petro Kovalenkov") };
        SpeakerSources.Respell(names, mentions);
        Assert.Equal("Kovalenkov", names[0]);
    }
}
