using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A fragment contained in several statements goes to one whose version its words make a good part of, before the one
/// more articles carry (QuoteGrouper.AttachContained, FragmentFitRatio), on real coverage: the answer keys of Putin's
/// address on the Wagner mutiny (data/eval/wagner-mutiny-2023-06) and of Pope Francis's white-flag interview
/// (data/eval/pope-white-flag-2024-03).
/// </summary>
public class FragmentFitTests
{
    private static readonly Lazy<Analysis> Wagner = new(() => Analysis.Run(TestPaths.Data("eval", "wagner-mutiny-2023-06")));

    private static readonly Lazy<Analysis> Pope = new(() => Analysis.Run(TestPaths.Data("eval", "pope-white-flag-2024-03")));

    [Fact]
    public void A_one_word_quote_joins_the_short_statement_it_is_most_of()
    {
        // "Betrayal" stands in "We have been faced with exactly betrayal." and in the long "All those who consciously stood on
        // the path of betrayal, who prepared an armed rebellion, …", which more articles carry.
        var analysis = Wagner.Value;
        var group = analysis.Groups.Single(g => g.Fragments.Any(f => f.ArticleId == "W12_tv360nigeria_en" && f.Text.Trim('“', '”', '"', ' ') == "Betrayal"));

        Assert.Contains(group.Members, m => m.ArticleId == "W11_nationafrica_en" && m.Text == "We have been faced with exactly betrayal.");
    }

    [Fact]
    public void A_scare_quote_joins_the_short_sentence_that_says_it()
    {
        // Gordon's «переговори» and Lenta's "Слово переговори – це мужнє слово." ("The word negotiations is a brave word").
        var analysis = Pope.Value;
        var group = analysis.Groups.Single(g => g.Fragments.Any(f => f.ArticleId == "P22_gordonua_uk" && f.Text.Contains("переговори", StringComparison.Ordinal)));

        Assert.Contains(group.Members, m => m.ArticleId == "P23_lentaua_uk" && m.Text.StartsWith("Слово переговори", StringComparison.Ordinal));
    }
}
