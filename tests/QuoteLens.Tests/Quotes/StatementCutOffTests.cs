using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A statement whose quote opens once and never closes because the page was cut off (kherson's censor.net: the president's
/// address over eight paragraphs, the stored page ending mid-word): every paragraph after the opening one, to the end of the
/// page, is the statement when none holds a mark or an attribution and one speaks in the first person. Only the first paragraph
/// had been found. Narrative after an unclosed quote stays out. Invented text.
/// </summary>
public class StatementCutOffTests
{
    private const string Statement =
        "Про це йдеться у заяві мера міста Івана Коваля.\n\n" +
        "\"Сьогодні – важливий день. Ми відкриваємо новий міст через річку. Залишається ще зовсім трохи – і почнеться рух.\n\n" +
        "Але перші автобуси вже їдуть.\n\n" +
        "Мешканці чекали. Ніколи не втрачали надії на цей міст.\n\n" +
        "Я щасливий бачити, як люди попри всі труднощі вірили в наше місто і допомагали будівельникам.\n\n" +
        "Так само буде і в інших районах, які ще чек";

    [Fact]
    public void Every_paragraph_to_the_end_of_the_cut_page_is_the_statement()
    {
        var quotes = QuoteFinder.Find(Written(Statement, "uk"));

        var paragraphs = Statement.Split("\n\n")[1..];
        Assert.Equal([paragraphs[0].TrimStart('"'), .. paragraphs[1..]], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Івана Коваля", q.CanonicalSpeaker));
    }

    [Fact]
    public void Narrative_after_an_unclosed_quote_stays_out()
    {
        const string text =
            "Мер міста Іван Коваль виступив у понеділок.\n\n" +
            "\"Сьогодні – важливий день. Ми відкриваємо новий міст через річку.\n\n" +
            "Міст будували три роки.\n\n" +
            "Його довжина – понад кілометр, а вартість будівництва перевищила план.";
        var quotes = QuoteFinder.Find(Written(text, "uk"));

        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Міст будували", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Його довжина", StringComparison.Ordinal));
    }
}
