using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An institution's label over its statement with no quote marks ("Минобороны России: Сегодня в 11 часов 15 минут …", as the
/// Masterok blog reprints the ministry's statement in the il76 evaluation set): the words after the label are the
/// institution's statement, in the third person as it speaks. A label of more words, or a sentence that reports the
/// statement, is not one.
/// </summary>
public class InstitutionLabelTests
{
    private const string Opening = "Самолёт упал в среду.\n\n";

    [Theory]
    [InlineData("Минобороны России: Сегодня в 11 часов 15 минут киевским режимом совершен террористический акт.")]
    [InlineData("Минобороны России:\n\nСегодня в 11 часов 15 минут киевским режимом совершен террористический акт.")]
    public void TheLabelledStatementIsTheInstitutions(string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(Opening + text, "ru")));
        Assert.StartsWith("Сегодня в 11 часов 15 минут", quote.Text, StringComparison.Ordinal);
        Assert.Equal(QuoteKind.Full, quote.Kind);
        Assert.Equal("Russian defence ministry", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheLabelledStatementGoesOnInTheUnmarkedParagraphsAfterIt()
    {
        // The statement's later paragraphs speak in the third person too and carry no cue; the writer's paragraph after them,
        // with a speech verb of its own, is no part of it.
        var quotes = QuoteFinder.Find(Written(Opening + "Минобороны России: Сегодня в 11 часов киевским режимом совершен террористический акт.\n\n"
            + "Поражение самолета осуществлено из района населенного пункта Заречное.\n\nЭкипаж и все пассажиры самолета погибли.\n\n"
            + "Глава района Иван Ковалев заявил, что на месте работают следователи.", "ru"));

        Assert.Equal(3, quotes.Count);
        Assert.Equal("Поражение самолета осуществлено из района населенного пункта Заречное.", quotes[1].Text);
        Assert.Equal("Экипаж и все пассажиры самолета погибли.", quotes[2].Text);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("Ковалев", StringComparison.Ordinal));
    }

    [Fact]
    public void AReportThatNamesTheMinistryIsNoLabel()
    {
        Assert.Empty(QuoteFinder.Find(Written(Opening + "По данным Минобороны России и других ведомств: киевским режимом совершен террористический акт.", "ru")));
    }
}
