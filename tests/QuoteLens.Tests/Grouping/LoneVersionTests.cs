using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A full version alone in its group follows its links in its own language (QuoteGrouper.MoveLeftBehind, lone versions),
/// on real coverage: the answer keys of Pope Francis's white-flag interview (data/eval/pope-white-flag-2024-03) and of
/// Biden's remarks on the Baltimore bridge (data/eval/biden-baltimore-bridge-2024-03).
/// </summary>
public class LoneVersionTests
{
    private static readonly Lazy<Analysis> Pope = new(() => Analysis.Run(TestPaths.Data("eval", "pope-white-flag-2024-03")));

    private static readonly Lazy<Analysis> Biden = new(() => Analysis.Run(TestPaths.Data("eval", "biden-baltimore-bridge-2024-03")));

    [Fact]
    public void A_truncated_version_alone_joins_the_statement_its_own_language_versions_hold()
    {
        // swissinfo prints the first half of the Pope's sentence; Poder360 the whole. Nine of its ten keys stand in Poder360's
        // version, but one link is far from a third of the pairs of a statement quoted in eight languages, so the clustering
        // left it alone.
        var analysis = Pope.Value;
        var group = analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == "P27_swissinfo_pt" && m.Text == "Mas penso que o melhor é aquele que olha para a situação,"));

        Assert.Contains(group.Members, m => m.ArticleId == "P25_poder360_pt" && m.Text.StartsWith("Penso que o melhor é aquele que olha para a situação, pensa no povo", StringComparison.Ordinal));
        Assert.Contains(group.Links, l => l.To.StartsWith("P27_swissinfo_pt#", StringComparison.Ordinal) && l.Evidence == "alone: its links in its own language reach this statement");
    }

    [Fact]
    public void A_sentence_alone_does_not_follow_its_links_across_languages()
    {
        // "Our prayers are with everyone involved in this terrible accident" repeats two words of "this was a terrible
        // accident"; the linker's score of its few shared words reaches that statement's translations, its own language's
        // containment does not.
        var analysis = Biden.Value;
        var group = analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == "B09_yahoo_en" && m.Text.StartsWith("Our prayers are with everyone involved", StringComparison.Ordinal)));

        Assert.DoesNotContain(group.Members, m => m.Text.Contains("indicates that", StringComparison.Ordinal));
    }
}
