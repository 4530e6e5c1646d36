using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

using static QuoteLens.Tests.Grouping.GroupingTestKit;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Two shared groups of different languages that stand in each other's place join by statement order; on the readable
/// held-out key (Lukashenko on the Crocus attackers, March 2024) the short "They saw that." has a group per language,
/// each in the place of the Russian one: a group with several such partners (a star) joins them all, and a partner seen in
/// one article pair only is noise beside one seen in four.
/// </summary>
public class CrossLanguageOrderStarTests
{
    // Anchors: sentences the (test's) linker links across languages; real renderings from the Lukashenko coverage.
    private static readonly Dictionary<string, string[]> Anchors = new()
    {
        ["A"] = ["Они в Беларусь никак не могли зайти.", "Deswegen gab es keine Möglichkeit für sie, nach Belarus einzureisen.", "Ils ne pouvaient pas entrer en Biélorussie.", "Ecco perché non sono potuti entrare in Bielorussia."],
        ["B"] = ["Поэтому отвернулись и пошли на участок украинско-российской границы.", "Deswegen kehrten sie um und gingen zu dem Abschnitt an der ukrainischen-russischen Grenze.", "Puis ils ont fait demi-tour et se sont dirigés vers la frontière entre l’Ukraine et la Russie."],
        ["C"] = ["Мы по самой боевой ситуации привели в действие свои подразделения.", "Abbiamo messo in allerta le nostre unità in base alla situazione di combattimento."],
    };

    private const string Ru = "Они это видели.", De = "Sie haben das gesehen.", Fr = "Ils l’ont vu", It = "Lo hanno visto";

    /// <summary>Groups the articles (id, language, sentences in order) with the renderings of each entry of <see cref="Anchors"/> linked to one another.</summary>
    private static IReadOnlyList<QuoteGroup> Group(params (string Id, string Language, string[] Texts)[] articles) => GroupInOrder(Anchors, articles);

    [Fact]
    public void AGroupWithTwoPartnersInItsPlaceJoinsBoth()
    {
        // The German and the French versions each stand in the Russian one's place in four article pairs; they do not pair
        // with each other (their lengths disagree), so the Russian group is the centre of a star.
        var groups = Group(
            ("R1", "ru", [Anchors["A"][0], Ru, Anchors["B"][0]]),
            ("R2", "ru", [Anchors["A"][0], Ru, Anchors["B"][0]]),
            ("D1", "de", [Anchors["A"][1], De, Anchors["B"][1]]),
            ("D2", "de", [Anchors["A"][1], De, Anchors["B"][1]]),
            ("F1", "fr", [Anchors["A"][2], Fr, Anchors["B"][2]]),
            ("F2", "fr", [Anchors["A"][2], Fr, Anchors["B"][2]]));
        var group = GroupOf(groups, Ru);
        Assert.Same(group, GroupOf(groups, De));
        Assert.Same(group, GroupOf(groups, Fr));
        Assert.Equal(6, group.Members.Select(m => m.ArticleId).Distinct().Count());
        Assert.Contains(group.Links, l => l.Evidence.StartsWith("cross-language statement order: two statements", StringComparison.Ordinal));
    }

    [Fact]
    public void APartnerOfOneArticlePairIsNoiseBesideOneOfFour()
    {
        // Russian and German stand in each other's place in four article pairs; the Italian group in the Russian one's place
        // in one pair only (R3 and I1 share the anchors A and C; I2 carries A and the sentence, no second anchor).
        var groups = Group(
            ("R1", "ru", [Anchors["A"][0], Ru, Anchors["B"][0]]),
            ("R2", "ru", [Anchors["A"][0], Ru, Anchors["B"][0]]),
            ("R3", "ru", [Anchors["A"][0], Ru, Anchors["C"][0]]),
            ("D1", "de", [Anchors["A"][1], De, Anchors["B"][1]]),
            ("D2", "de", [Anchors["A"][1], De, Anchors["B"][1]]),
            ("I1", "it", [Anchors["A"][3], It, Anchors["C"][1]]),
            ("I2", "it", [Anchors["A"][3], It]));
        Assert.Same(GroupOf(groups, Ru), GroupOf(groups, De));
        Assert.NotSame(GroupOf(groups, Ru), GroupOf(groups, It));
    }
}
