using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Names and descriptions that hold a second person: two surnames glued after a verb ("väitis Volkov Petrenko suhete kohta"), a
/// possessor after an office and its nation ("ha detto il presidente russo di Petrenko"), a possessive that relays another's
/// words ("zitierte Kowalski Volkovs Worte"), the Kremlin's master in Polish, and Polish dash speech closed by "odparł"; and
/// people named in full only in passing, whose surname opens a later sentence as its subject, or who describe in the passive.
/// Invented people and sentences.
/// </summary>
public class SpeakerGluedNameTests
{
    [Fact]
    public void TheFirstOfTwoGluedSurnamesSpeaks()
    {
        var article = Written(
            "Vene president Ivan Petrenko kohtus esmaspäeval Marek Volkoviga.\n\n"
            + "\"Otsus on lõplik,\" ütles Volkov.\n\n"
            + "\"Ta tahab rahu,\" väitis Volkov Petrenko ja Kowalski suhete kohta.", "et");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(["Volkov", "Volkov"], quotes.Select(q => q.CanonicalSpeaker));
    }

    [Fact]
    public void APossessiveSecondNameIsLeftAlone()
    {
        var article = Written(
            "Präsident Ivan Petrenko sprach am Montag in Minsk.\n\n"
            + "„Die Lage ist stabil“, sagte Sprecher Marek Kowalski.\n\n"
            + "„Die Entscheidung ist endgültig“, zitierte Kowalski Petrenkos Worte.", "de");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(2, quotes.Count);
        Assert.NotEqual("Marek Kowalski", quotes[1].CanonicalSpeaker);
    }

    [Fact]
    public void ThePossessorAfterAnOfficeAndItsNationIsSpokenOf()
    {
        var article = Written(
            "Il presidente russo Ivan Petrenko ha elogiato Marek Volkov.\n\n"
            + "“È una persona con più esperienza”, ha detto il presidente russo di Volkov.", "it");
        Assert.Equal("Ivan Petrenko", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Fact]
    public void TheKremlinsMasterInPolishIsNoName()
    {
        var article = Written(
            "Prezydent Rosji Ivan Petrenko udzielił wywiadu. Gospodarz Kremla został zapytany o wybory.\n\n"
            + "Marek Volkov. Jest osobą bardziej doświadczoną - odparł.", "pl");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Marek Volkov. Jest osobą bardziej doświadczoną", quote.Text);
        Assert.Equal("Ivan Petrenko", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ASurnameOpeningASentenceIsTheSubjectADescriptionRefersTo()
    {
        var article = Written(
            "El secretario general de la OTAN, Marek Volkov, rechazó el domingo las declaraciones de Ivan Petrenko sobre la Alianza. "
            + "“Cualquier sugerencia de que los aliados no se defenderán socava la seguridad de todos”, dijo Volkov.\n\n"
            + "Durante un acto de campaña el sábado, Petrenko amenazó con que no defendería a los países. Petrenko reprocha a menudo a "
            + "los miembros que no financian lo suficiente la defensa.\n\n"
            + "El exmandatario dijo que “animaría” a Rusia a “hacer lo que le diese la gana”.", "es");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(3, quotes.Count);
        Assert.Equal(["Ivan Petrenko", "Ivan Petrenko"], quotes.Skip(1).Select(q => q.CanonicalSpeaker));
    }

    [Fact]
    public void TheAgentOfAPassiveDescriptionSpeaks()
    {
        var article = Written(
            "Marek Volkov died on Wednesday. Volkov led the march towards the capital two months ago. "
            + "The mutiny was described by Ivan Petrenko as “a stab in the back”.", "en");
        Assert.Equal("Ivan Petrenko", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("pl", "Jewgienij Prigożyn opublikował wideo. „Oświadczam w imieniu bojowników” – mówił Prigożyn.\n\n- To byli ojcowie i synowie - mówił szef Grupy Wagnera.", "Jewgienij Prigożyn")]
    [InlineData("pt", "Yevgeny Prigozhin publicou um vídeo. “Informo oficialmente o ministro”, disse Prigozhin.\n\n“Eles são pais e filhos”, disse o chefe do Grupo Wagner.", "Yevgeny Prigozhin")]
    public void TheHeadOfAGroupIsAPersonNotTheGroup(string language, string text, string speaker)
    {
        var quotes = QuoteFinder.Find(Written(text, language));
        Assert.Equal(2, quotes.Count);
        Assert.Equal(speaker, quotes[1].CanonicalSpeaker);
    }

    [Theory]
    [InlineData("pl", "Marek Volkov opublikował wideo.\n\n- Brakuje nam amunicji! – krzyczy na nagraniu Volkov.")]
    [InlineData("ro", "Marek Volkov a publicat un videoclip.\n\n”Unde e muniția?”, ţipă Volkov.")]
    [InlineData("de", "Marek Volkov veröffentlichte ein Video.\n\n„Wo ist die Munition?“, schreit Volkov.")]
    public void AShoutedSpeechIsSaid(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal("Volkov", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("Marek Volkov a publicat un videoclip.\n\n”Vom răspunde foarte curând”, amenință Volkov.", "Volkov")]
    [InlineData("Marek Volkov a publicat un videoclip.\n\n”Vom răspunde foarte curând”, ameninţă Volkov.", "Volkov")]
    public void ARomanianThreatIsSaid(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ro")));
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void APrepositionOpeningASentenceIsNoSpeaker()
    {
        var article = Written(
            "Marek Volkov publicou um vídeo.\n\nEm causa está, diz o chefe da empresa, a falta de munições: “Informo oficialmente o ministro.”", "pt");
        Assert.NotEqual("Em", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}
