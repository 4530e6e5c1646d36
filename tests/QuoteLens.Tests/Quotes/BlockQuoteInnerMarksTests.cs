using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A statement quoted as one block that opens once and closes once may carry a name in the same straight marks in its later
/// paragraph ("Я виводжу підрозділи ПВК "Вагнер", тому що … загибель", — заявив …", as DS News prints Prigozhin's statement
/// in the prigozhin-ammunition evaluation set): the name's own pair is passed over, and the block runs to the mark that
/// closes it. The paragraphs are the set's, shortened.
/// </summary>
public class BlockQuoteInnerMarksTests
{
    private const string Text =
        "Відповідну заяву опублікувала пресслужба Пригожина, передає \"ДС\".\n\n"
        + "\"Офіційно звертаюся до начальника Генерального штабу і народу Росії. Заявляю від імені бійців ПВК \"Вагнера\", що 10 травня ми змушені передати позиції в населеному пункті Бахмут.\n\n"
        + "Я виводжу підрозділи ПВК \"Вагнер\", тому що за відсутності боєприпасів вони приречені на безглузду загибель\", — заявив господар \"вагнерівців\".";

    [Fact]
    public void ANameQuotedInsideTheBlockDoesNotEndIt()
    {
        var quotes = QuoteFinder.Find(Written(Text, "uk"));
        var block = Assert.Single(quotes, q => q.Text.StartsWith("Офіційно", StringComparison.Ordinal));
        Assert.EndsWith("вони приречені на безглузду загибель", block.Text, StringComparison.Ordinal);
        Assert.False(block.Unclosed);
        Assert.Equal(Text.IndexOf("Офіційно", StringComparison.Ordinal), block.Start);
    }

    [Fact]
    public void ANameQuotedInANarrativeParagraphStillLeavesTheBlockUnclosed()
    {
        const string text = "Пресслужба опублікувала заяву.\n\n\"Офіційно звертаюся до начальника Генерального штабу і народу Росії.\n\n"
            + "Після цього бійці ПВК \"Вагнер\" залишили позиції в Бахмуті.";
        var quotes = QuoteFinder.Find(Written(text, "uk"));
        var block = Assert.Single(quotes, q => q.Text.StartsWith("Офіційно", StringComparison.Ordinal));
        Assert.Equal("Офіційно звертаюся до начальника Генерального штабу і народу Росії.", block.Text);
        Assert.True(block.Unclosed);
    }
}
