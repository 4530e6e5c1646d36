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

/// <summary>
/// A piece whose words other articles carry in another form of the same stem joins their statement as a fragment
/// (QuoteGrouper.AttachNearFormPieces), on real coverage: the answer key of Trump's NATO remarks and the replies to them
/// (data/eval/trump-nato-2024-02).
/// </summary>
public class NearFormPieceTests
{
    private static readonly Lazy<Analysis> Trump = new(() => Analysis.Run(TestPaths.Data("eval", "trump-nato-2024-02")));

    [Fact]
    public void A_noun_joins_the_statement_that_says_it_with_the_verb()
    {
        // "Untergrabung unserer Sicherheit" (stem "untergrab") and Stoltenberg's "… untergräbt unsere gesamte Sicherheit"
        // ("untergrabt"): the stemmer keeps the noun and the verb apart.
        var analysis = Trump.Value;
        var group = analysis.Groups.Single(g => g.Fragments.Any(f => f.Text.Contains("Untergrabung unserer Sicherheit", StringComparison.Ordinal)));

        Assert.Contains(group.Members, m => m.Language == "de" && m.Text.Contains("untergräbt unsere gesamte Sicherheit", StringComparison.Ordinal));
        Assert.Contains(group.Members, m => m.Language == "en" && m.Text.StartsWith("Any suggestion that allies will not defend each other", StringComparison.Ordinal));
        Assert.Contains(group.Links, l => l.Evidence == "fragment: its 3 keys or near forms of them in versions from 1 other articles");
    }

    [Fact]
    public void Only_pieces_of_two_keys_or_more_join_so()
    {
        var analysis = Trump.Value;
        var joined = analysis.Groups.SelectMany(g => g.Links.Where(l => l.Evidence.Contains("near forms", StringComparison.Ordinal)).Select(l => g.Fragments.Single(f => f.Id == l.To))).ToList();

        Assert.Single(joined);
        Assert.All(joined, f => Assert.NotEqual(QuoteLens.Quotes.QuoteKind.Full, f.Kind));
    }
}
