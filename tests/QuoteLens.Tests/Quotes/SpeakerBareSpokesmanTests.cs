using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A spokesman's title with no name ("— заявил пресс-секретарь", "disse o porta-voz do presidente russo", grain's altapress and
/// noticiabrasil) when the article titles no one as spokesman: the spokesman on record whom the article names ("По словам
/// Пескова"), else the person named last who holds no other office there. It had been the president he speaks for, named
/// last ("Об этом ранее заявлял президент РФ Владимир Путин").
/// </summary>
public class SpeakerBareSpokesmanTests
{
    [Fact]
    public void The_spokesman_on_record_the_article_names_speaks()
    {
        const string text =
            "По словам Пескова, договоренности фактически прекратили свое действие. Об этом ранее заявлял президент РФ Владимир Путин.\n\n" +
            "\"К сожалению, часть, касающаяся России в этой договоренности, не выполнена до сих пор\", - заявил пресс-секретарь.";

        Assert.Equal("Dmitry Peskov", Assert.Single(QuoteFinder.Find(Written(text, "ru"))).CanonicalSpeaker);
    }

    [Fact]
    public void The_person_named_last_with_no_other_office_speaks()
    {
        const string text =
            "Jan Kowal falou aos jornalistas na segunda-feira sobre o acordo, que o presidente Ivan Nowak suspendeu.\n\n" +
            "\"Foi interrompido. O acordo parou por enquanto\", disse o porta-voz do presidente.";

        Assert.Equal("Jan Kowal", Assert.Single(QuoteFinder.Find(Written(text, "pt"))).CanonicalSpeaker);
    }
}
