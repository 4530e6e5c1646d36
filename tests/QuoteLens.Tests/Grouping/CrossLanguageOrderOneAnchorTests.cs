using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

using static QuoteLens.Tests.Grouping.GroupingTestKit;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A short full sentence alone (too few words for a dictionary match) that stands right beside the one statement its
/// article shares with others, in the place of another statement's sentence there, joins that statement by order. On the
/// readable held-out key (Lukashenko on the Crocus attackers, March 2024) HuffPost's Spanish "Lo vieron" stands right
/// before "entonces dieron media vuelta …", as "They saw it." / "Они это видели." do in the other outlets; its article
/// shared that statement only with them when the order pass ran, and the pass needed two.
/// </summary>
public class CrossLanguageOrderOneAnchorTests
{
    // Sentences the (test's) linker links across languages; real renderings from the Lukashenko coverage.
    private static readonly Dictionary<string, string[]> Linked = new()
    {
        ["Saw"] = ["Они это видели.", "They saw it."],
        ["Turned"] = ["Поэтому отвернулись и пошли на участок украинско-российской границы.", "Deswegen kehrten sie um und gingen zu dem Abschnitt an der ukrainischen-russischen Grenze.",
            "entonces dieron media vuelta y se dirigieron al tramo de la frontera entre Ucrania"],
    };

    private const string Es = "Lo vieron";

    /// <summary>Groups the articles (id, language, sentences in order) with the renderings of each entry of <see cref="Linked"/> linked to one another.</summary>
    private static IReadOnlyList<QuoteGroup> Group(params (string Id, string Language, string[] Texts)[] articles) => GroupInOrder(Linked, articles);

    [Fact]
    public void AShortSentenceBesideTheOneSharedStatementJoinsTheStatementInItsPlace()
    {
        // The Spanish article shares one statement ("Turned") with each of the four others, and "Lo vieron" stands right
        // before it where they print "They saw it." / "Они это видели.".
        var groups = Group(
            ("R1", "ru", [Linked["Saw"][0], Linked["Turned"][0]]),
            ("R2", "ru", [Linked["Saw"][0], Linked["Turned"][0]]),
            ("E1", "en", [Linked["Saw"][1], Linked["Turned"][1]]),
            ("E2", "en", [Linked["Saw"][1], Linked["Turned"][1]]),
            ("S1", "es", [Es, Linked["Turned"][2]]));
        var group = GroupOf(groups, Es);
        Assert.Same(GroupOf(groups, Linked["Saw"][0]), group);
        Assert.Contains(group.Links, l => l.Evidence.StartsWith("cross-language statement order: a short sentence beside", StringComparison.Ordinal));
    }

    [Fact]
    public void OneArticleInThatPlaceIsNotEnough()
    {
        // Of the articles carrying "They saw it." / "Они это видели.", only one shares a statement with the Spanish one: one
        // place agreeing is chance.
        var groups = Group(
            ("R1", "ru", [Linked["Saw"][0], Linked["Turned"][0]]),
            ("E1", "en", [Linked["Saw"][1]]),
            ("S1", "es", [Es, Linked["Turned"][2]]));
        Assert.NotSame(GroupOf(groups, Linked["Saw"][0]), GroupOf(groups, Es));
    }

    private static readonly Lazy<Analysis> Lukashenko = new(() => Analysis.Run(TestPaths.Data("heldout", "lukashenko-crocus-belarus-2024-03")));

    /// <summary>HuffPost's "Lo vieron" stands with the other outlets' "They saw it." (held-out lukashenko, the whole corpus).</summary>
    [Fact]
    public void HuffPostsShortSentenceJoinsTheOtherOutletsStatement()
    {
        var saw = Lukashenko.Value.Groups.Single(g => g.Members.Any(m => m.ArticleId == "L14_plazajournal_en" && m.Text == "They saw it."));
        Assert.Contains(saw.Members, m => m.ArticleId == "L34_huffpost_es" && m.Text == Es);
    }
}
