using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A version of a large group whose words match the group's full-length versions poorly on average was taken in on weak
/// ties and leaves it, with what stands in the group only through it (QuoteGrouper.CutStrayVersions): the word match it
/// is weighed by, on made-up sentences, and the cut on the held-out coverage of the 2023 Belgorod raids.
/// </summary>
public class StrayVersionsTests
{
    private static readonly Lazy<Analysis> Raids = new(() => Analysis.Run(TestPaths.Data("heldout", "rdk-legion-belgorod-raids-2023")));

    /// <summary>Made-up sentences as key ids per content word: 0 army, 1 border, 2 measures, 3 enemy, 4 take, 5 plans, 6 future, 7 regions, 8 enter, 9 country, 10 surely, 11 new.</summary>
    private static readonly LinkedTexts Words = new(
        [],
        [
            [[0], [1], [4], [2], [3]], // "the army with the border guard takes measures against the enemy"
            [[0], [1], [4], [2], [3], [9]], // its translation, one word more
            [[5], [6], [11], [7], [9], [8], [10]], // "our plans for the future are new regions of the country, which we will surely enter"
            [[2], [3], [4]], // "takes measures against the enemy": a piece of the first
        ],
        [[0, 1, 2, 3, 4], [0, 1, 2, 3, 4, 9], [5, 6, 7, 8, 9, 10, 11], [2, 3, 4]],
        new bool[12]);

    [Fact]
    public void Two_versions_of_one_statement_match_well()
    {
        // 5 + 5 of 11 content words find a counterpart, and every word of the shorter one does: its share counts.
        Assert.Equal(1.0, QuoteGrouper.StrayMatch(Words, 0, 1), 3);
        Assert.True(QuoteGrouper.StrayMatch(Words, 0, 1) >= QuoteGrouper.StrayMinMean);
    }

    [Fact]
    public void A_sentence_that_shares_one_name_with_the_statement_matches_under_the_threshold()
    {
        // One word of six and one of seven: 2/13, under the least average match a version must reach to stay.
        double match = QuoteGrouper.StrayMatch(Words, 1, 2);
        Assert.Equal(2.0 / 13, match, 3);
        Assert.True(match < QuoteGrouper.StrayMinMean);
    }

    [Fact]
    public void A_piece_of_the_statement_matches_by_its_own_words()
    {
        // All three words of the piece stand in the full version: the piece's share (1), not the share of both (6/8).
        Assert.Equal(1.0, QuoteGrouper.StrayMatch(Words, 3, 0), 3);
        Assert.Equal(1.0, QuoteGrouper.StrayMatch(Words, 0, 3), 3);
    }

    [Fact]
    public void Another_speakers_sentence_leaves_the_statement_it_was_linked_to()
    {
        // The Arabic report that the ministry, the FSB and the border guard informed the president joined Peskov's "divert
        // attention from the Bakhmut direction" group through two pieces of a few words.
        var peskov = Raids.Value.Groups.Single(g => g.Members.Any(m => m.ArticleId == "G04_essent_ru" && m.Text.StartsWith("Мы прекрасно понимаем цель", StringComparison.Ordinal)));
        Assert.DoesNotContain(peskov.Members, m => m.ArticleId == "G21_prpchannel_ar" && m.Text.StartsWith("أبلغت وزارة الدفاع", StringComparison.Ordinal));
        Assert.Contains(peskov.Members, m => m.Language == "fr");

        // "Our plans for the future are new regions of the Russian Federation, …" shares one name with Gladkov's "The armed
        // forces of the Russian Federation … are taking the necessary measures to eliminate the enemy": it leaves, and its
        // Italian translation, in the group through it alone, goes with it.
        var gladkov = Raids.Value.Groups.Single(g => g.Members.Any(m => m.ArticleId == "G01_tass_ru" && m.Text.StartsWith("Вооруженные силы России вместе с погранслужбой", StringComparison.Ordinal)));
        var plans = Raids.Value.Groups.Single(g => g.Members.Any(m => m.ArticleId == "G49_ccnpexams_en" && m.Text.StartsWith("Our plans for the future", StringComparison.Ordinal)));
        Assert.NotSame(gladkov, plans);
        Assert.Contains(plans.Members, m => m.ArticleId == "G59_huffpost_it");
    }
}
