using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A piece of a statement that only its own article quotes whole (a headline over the body's full quote) joins that
/// statement as a fragment (QuoteGrouper.AttachOwnArticlePieces), on real coverage: the answer key of Putin's address on
/// the Wagner mutiny and Prigozhin's replies (data/eval/wagner-mutiny-2023-06).
/// </summary>
public class OwnArticlePieceTests
{
    private static readonly Lazy<Analysis> Wagner = new(() => Analysis.Run(TestPaths.Data("eval", "wagner-mutiny-2023-06")));

    [Fact]
    public void A_headline_piece_joins_the_statement_its_article_quotes_whole()
    {
        // watson.ch's headline «Der Präsident irrt gewaltig» over its body's «Was den Verrat am Vaterland angeht, so irrt der
        // Präsident gewaltig. …»: no other German outlet prints those words, so only its own article holds them whole.
        var analysis = Wagner.Value;
        var group = analysis.Groups.Single(g => g.Fragments.Any(f => f.ArticleId == "W19_watson_de" && f.Text.Contains("Der Präsident irrt gewaltig", StringComparison.Ordinal)));

        Assert.Contains(group.Members, m => m.ArticleId == "W19_watson_de" && m.Text.StartsWith("Was den Verrat am Vaterland angeht", StringComparison.Ordinal));
        Assert.True(group.IsShared);
        Assert.Contains(group.Links, l => l.Evidence == "fragment: its 3 keys in a version of its own article");
        Assert.DoesNotContain(analysis.Groups, g => g.Members.Any(m => m.ArticleId == "W19_watson_de" && m.Text.Contains("Der Präsident irrt gewaltig", StringComparison.Ordinal) && !m.Text.StartsWith("Was den", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_piece_joined_so_has_its_words_in_a_version_of_its_own_article_and_the_group_is_shared()
    {
        var analysis = Wagner.Value;
        var joined = analysis.Groups.SelectMany(g => g.Links.Where(l => l.Evidence.EndsWith("in a version of its own article", StringComparison.Ordinal)).Select(l => (Group: g, Link: l))).ToList();

        Assert.Equal(3, joined.Count);
        foreach (var (group, link) in joined)
        {
            var piece = group.Fragments.Single(f => f.Id == link.To);
            var container = group.Members.Single(m => m.Id == link.From);
            Assert.Equal(piece.ArticleId, container.ArticleId);
            Assert.True(group.IsShared);
        }
    }
}
