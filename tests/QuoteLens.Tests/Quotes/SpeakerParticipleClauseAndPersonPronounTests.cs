using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An English participle after a clause's comma has the clause's subject ("Russia immediately blamed Ukraine for the incident,
/// calling it a “terrorist act”", il76's bangladeshpost, had gone to Ukraine, the object named last); and "he", "er", "hij"
/// refer to a person, never to a country or a capital that spoke in between (the "he said" after that sentence is the
/// person named before, not Russia). Invented people; the sentences are the key's own shapes.
/// </summary>
public class SpeakerParticipleClauseAndPersonPronounTests
{
    private const string Crash = "Marek Volkov visited the site on Wednesday.\n\nRussia immediately blamed Ukraine for the incident, calling it a \"terrorist act.\"\n\n\"We need to establish all the facts,\" he said.";

    [Fact]
    public void TheParticiplesSubjectIsTheClausesFirstName()
    {
        var quotes = QuoteFinder.Find(Written(Crash));
        Assert.Equal("Russia", Assert.Single(quotes, q => q.Text.StartsWith("terrorist", StringComparison.Ordinal)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("en", Crash)]
    [InlineData("de", "Marek Volkov besuchte am Mittwoch den Ort.\n\nRussland machte sofort die Ukraine verantwortlich und sprach von einem \"Terrorakt\".\n\n„Wir müssen alle Fakten feststellen“, sagte er.")]
    [InlineData("en", "Marek Volkov arrived in Minsk.\n\nMoscow claimed the drones were \"shot down\".\n\n\"Nothing was shot down,\" he said.")]
    public void APersonPronounIsNoCountry(string language, string text)
    {
        Assert.Equal("Marek Volkov", QuoteFinder.Find(Written(text, language))[^1].CanonicalSpeaker);
    }

    [Fact]
    public void AnObjectAfterTheVerbStaysTheSpeakerWhenTheClauseOpensWithNoName()
    {
        // "The strike on Kyiv was condemned by Marek Volkov, calling it …": no capitalised subject opens the clause before a
        // past-tense verb, so the rule stands aside and the name read stays.
        var quote = QuoteFinder.Find(Written("On Monday the attack was condemned by Marek Volkov, calling it \"barbaric\"."))[^1];
        Assert.Equal("Marek Volkov", quote.CanonicalSpeaker);
    }
}

/// <summary>
/// In Arabic, a name after a title that carries "to the" (لل) is the one spoken to: "وقال سميرنوف في تقرير قدمه للرئيس الروسي
/// فلاديمير بوتين: «…»" (kursk's beirutnews) is Smirnov's report to Putin, not Putin's words. Invented people.
/// </summary>
public class SpeakerArabicAddresseeTests
{
    [Theory]
    [InlineData("وقال فولكوف في تقرير قدمه للرئيس الروسي ماريك بيترينكو خلال اجتماع اليوم: \"الوضع صعب\".")]
    [InlineData("وقال فولكوف للرئيس ماريك بيترينكو: \"الوضع صعب\".")]
    public void TheNameAfterToThePresidentIsSpokenTo(string text)
    {
        Assert.Equal("فولكوف", QuoteFinder.Find(Written(text, "ar"))[^1].CanonicalSpeaker);
    }

    [Fact]
    public void ATitledNameAfterTheVerbStillSpeaks()
    {
        Assert.Equal("ماريك بيترينكو", QuoteFinder.Find(Written("وقال الرئيس الروسي ماريك بيترينكو: \"الوضع صعب\".", "ar"))[^1].CanonicalSpeaker);
    }
}
