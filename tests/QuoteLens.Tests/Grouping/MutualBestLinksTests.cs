using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// The links whose two versions are each other's strongest link into the other's language (QuoteGrouper.MutualBestLinks):
/// a version left alone in its article's group follows such a link once grouping is done (QuoteGrouper.JoinMutualBestLinks).
/// </summary>
public class MutualBestLinksTests
{
    /// <summary>Made-up texts: 0 and 3 English, 1 and 2 French, 4 English, 5 and 6 German.</summary>
    private static readonly int[] Languages = [0, 1, 1, 0, 0, 2, 2];

    [Fact]
    public void A_link_both_sides_rank_first_is_mutual()
    {
        // English 0 links French 1 at 0.8 and French 2 at 0.5; French 1's other English link (3) is weaker.
        CrossLanguageLink[] links = [new(0, 1, 0.8), new(0, 2, 0.5), new(1, 3, 0.3)];
        var mutual = QuoteGrouper.MutualBestLinks(links, t => Languages[t]);
        Assert.Equal([new CrossLanguageLink(0, 1, 0.8)], mutual);
    }

    [Fact]
    public void A_link_only_one_side_ranks_first_is_not_mutual()
    {
        // French 2's only English link is 0, but 0's best in French is 1; English 3's only French link is 1, whose best is 0.
        CrossLanguageLink[] links = [new(0, 1, 0.8), new(0, 2, 0.5), new(1, 3, 0.3)];
        var mutual = QuoteGrouper.MutualBestLinks(links, t => Languages[t]);
        Assert.DoesNotContain(mutual, l => l.B == 2 || l.B == 3);
    }

    [Fact]
    public void A_best_link_barely_ahead_of_the_second_is_not_mutual()
    {
        // English 4 links German 5 at 0.60 and German 6 at 0.55: less than the margin apart, neither is its clear best.
        CrossLanguageLink[] links = [new(4, 5, 0.60), new(4, 6, 0.55)];
        Assert.Empty(QuoteGrouper.MutualBestLinks(links, t => Languages[t]));
    }

    [Fact]
    public void A_version_its_group_holds_weakly_follows_its_strongest_link()
    {
        // A German "Ruritanien beherrscht den Himmel" stands with a Polish sentence of another statement (link 0.5) while its
        // mutual best link (1.0) is the English "Ruritania controls the sky", whose group holds three articles.
        Assert.True(QuoteGrouper.WeakerAtHome(1.0, [0.5], ownArticles: 1, intoArticles: 3));
    }

    [Fact]
    public void A_version_with_a_link_home_as_strong_stays()
    {
        Assert.False(QuoteGrouper.WeakerAtHome(0.7, [0.4, 0.7], ownArticles: 1, intoArticles: 3));
    }

    [Fact]
    public void A_version_does_not_leave_a_well_attested_statement_for_a_thin_one()
    {
        // Its statement's group holds five articles; the English rendering it links best stands in a group of two.
        Assert.False(QuoteGrouper.WeakerAtHome(0.75, [0.43], ownArticles: 5, intoArticles: 2));
    }

    [Fact]
    public void A_full_sentence_does_not_follow_a_piece_of_it()
    {
        // "Ce crime est insensé" (3 content words) is a piece of a 14-word sentence, however strong the link.
        Assert.False(QuoteGrouper.CloseInLength(14, 3));
        Assert.True(QuoteGrouper.CloseInLength(10, 7));
    }
}
