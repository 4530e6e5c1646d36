using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A quote left open at the end of a paragraph that ends on a comma runs on into the next paragraph: the sentence is not
/// finished (an embedded post, "„Citizens of Israel, ¶ We are at war, … morning hours." in the Netanyahu key's b1tv.ro and
/// noticiasaominuto, whose closing mark the page lost). A paragraph that ends its sentence still ends the unclosed quote.
/// Invented words.
/// </summary>
public class UnclosedOnACommaTests
{
    [Fact]
    public void The_quote_runs_into_the_next_paragraph()
    {
        const string text = "Premierul a publicat un mesaj.\n\nPrime Minister David Cohen:\n\n„Citizens of the country,\n\nWe are at war, not in an operation or in rounds, but at war. This morning the enemy attacked us.\n\n— Prime Minister (@PM) October 7, 2023";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ro")), q => q.Text.StartsWith("Citizens", StringComparison.Ordinal));

        Assert.EndsWith("This morning the enemy attacked us.", quote.Text, StringComparison.Ordinal);
        Assert.True(quote.Unclosed);
    }

    [Fact]
    public void A_finished_paragraph_still_ends_the_quote()
    {
        const string text = "Premierul a publicat un mesaj.\n\n„Citizens of the country, we are at war.\n\nPremierul a vorbit apoi cu ministrul apărării.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ro")), q => q.Text.StartsWith("Citizens", StringComparison.Ordinal));

        Assert.Equal("Citizens of the country, we are at war.", quote.Text);
    }
}
