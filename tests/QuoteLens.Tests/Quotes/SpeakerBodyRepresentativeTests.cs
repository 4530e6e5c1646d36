using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A body's representative named in full ("представитель Военно-морских сил Дмитрий Плетенчук", the Black Sea Fleet key's
/// kp.ua) is the one a later "представитель ВМС ВСУ" refers to: the acronym's letters are the initials of the body's words
/// (it had been the body, "ВМС ВСУ"). And the body's capitalised genitive adjective after a title ("Речник
/// Військово-морських сил ЗСУ Дмитро Плетенчук в ефірі "КИЇВ24"", focus.ua) is no name: the holder after it is read.
/// Invented people.
/// </summary>
public class SpeakerBodyRepresentativeTests
{
    [Theory]
    [InlineData("Об этом рассказал представитель Военно-морских сил Иван Петров в комментарии \"Радио Свобода\".\n\n– Этот проект прекращен, восстанавливать его невозможно, – добавил представитель ВМС ВСУ.")]
    [InlineData("Об этом рассказал представитель Русского добровольческого корпуса Иван Петров в комментарии \"Радио Свобода\".\n\n– Мы продолжим операцию на этой территории, – добавил представитель РДК.")]
    public void The_representative_named_in_full_speaks_for_the_acronym(string text)
    {
        var quote = QuoteFinder.Find(Written("Заголовок\n\n" + text, "ru"))[^1];

        Assert.Equal("Иван Петров", quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_bodys_genitive_adjective_after_a_title_is_no_name()
    {
        var quote = QuoteFinder.Find(Written("Заголовок\n\nРечник Військово-морських сил ЗСУ Іван Петренко в ефірі \"КИЇВ24\" 5 березня розповів детальніше.\n\n\"Він задумувався як корабель\", — розповів речник командування.", "uk"))[^1];

        Assert.Equal("Іван Петренко", quote.CanonicalSpeaker);
    }
}
