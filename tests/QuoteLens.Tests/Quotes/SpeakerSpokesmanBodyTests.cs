using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An unnamed spokesman of a body the phrase names ("A spokesman for the Russian Volunteer Corps", "un porte-parole du Corps
/// des volontaires russes", "представитель РДК") speaks for that body: not the article's main speaker, and not the first body
/// of a list named before (the list lead is for "the statement" of a joint statement). The bodies and sentences are made up
/// after the Belgorod raid's coverage; the readable keys hold no such sentence but Politico's "said a spokesperson for the
/// U.K.'s Ministry of Defence", whose phrase now runs on past "for".
/// </summary>
public class SpeakerSpokesmanBodyTests
{
    [Fact]
    public void TheBodyAfterASpokesmanAfterTheVerbBelongsToThePhrase()
    {
        // Politico (scholz S10) writes "said a spokesperson for the U.K.'s Ministry of Defence": the phrase goes on past "for".
        var quote = QuoteStarting(Real("eval/scholz-taurus-2024-02", "S10"), "Ukraine’s use of Storm Shadow");
        Assert.StartsWith("a spokesperson for the U", Squash(quote.Speaker), StringComparison.Ordinal);
        var article = Written("The Freedom of Russia Legion and the Russian Volunteer Corps crossed the border.\n\n\"Our goal is to free Russia,\" said a spokesman for the Russian Volunteer Corps.");
        Assert.Equal("Russian Volunteer Corps", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("en", "The Freedom of Russia Legion, the Russian Volunteer Corps and the Siberian Battalion said on Tuesday they had crossed the border.\n\nA spokesman for the Russian Volunteer Corps said: \"Our goal is to free Russia.\"", "Russian Volunteer Corps")]
    [InlineData("fr", "La Légion « Liberté de la Russie », le Corps des volontaires russes et le Bataillon sibérien ont annoncé mardi être entrés dans la région.\n\n« Nous sommes russes, comme vous », a déclaré un porte-parole du Corps des volontaires russes.", "Corps")]
    [InlineData("ru", "Легион «Свобода России», Русский добровольческий корпус (РДК) и Сибирский батальон заявили о прорыве в область.\n\n«Наша цель — освобождение России», — сказал представитель РДК.", "РДК")]
    public void ASpokesmanOfOneBodyOfAListSpeaksForThatBody(string language, string text, string body)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)), q => q.Text.Length > 20);
        Assert.Contains(body, quote.CanonicalSpeaker, StringComparison.Ordinal);
        Assert.DoesNotContain("Legion", quote.CanonicalSpeaker, StringComparison.Ordinal);
        Assert.DoesNotContain("Légion", quote.CanonicalSpeaker, StringComparison.Ordinal);
        Assert.DoesNotContain("батальон", quote.CanonicalSpeaker, StringComparison.Ordinal);
    }

    [Fact]
    public void ANamedSpokesmanOfTheBodyStillSpeaks()
    {
        var article = Written("Legion spokesman Ivan Petrenko spoke on Tuesday.\n\n\"We will go on,\" a spokesman for the Legion said.");
        Assert.Equal("Ivan Petrenko", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}

/// <summary>
/// "der Kremlchef" (Tagesspiegel, crocus C23: "…, sagte der Kremlchef am Samstagnachmittag in einer Fernsehansprache.") is the
/// Kremlin's head, a person the article names with his office, not an institution called "Kremlchef".
/// </summary>
public class SpeakerKremlinCompoundTests
{
    [Fact]
    public void TheKremlinChiefIsThePresidentTheArticleNames()
    {
        var article = Written(
            "Der russische Präsident Wladimir Putin hat sich am Samstag geäußert.\n\n„Alle Angreifer wurden festgenommen“, sagte der Kremlchef am Samstagnachmittag in einer Fernsehansprache.",
            "de");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Wladimir Putin", quote.CanonicalSpeaker);
    }

    [Fact]
    public void KremlchefIsALeadersTitle()
    {
        Assert.Equal(TitleClasses.Leader, TitleClasses.Of("kremlchef"));
    }
}
