using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Versions of one language that move to a group of another statement move one by one: a version whose place in its article
/// contradicts where that statement stands in the other articles stays (QuoteGrouper.VersionsOutOfPlace), on real coverage:
/// the held-out answer key of Putin's remarks on Prigozhin's death (data/heldout/putin-prigozhin-crash-2023-08).
/// </summary>
public class OutOfPlaceTests
{
    private static readonly Lazy<Analysis> Prigozhin = new(() => Analysis.Run(TestPaths.Data("heldout", "putin-prigozhin-crash-2023-08")));

    private static QuoteGroup GroupOf(string article, string text) =>
        Prigozhin.Value.Groups.Single(g => g.Members.Any(m => m.ArticleId == article && m.Text == text));

    [Fact]
    public void A_version_moves_to_the_statement_without_its_neighbour_of_the_same_language()
    {
        // "Er war ein komplizierter Mensch" (earthpressnews) and "Er war ein begabter Mensch, ein begabter Geschäftsmann."
        // (stern, after the statement of the results he achieved) stood together; both link to the Russian versions of
        // "a man of difficult fate" through "Er war ein ... Mensch". Only the first stands where that statement does.
        var fate = GroupOf("P24_earthpressnews_de", "Er war ein komplizierter Mensch");
        var talented = GroupOf("P20_stern_reuters_de", "Er war ein begabter Mensch, ein begabter Geschäftsmann.");

        Assert.Contains(fate.Members, m => m.Language == "ru" && m.Text == "Это был человек сложной судьбы");
        Assert.NotSame(fate, talented);
        Assert.Contains(talented.Members, m => m.Language == "ru" && m.Text == "Был талантливый человек, талантливый бизнесмен");
    }
}
