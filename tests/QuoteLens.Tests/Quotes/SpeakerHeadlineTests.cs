using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A headline's "Name:" gives the speaker of a story that names no one else (labels such as "Live:" name no one); Romanian
/// "acesta" is a pronoun and "pentru" opens the one told; "the message says" cues of Portuguese, Estonian and Romanian name
/// the message's issuer. Invented people and sentences.
/// </summary>
public class SpeakerHeadlineTests
{
    [Fact]
    public void TheHeadlineNamesTheSpeakerOfAStoryThatNamesNoOne()
    {
        var article = Written(
            "Volkov: the reform is logical\n\nThe reform of the ministry is logical, the government's spokesman said on Monday.\n\n" +
            "\u201CToday the winner is the one who is more open to change,\u201D he said.");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Volkov", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AStoryThatNamesItsSpeakerKeepsHim()
    {
        var article = Written(
            "Volkov: the reform is logical\n\nIvan Petrenko spoke on Monday.\n\n\u201CToday the winner is the one who is more open to change,\u201D he said.");
        Assert.Equal("Ivan Petrenko", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("Live: the reform of the ministry")]
    [InlineData("Exclusive: the reform of the ministry")]
    [InlineData("The reform: what changes")]
    [InlineData("No colon in this headline")]
    public void LabelsAndPhrasesNameNoOne(string line) => Assert.Null(SpeakerHeadlines.FromLine(line, "en"));

    [Theory]
    [InlineData("Volkov: the reform is logical", "en", "Volkov")]
    [InlineData("Иван Петренко: реформа логична", "ru", "Иван Петренко")]
    public void ANameBeforeTheColon(string line, string language, string expected) =>
        Assert.Equal(expected, SpeakerHeadlines.FromLine(line, language));

    [Fact]
    public void RomanianDemonstrativeAndTheOutletTold()
    {
        var article = Written(
            "Marek Volkov a demis ministrul.\n\n\"Decizia este definitivă\", a declarat Volkov. \"Este un pas logic\", a mai spus acesta pentru Reporta.", "ro");
        var quote = Assert.Single(QuoteFinder.Find(article), q => q.Text.Contains("logic", StringComparison.Ordinal));
        Assert.Equal("acesta", quote.Speaker);
        Assert.Equal("Volkov", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("pt", "A Legião Norte anunciou um ataque.\n\nO governo falou depois. \"Vamos continuar a luta\", lê-se no comunicado da Legião Norte.", "lê-se", "Norte")]
    [InlineData("et", "Põhjaleegion teatas rünnakust.\n\nValitsus rääkis hiljem. \"Me jätkame võitlust,\" seisis Põhjaleegioni avalduses.", "seisis", "Põhjaleegion")]
    [InlineData("ro", "Legiunea Nord a anunțat un atac.\n\nGuvernul a vorbit apoi. \"Vom continua lupta\", se arată în comunicatul Legiunii Nord.", "se arată", "Nord")]
    [InlineData("pl", "Legion Północ ogłosił atak.\n\nRząd mówił później. \"Kontynuujemy walkę\" - czytamy w oświadczeniu Legionu Północ.", "czytamy", "Północ")]
    [InlineData("pl", "Legion Północ ogłosił atak.\n\nRząd mówił później. \"Kontynuujemy walkę\" - napisano w komunikacie Legionu Północ.", "napisano", "Północ")]
    public void TheMessageSaysNamesItsIssuer(string language, string text, string cue, string issuer)
    {
        var article = Written(text, language);
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal(cue, quote.Cue);
        Assert.Contains(issuer, quote.CanonicalSpeaker ?? "", StringComparison.Ordinal);
    }
}
