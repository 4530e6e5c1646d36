using static QuoteLens.Tests.Quotes.QuoteTestArticles;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An intelligence service named as the speaker is one English name in every language ("Ukraine's main intelligence agency",
/// "le renseignement militaire (GUR)", "der ukrainische Militärgeheimdienst HUR", "Головне управління розвідки Міністерства
/// оборони України" → "Ukrainian military intelligence"), not the person named last (Zelensky) or its first capitalised word
/// ("Головне"), as the il76-crash set showed; the head of the service named with his title stays a person. "МО РФ" is the
/// Russian defence ministry, a ministry named bare the article's own country's, an outlet named by its shape ("РИА
/// Новости") no one a message noun refers to, and "спикер Госдумы" the speaker the article names, not a person called "Госдумы".
/// Made-up articles.
/// </summary>
public class SpeakerIntelligenceServiceTests
{
    [Theory]
    [InlineData("en", "Zelensky spoke in the evening. \"We do not have reliable information on who was on board,\" Ukraine's main intelligence agency said in a statement.", "We do not have")]
    [InlineData("fr", "Zelensky a parlé le soir. Le renseignement militaire (GUR) a affirmé « ne pas disposer d'informations fiables sur les passagers ».", "ne pas disposer")]
    [InlineData("de", "Selenskyj sprach am Abend. »Heute hätte ein Gefangenenaustausch stattfinden sollen«, teilte der ukrainische Militärgeheimdienst HUR mit.", "Heute hätte")]
    [InlineData("es", "Zelenski habló por la noche. Los servicios de inteligencia militar de Ucrania aseguran que carecen de \"información fiable sobre los pasajeros\".", "información fiable")]
    [InlineData("uk", "Зеленський виступив увечері.\nПро це заявило Головне управління розвідки Міністерства оборони України.\n\"Сьогодні мав відбутися обмін полоненими, який не відбувся\", - йдеться у повідомленні.", "Сьогодні мав")]
    public void AnIntelligenceServiceIsOneEnglishName(string language, string text, string quoteStart)
    {
        var quote = QuoteStarting(Written(text, language), quoteStart);
        Assert.Equal("Ukrainian military intelligence", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheServicesHeadNamedWithHisTitleIsThePerson()
    {
        var quote = QuoteStarting(Written("\"The exchange was planned,\" said the head of Ukraine's military intelligence, Kyrylo Budanov."), "The exchange");
        Assert.Equal("Kyrylo Budanov", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheRussianAcronymOfTheDefenceMinistryIsTheMinistry()
    {
        var quote = QuoteStarting(Written("Как уточнили в МО РФ, «к месту падения самолета вылетела комиссия ВКС».", "ru"), "к месту");
        Assert.Equal("Russian defence ministry", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("ru", "в Минобороны", "Russian defence ministry")]
    [InlineData("ru", "МИД", "Russian foreign ministry")]
    [InlineData("uk", "у Міноборони", "Ukrainian defence ministry")]
    public void ABareMinistryIsTheArticlesOwnCountrys(string language, string phrase, string ministry) =>
        Assert.Equal(ministry, SpeakerNames.Canonical(phrase, language));

    [Fact]
    public void AnOutletNamedByItsShapeIsNoOneAMessageNounRefersTo()
    {
        // "РИА Новости" (an acronym and a news noun) relays; the message ("в комментарии") is the ministry's.
        var article = Written(
            "Москва осуждает атаку на Ил-76. Об этом, как передает РИА Новости, заявили в среду в МИД РФ.\n" +
            "«Считаем, что международные структуры должны осудить этот теракт», — говорится в комментарии.", "ru");
        Assert.Equal("Russian foreign ministry", QuoteStarting(article, "Считаем").CanonicalSpeaker);
    }

    [Fact]
    public void TheDumasSpeakerIsThePersonTheArticleNames()
    {
        var article = Written(
            "Председатель Госдумы Вячеслав Володин выступил на пленарном заседании.\n" +
            "«Они должны осознать свою ответственность», - подчеркнул спикер Думы.", "ru");
        Assert.Equal("Вячеслав Володин", QuoteStarting(article, "Они должны").CanonicalSpeaker);
    }

    [Fact]
    public void AnIntelligenceNounWithAnotherAcronymIsThatService()
    {
        // bryansk's vol.at: "teilte Russlands Inlandsgeheimdienst FSB … mit" (Russia's domestic intelligence service) had been
        // "Russian military intelligence"; the acronym names the service. Ukraine's HUR stays its military intelligence.
        var fsb = QuoteFinder.Find(Written("Angriff\n\nIm Kreis Klimowsk begann ein Einsatz zur \"Vernichtung bewaffneter ukrainischer Nationalisten\", teilte Russlands Inlandsgeheimdienst FSB am Donnerstag mit.", "de"))[^1];
        Assert.Contains("FSB", fsb.CanonicalSpeaker, StringComparison.Ordinal);
        Assert.NotEqual("Russian military intelligence", fsb.CanonicalSpeaker);

        var hur = QuoteFinder.Find(Written("Angriff\n\n\"Wir haben sie gesehen\", teilte der ukrainische Militärgeheimdienst HUR mit.", "de"))[^1];
        Assert.Equal("Ukrainian military intelligence", hur.CanonicalSpeaker);
    }
}
