using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>One test per rule that keeps places, bodies, reported clauses and noun phrases out of speaker names.</summary>
public class SpeakerRuleTests
{
    [Theory]
    [InlineData("President of Ukraine", "en")]
    [InlineData("O presidente do Conselho Europeu", "pt")]
    [InlineData("Presidente dos Estados Unidos", "pt")]
    public void ATitlesBodyAfterOfIsNoSpeaker(string phrase, string language) =>
        Assert.Null(SpeakerNames.Canonical(phrase, language));

    [Theory]
    [InlineData("Bei einem Bürgergespräch in Dresden", "de")]
    [InlineData("at a rally in South Carolina", "en")]
    public void APlaceAfterAPrepositionIsNoSpeaker(string phrase, string language) =>
        Assert.Null(SpeakerNames.Canonical(phrase, language));

    [Fact]
    public void AnItalianArticulatedPrepositionIsNoPartOfAName() =>
        Assert.Equal("RSI", SpeakerNames.Canonical("Dalla RSI", "it"));

    [Fact]
    public void AReportedClauseNamesNoSpeaker()
    {
        Assert.Null(SpeakerNames.Canonical("que Rusia debería poder hacer", "es"));
        Assert.Equal("جو بايدن", SpeakerNames.Canonical("الرئيس الأميركي جو بايدن أن أعمال البحث والإنقاذ ما تزال جارية", "ar"));
    }

    [Fact]
    public void ArabicTakesTheNameAfterTheTitlesComplement() =>
        Assert.Equal("ينس ستولتنبرج", SpeakerNames.Canonical("الأمين العام لحلف شمال الأطلسي ينس ستولتنبرج", "ar"));

    [Theory]
    [InlineData("auf einer Veranstaltung der Deutschen Presse-Agentur", "de")]
    [InlineData("bei einem falschen Einsatz Moskau", "de")]
    public void AGermanNounPhraseIsNoName(string phrase, string language) =>
        Assert.Null(SpeakerNames.Canonical(phrase, language));

    [Fact]
    public void APossessiveIsNoPartOfTheName()
    {
        Assert.Equal("Donald Trump", SpeakerNames.Canonical("former President Donald Trump’s", "en"));
        Assert.Null(SpeakerNames.Canonical("NATO’s secretary-general", "en"));
    }

    [Fact]
    public void ATitleAfterACommaDoesNotMakeTheNextWordAName() =>
        Assert.Null(SpeakerNames.Canonical("the head of state, Russians", "en"));

    [Fact]
    public void APronounWithAnAdverbIsStillAPronoun()
    {
        var article = Written(
            "NATO Secretary-General Jens Stoltenberg said allies defend each other. Stoltenberg also said more.\n\n" +
            "At the rally, former President Donald Trump recounted a conversation. He explicitly stated, \"You didn't pay? You're delinquent.\"");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Donald Trump", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheMainSpeakerIsWhoSpeaksNotTheCountryNamedMost()
    {
        var mentions = new List<Mention> { new(10, "Volodymyr Zelenskyy", "Volodymyr Zelenskyy") };
        var all = new List<Mention>(mentions);
        for (int i = 0; i < 5; i++)
        {
            all.Add(new Mention(100 + i, "Ukraine", "Ukraine"));
        }

        Assert.Equal("Volodymyr Zelenskyy", SpeakerResolver.Main(mentions, all));
    }

    [Fact]
    public void AGermanAbstractNounIsNoPartOfAName()
    {
        Assert.NotEqual("Verwicklung Deutschlands", SpeakerNames.Canonical("Verwicklung Deutschlands", "de", out bool strong));
        Assert.False(strong);
    }

    [Fact]
    public void ACapitalisedAdjectiveBeforeATitleIsNoName() =>
        Assert.Null(SpeakerNames.Canonical("Rosyjski przywódca", "pl"));

    [Fact]
    public void ABodysAcronymBeforeANameIsDropped() =>
        Assert.Equal("Dmytro Kułeba", SpeakerNames.Canonical("Szef ukraińskiego MSZ Dmytro Kułeba", "pl"));

    [Fact]
    public void APronounPassesOverANameInAReportedClause()
    {
        var article = Written(
            "Ukrainian President Volodymyr Zelenskyy commented on the attack.\n\n" +
            "In his address, the president drew attention to the fact that Russian leader Vladimir Putin addressed his country a day later.\n\n" +
            "\"They came to Ukraine, they burn our cities,\" he said.");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Volodymyr Zelenskyy", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ADescribedSubjectWithANamedAppositiveTakesTheAppositive()
    {
        var article = Written("O presidente do Conselho Europeu, o belga Charles Michel, afirma que “declarações irresponsáveis servem apenas os interesses de Putin”.", "pt");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Charles Michel", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("Three Russian anti-Kremlin militias")]
    [InlineData("Anti-Kremlin Russian fighters have begun")]
    [InlineData("Russians")]
    public void NumbersAndNationalitiesNameNoOne(string phrase) =>
        Assert.Null(SpeakerNames.Canonical(phrase, "en"));

    [Fact]
    public void ANationalityInsideAnOrganisationsNameStays() =>
        Assert.Equal("Russian Volunteer Corps", SpeakerNames.Canonical("the Russian Volunteer Corps", "en"));

    [Fact]
    public void AStatementIssuedByAListOfBodiesIsTheFirstBodys()
    {
        var article = Written(
            "Anti-Kremlin Russian fighters have begun urging residents to leave.\n\n" +
            "The group, made up of three battalions known as the Freedom of Russia Legion, the Russian Volunteer Corps, and the Siberian Battalion, issued a statement on Wednesday.\n\n" +
            "\"We are forced to strike military positions in the city,\" the statement said.\n\n" +
            "\"The shelling of our cities from the territory of the region must stop,\" the groups added.\n\n" +
            "Governor Roman Starovoyt told residents to stay calm.");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(["Freedom of Russia Legion", "Freedom of Russia Legion"], quotes.Select(q => q.CanonicalSpeaker));
    }

    [Fact]
    public void AStatementIssuedAlongWithAPartnerIsTheSubjectBodys()
    {
        var article = Written(
            "Two armed groups crossed the border on Tuesday.\n\n" +
            "The Free Steppe Legion later said that it held the village of Novoye.\n\n" +
            "The joint statement, issued along with the Northern Volunteer Corps, appealed to the residents of the region.\n\n" +
            "\"Leave your homes near the military sites while there is time,\" the statement said.\n\n" +
            "The regional governor told residents to stay calm.");
        Assert.Equal("Free Steppe Legion", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Fact]
    public void AMessageWithNoBodyNamedNearFallsToTheMainSpeaker()
    {
        var article = Written(
            "Governor Roman Starovoyt said the city was calm. \"Stay at home,\" Starovoyt said.\n\n" +
            "\"Everyone who can leave must leave now,\" the message says.");
        Assert.Equal("Roman Starovoyt", QuoteFinder.Find(article)[^1].CanonicalSpeaker);
    }

    [Fact]
    public void ABodysNameStopsAtALineBreakAndLeavesOutTheArticle()
    {
        var text = "Russians urged to leave Belgorod\n\nThe Freedom of Russia Legion and the Russian Volunteer Corps, with Russia's Defense Ministry, spoke.";
        Assert.Equal(["Freedom of Russia Legion", "Russian Volunteer Corps", "Russia's Defense Ministry"],
            SpeakerResolver.BodyNames(text, QuotedText.Of(text)).Select(m => m.Name));
    }

    [Fact]
    public void ARegionAfterATitleIsNoName()
    {
        var article = Written(
            "Губернатор Белгородской области Вячеслав Гладков заявил, что ситуация под контролем.\n\n«Мы продолжим работу», — добавили в легионе.", "ru");
        Assert.Equal("Вячеслав Гладков", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("le communiqué de la Légion", "fr", "Légion")]
    [InlineData("the statement of the Freedom of Russia Legion", "en", "Freedom of Russia Legion")]
    [InlineData("в заявлении РДК", "ru", "РДК")]
    [InlineData("the statement", "en", null)]
    [InlineData("the group's statement", "en", null)]
    public void AMessagesIssuerIsItsSpeaker(string phrase, string language, string? issuer) =>
        Assert.Equal(issuer, SpeakerResolver.Issuer(phrase, language));

    [Fact]
    public void APluralPronounTakesTheBodyNamedSinceTheLastSpeaker()
    {
        var article = Written(
            "Russian President Vladimir Putin said the raids had failed. \"They will be punished,\" Putin said.\n\n" +
            "On Tuesday the Freedom of Russia Legion and the Russian Volunteer Corps crossed the border again.\n\n" +
            "\"We will keep going until the regime falls,\" they added.");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Putin", quotes[0].CanonicalSpeaker);
        Assert.Equal("Freedom of Russia Legion", quotes[1].CanonicalSpeaker);
    }
}
