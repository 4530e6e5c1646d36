using QuoteLens.Corpus;
using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>Russian and Ukrainian names of armed groups and units as speakers (made-up groups, real conventions).</summary>
public class UnitNameTests
{
    [Fact]
    public void UnitNamesAreReadInTheNominative()
    {
        Assert.Equal(["Северный добровольческий корпус", "Легион «Вольная степь»"],
            UnitNames.All("Бойцы Северного добровольческого корпуса и легиона «Вольная степь» заявили о наступлении.").Select(b => b.Name));
        Assert.Equal(["Легіон «Вільний степ»", "Північний добровольчий корпус", "Уральський батальйон"],
            UnitNames.All("Бійці Легіону «Вільний степ», Північного добровольчого корпусу та Уральського батальйону оприлюднили заяву.").Select(b => b.Name));
    }

    [Fact]
    public void AUnitsNameWrittenWithoutMarksIsTheSameName()
    {
        // NV writes "легиона Свобода России (ЛСР)"; "the legion" of the next sentence is that unit, under the name in marks.
        Assert.Equal(["Легион «Воля Сибири»", "Северный добровольческий корпус"],
            UnitNames.All("Утром силы легиона Воля Сибири (ЛВС) и Северного добровольческого корпуса совершили прорыв.").Select(b => b.Name));
        var article = Written("Утром 22 мая силы легиона Воля Сибири (ЛВС) совершили прорыв в Белгородскую область.\n\nЕще через несколько часов легион сообщил об «освобождении» Козинки.", "ru");
        Assert.Equal("Легион «Воля Сибири»", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("в легионе «Вольная степь»", "ru", "Легион «Вольная степь»")]
    [InlineData("Северный добровольческий корпус", "ru", "Северный добровольческий корпус")]
    [InlineData("Представник легіону «Вільний степ» Петро Коваль", "uk", "Петро Коваль")]
    [InlineData("the RDK", "en", "RDK")]
    public void APhraseNamingABodyIsTheBody(string phrase, string language, string expected) =>
        Assert.Equal(expected, SpeakerNames.Canonical(phrase, language));

    [Fact]
    public void TheAppealAndTheCorpsAreTheBodiesNamedBefore()
    {
        var article = Written(
            "Бійці Легіону «Вільний степ», Північного добровольчого корпусу та Уральського батальйону оприлюднили спільну заяву.\n" +
            "«Ми змушені завдавати ударів по військових об'єктах», — йдеться у зверненні.\n" +
            "Також у Північному добровольчому корпусі заявили, що бої тривають. «Ситуація під контролем», — зазначили в корпусі.\n" +
            "Представник легіону Петро Коваль сказав журналістам: «Ми не воюємо з мирними людьми».", "uk");
        Assert.Equal(["Легіон «Вільний степ»", "Північний добровольчий корпус", "Петро Коваль"],
            QuoteFinder.Find(article).Where(q => q.Kind == QuoteKind.Full).Select(q => q.CanonicalSpeaker));
    }

    [Fact]
    public void InTheLegionIsTheLegionNamedBefore()
    {
        var article = Written(
            "Северный добровольческий корпус и легион «Вольная степь» выпустили совместное заявление.\n" +
            "В легионе «Вольная степь» сообщили, что заняли село. «Мы на своей земле», — отметили в легионе.", "ru");
        Assert.Equal("Легион «Вольная степь»", QuoteFinder.Find(article).Single(q => q.Kind == QuoteKind.Full).CanonicalSpeaker);
    }

    [Fact]
    public void ABodyAndTheAcronymArticlesDefineForItAreOneSpeakerInEveryScript()
    {
        var articles = new[]
        {
            Written("Северный добровольческий корпус (СДК) выпустил заявление.\n«Бои продолжаются», — заявили в СДК.", "ru") with { Id = "a" },
            Written("The Northern Volunteer Corps (SDK) issued a statement.\n\"The fighting goes on,\" the SDK said.") with { Id = "b" },
        };
        var quotes = QuoteFinder.FindAll(new ArticleCorpus("d", "d", articles, []));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Northern Volunteer Corps", q.CanonicalSpeaker));
    }

    [Fact]
    public void APartyAfterAPersonsNameDefinesNoAcronymOfThePerson()
    {
        Assert.Empty(SpeakerAcronyms.Definitions("Chancellor Olaf Scholz (SPD) said the SPD would wait."));
        Assert.Equal([(SpeakerNames.Key("корпус"), SpeakerNames.Key("СДК"), "")], SpeakerAcronyms.Definitions("Северный добровольческий корпус (СДК) выпустил заявление."));
        Assert.Equal([(SpeakerNames.Key("Corps"), SpeakerNames.Key("SDK"), "Northern Volunteer Corps")], SpeakerAcronyms.Definitions("Fighters of the Northern Volunteer Corps (SDK) said so."));
    }

    [Fact]
    public void AUnitIsKeyedByItsNounInEnglish()
    {
        Assert.Equal(SpeakerNames.Key("Free Steppe Legion"), SpeakerNames.Key("Легион «Вольная степь»"));
        Assert.Equal(SpeakerNames.Key("Free Steppe Legion"), SpeakerNames.Key("Легіон «Вільний степ»"));
        Assert.Equal(SpeakerNames.Key("Northern Volunteer Corps"), SpeakerNames.Key("Північний добровольчий корпус"));
        Assert.Equal(SpeakerNames.Key("Ural Battalion"), SpeakerNames.Key("Уральский батальон"));
    }

    [Fact]
    public void AUnitWithItsNameInQuoteMarksIsOneBodyInLatinLettersToo()
    {
        Assert.Equal(["Légion «Steppe libre»", "Freiwilligenlegion «Freie Steppe»"],
            UnitNames.All("La Légion « Steppe libre » a parlé. Die Freiwilligenlegion „Freie Steppe“ teilte mit.").Select(b => b.Name));
        Assert.Equal(SpeakerNames.Key("Free Steppe Legion"), SpeakerNames.Key("Légion «Steppe libre»"));
        Assert.Equal(SpeakerNames.Key("Free Steppe Legion"), SpeakerNames.Key("Freiwilligenlegion «Freie Steppe»"));
    }

    [Fact]
    public void APronounBeforeAUnitNounIsNoName()
    {
        Assert.Empty(UnitNames.All("Этого корпуса бойцы заявили о наступлении. Кожного батальйону це стосується."));
        Assert.NotEqual(SpeakerNames.Key("Northern Volunteer Corps"), SpeakerNames.Key("Иван Корпусов"));
    }

    [Fact]
    public void AnAgencyCreditBeforeTheTextStillLetsItDefineAnAcronym() =>
        Assert.Equal([(SpeakerNames.Key("Corps"), SpeakerNames.Key("SDK"), "Northern Volunteer Corps")],
            SpeakerAcronyms.Definitions("(Reuters) - The Northern Volunteer Corps (SDK) said so."));

    [Fact]
    public void TwoBodiesWithOneHeadNounKeepTheirAcronymsApart()
    {
        var articles = new[]
        {
            Written("The Northern Security Service (NSS) and the Southern Intelligence Service (SIS) spoke.\n\"We saw nothing,\" the NSS said.\n\"We saw everything,\" the SIS said.") with { Id = "a" },
        };
        var quotes = QuoteFinder.FindAll(new ArticleCorpus("d", "d", articles, []));
        Assert.Equal(["NSS", "SIS"], quotes.Select(q => q.CanonicalSpeaker));
    }

    [Fact]
    public void AGermanUnitThatAnnouncedIsTheSpeakerOfTheStatement()
    {
        var article = Written(
            "Kanzler Olaf Scholz sprach am Morgen.\n\n" +
            "Die Freiwilligenlegion „Freie Steppe“ teilte unterdessen mit, ihre Kämpfer seien vorgedrungen. „Wir sind auf unserem Land“, hieß es in der Mitteilung.", "de");
        Assert.Equal("Freiwilligenlegion «Freie Steppe»", QuoteFinder.Find(article).Single(q => q.Kind == QuoteKind.Full).CanonicalSpeaker);
    }

    [Fact]
    public void TheGroupIsTheFrenchUnitNamedBefore()
    {
        var article = Written(
            "De son côté, la Légion « Steppe libre » a affirmé que ses combattants tenaient le village. « Nous sommes sur notre terre », a indiqué le groupe dans un communiqué.", "fr");
        Assert.Equal("Légion «Steppe libre»", QuoteFinder.Find(article).Single(q => q.Kind == QuoteKind.Full).CanonicalSpeaker);
    }

    [Fact]
    public void AUnitLeadingIntoAQuoteOrNamedAfterItIsTheWholeUnit()
    {
        var german = Written("Die Freiwilligenlegion „Freie Steppe“ erklärte am Abend: „Die Brücke ist in unserer Hand.“", "de");
        Assert.Equal("Freiwilligenlegion «Freie Steppe»", QuoteFinder.Find(german).Single(q => q.Kind == QuoteKind.Full).CanonicalSpeaker);
        var french = Written("« Le pont est à nous », a déclaré la Légion « Steppe libre » dans la soirée.", "fr");
        Assert.Equal("Légion «Steppe libre»", QuoteFinder.Find(french).Single(q => q.Kind == QuoteKind.Full).CanonicalSpeaker);
    }

    [Fact]
    public void OneUnitIsOneSpeakerAcrossGermanFrenchAndEnglish()
    {
        var articles = new[]
        {
            Written("Die Freiwilligenlegion „Freie Steppe“ teilte mit, ihre Kämpfer seien vorgedrungen. „Wir sind auf unserem Land“, hieß es in der Mitteilung.", "de") with { Id = "a" },
            Written("La Légion « Steppe libre » a affirmé que ses combattants tenaient le village. « Nous sommes sur notre terre », a indiqué le groupe.", "fr") with { Id = "b" },
            Written("The Free Steppe Legion said its fighters held the village. \"We are on our land,\" the group said.") with { Id = "c" },
        };
        var speakers = QuoteFinder.FindAll(new ArticleCorpus("d", "d", articles, [])).Where(q => q.Kind == QuoteKind.Full).Select(q => q.CanonicalSpeaker).ToList();
        Assert.Equal(3, speakers.Count);
        Assert.Single(speakers.Select(s => SpeakerNames.Key(s!)).Distinct());
    }
}
