using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Made-up sentences for a quote with no attribution of its own after a sentence whose subject is an office described
/// without a name ("De son côté, le président ukrainien assure …", "Раніше російський диктатор заявляв …"): the quote is the
/// office holder's, named earlier with that office and qualifier, not the article's main speaker; and "the head of the
/// Federal Security Service (FSB)" is a title's complement, no speaker's name.
/// </summary>
public class SpeakerDescriptionTests
{
    [Theory]
    [InlineData("fr", "Le président russe Vladimir Orlov a accusé l'Ukraine. Le président ukrainien Petro Marchenko a répondu vendredi.\n\n« Nous punirons les coupables », a déclaré Vladimir Orlov.\n\nDe son côté, le président ukrainien assure n'être pour rien dans cette tuerie et accuse le pouvoir russe. « Ce qui s'est passé hier à Moscou est évident, ils veulent rejeter la faute sur nous. »", "Petro Marchenko")]
    [InlineData("uk", "Президент Білорусі Олександр Мельник заявив, що терористи хотіли втекти до Білорусі. Президент Росії Іван Петров провів нараду.\n\n«Вони не могли зайти до нас», — сказав Мельник.\n\nРаніше російський президент заявляв, що терористів \"чекали на кордоні з боку України і готували їм вікно\".", "Іван Петров")]
    [InlineData("de", "Der russische Präsident Iwan Petrow sprach am Freitag. Der ukrainische Präsident Petro Martschenko antwortete am Samstag.\n\n„Wir werden die Täter bestrafen“, sagte Petrow.\n\nDer ukrainische Präsident wies die Vorwürfe zurück. „Was gestern in Moskau passiert ist, ist offensichtlich, sie wollen uns die Schuld geben.“", "Petro Martschenko")]
    public void AnOfficeOpeningTheSentenceBeforeAnUncuedQuoteSpeaks(string language, string text, string expected)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];
        Assert.Equal(expected, quote.CanonicalSpeaker);
    }

    [Fact]
    public void AQualifierNoHolderSharesNamesNoOne()
    {
        var article = Written(
            "Le président russe Vladimir Orlov a accusé l'Ukraine.\n\n« Nous punirons les coupables », a déclaré Vladimir Orlov.\n\n" +
            "De son côté, le président ukrainien assure n'être pour rien. « Ce qui s'est passé hier est évident, ils veulent rejeter la faute sur nous. »", "fr");
        Assert.Null(SpeakerDescriptions.Subject(article.Text, 0, 0));
        int at = article.Text.IndexOf("« Ce qui", StringComparison.Ordinal);
        int paragraph = article.Text.IndexOf("De son côté", StringComparison.Ordinal);
        Assert.Equal("le président ukrainien", SpeakerDescriptions.Subject(article.Text, at, paragraph));
    }

    [Fact]
    public void TheHeadOfABodyIsTheNameAfterItNotTheBody()
    {
        Assert.Null(SpeakerNames.Canonical("the head of the Federal Security Service (FSB", "en"));
        var article = Written(
            "On Tuesday, the head of the Federal Security Service (FSB), Alexander Orlov, reiterated the claim that the attack was prepared abroad.\n\n" +
            "“The primary data we received from the detainees confirms this,” he said.", "en");
        Assert.Equal("Alexander Orlov", QuoteFinder.Find(article)[^1].CanonicalSpeaker);
    }

    [Fact]
    public void AnOfficeWithAnAsideOpensTheSentenceAndOutweighsTheNameAfterItsVerb()
    {
        // Wall Street Italia in the putin-biden evaluation set: "Il leader russo, 71 anni, ha elogiato Biden …" before an uncued
        // quote. The comma after "russo" closes the subject's aside, not an opening clause; Biden is the one praised.
        var article = Written(
            "Putin ha parlato alla tv di Stato russa. Il presidente Joe Biden non ha commentato.\n\n" +
            "Il leader russo, 71 anni, ha elogiato Biden nel loro ultimo incontro, a Ginevra tre anni fa. “Anche allora si diceva che non fosse competente, ma non ho visto niente del genere.”", "it");
        int at = article.Text.IndexOf("“Anche", StringComparison.Ordinal);
        int paragraph = article.Text.IndexOf("Il leader russo", StringComparison.Ordinal);
        Assert.Equal("Il leader russo", SpeakerDescriptions.Subject(article.Text, at, paragraph));
        Assert.Equal("Vladimir Putin", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}
