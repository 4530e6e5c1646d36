using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A Russian or Ukrainian commander's or general's title opening the subject ("Командующий группировкой Сергей Суровикин …
/// заявил", kherson) is a title, not a name: the holder after it speaks. The capitalised "Командующий" had been the speaker.
/// Invented people.
/// </summary>
public class SpeakerCommanderTitleTests
{
    [Theory]
    [InlineData("ru", "Командующий группировкой Иван Петров в ходе доклада министру обороны Сергею Кузнецову заявил: «Наиболее целесообразный вариант - это организация обороны по рубежу реки».", "Иван Петров")]
    [InlineData("uk", "Командувач угруповання Іван Петренко під час доповіді міністру оборони Сергію Кузнецову заявив: «Найбільш доцільний варіант - це організація оборони по рубежу річки».", "Іван Петренко")]
    public void The_holder_after_the_title_speaks(string language, string paragraph, string speaker)
    {
        var quote = QuoteFinder.Find(Written((language == "ru" ? "Новости дня.\n\n" : "Новини дня.\n\n") + paragraph, language))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Theory]
    // zaluzhny's tolknews: "Главком рассказал" (the commander-in-chief told); the Romanian "comandantul-șef" likewise.
    [InlineData("ru", "Заголовок\n\nГлавнокомандующий ВСУ Иван Коваль дал интервью журналу.\n\nГлавком рассказал, что «фронт застыл, и прорыва не будет».", "Иван Коваль")]
    [InlineData("ro", "Titlu\n\nIon Kovaliu a dat un interviu revistei.\n\n„Frontul a înghețat”, a spus comandantul-șef al armatei ucrainene.", "Ion Kovaliu")]
    public void A_bare_commander_in_chief_is_the_holder_the_article_names(string language, string text, string speaker)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}
