using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Two short quotes of one language that share two of their three keys, in articles of one story, are one utterance told
/// two ways (QuoteGrouper.JoinNearCopiesByContext), on real coverage: the answer key of Putin's address on the Wagner
/// mutiny (data/eval/wagner-mutiny-2023-06) and the held-out key of Putin's words on Prigozhin's death
/// (data/heldout/putin-prigozhin-crash-2023-08).
/// </summary>
public class NearCopyTests
{
    private static readonly Lazy<Analysis> Wagner = new(() => Analysis.Run(TestPaths.Data("eval", "wagner-mutiny-2023-06")));

    private static readonly Lazy<Analysis> Prigozhin = new(() => Analysis.Run(TestPaths.Data("heldout", "putin-prigozhin-crash-2023-08")));

    [Fact]
    public void Two_short_partial_quotes_told_two_ways_in_one_story_are_one_group()
    {
        // Neither contains the other ("received" / "given"), so the containment pass left each alone; both articles carry
        // versions of Putin's other statements.
        var analysis = Wagner.Value;
        var group = analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == "W11_nationafrica_en" && m.Text == "received the necessary orders"));

        Assert.Contains(group.Members, m => m.ArticleId == "W13_connectedtoindia_en" && m.Text == "have been given the necessary orders");
        Assert.Contains(group.Links, l => l.To.StartsWith("W11_nationafrica_en#", StringComparison.Ordinal) && l.Evidence.StartsWith("near copy: 2 of its 3 keys; context: shares G", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_sentence_told_two_ways_joins_the_group_of_the_other()
    {
        var analysis = Prigozhin.Value;
        var group = analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == "P29_embedy_fr" && m.Text.StartsWith("Nous verrons ce que les enquêteurs ont à dire", StringComparison.Ordinal)));

        Assert.Contains(group.Members, m => m.ArticleId == "P28_24heuresbf_fr" && m.Text.StartsWith("Nous verrons ce que diront les enquêteurs", StringComparison.Ordinal));
    }
}
