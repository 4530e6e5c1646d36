using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

using static QuoteLens.Tests.Grouping.GroupingTestKit;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Statement order across languages: a sentence that no dictionary links to its translation still joins it when both
/// stand in the same place of two articles of different languages, between statements both carry; lengths that
/// disagree, numbers that disagree or a name the other lacks keep them apart.
/// </summary>
public class CrossLanguageOrderTests
{
    private static readonly (string En, string Fr)[] Anchors =
    [
        ("We are forced to fire upon military positions of the army near the border.", "Nous sommes contraints de tirer sur les positions militaires de l'armée près de la frontière."),
        ("Our engineers will rebuild every destroyed bridge in the region before winter.", "Nos ingénieurs reconstruiront chaque pont détruit de la région avant l'hiver."),
        ("The talks will resume as soon as both delegations have agreed on the agenda.", "Les pourparlers reprendront dès que les deux délégations auront convenu de l'ordre du jour."),
    ];

    /// <summary>Groups two articles, English and French: the anchors (linked to one another) with one gap sentence each between the second and third.</summary>
    private static IReadOnlyList<QuoteGroup> Group(string gapEn, string gapFr, int perLanguage = 1)
    {
        var quotes = new List<Quote>();
        for (int i = 0; i < perLanguage; i++)
        {
            Add("A" + i, "en", [Anchors[0].En, Anchors[1].En, gapEn, Anchors[2].En]);
            Add("B" + i, "fr", [Anchors[0].Fr, Anchors[1].Fr, gapFr, Anchors[2].Fr]);
        }

        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                var links = new List<CrossLanguageLink>();
                foreach (var (en, fr) in Anchors)
                {
                    int a = Index(sentences, en), b = Index(sentences, fr);
                    links.Add(new CrossLanguageLink(Math.Min(a, b), Math.Max(a, b), 1.0));
                }

                return links;
            },
        };
        return QuoteGrouper.Group(quotes, options);

        void Add(string article, string language, string[] texts)
        {
            int at = 0;
            for (int i = 0; i < texts.Length; i++)
            {
                quotes.Add(new Quote($"{article}-q{i}", article, texts[i], at, at + texts[i].Length, QuoteKind.Full, false, "\"", null, null, language, []));
                at += texts[i].Length + 10;
            }
        }
    }

    [Fact]
    public void ATranslationNoDictionaryMatchesJoinsInTheSamePlace()
    {
        const string En = "Nobody here gets security for free.", Fr = "Personne ici n'a la sécurité gratuitement.";
        var groups = Group(En, Fr);
        var group = GroupOf(groups, En);
        Assert.Same(group, GroupOf(groups, Fr));
        Assert.Contains(group.Links, l => l.Evidence.StartsWith("cross-language statement order", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoSharedGroupsOfDifferentLanguagesInEachOthersPlaceJoin()
    {
        const string En = "Nobody here gets security for free.", Fr = "Personne ici n'a la sécurité gratuitement.";
        var groups = Group(En, Fr, perLanguage: 2);
        var group = GroupOf(groups, En);
        Assert.Same(group, GroupOf(groups, Fr));
        Assert.Equal(4, group.Members.Select(m => m.ArticleId).Distinct().Count());
        Assert.Contains(group.Links, l => l.Evidence.StartsWith("cross-language statement order: two statements", StringComparison.Ordinal));
    }

    [Fact]
    public void LengthsThatDisagreeStayApart()
    {
        const string En = "No.", Fr = "Personne ici n'a la sécurité gratuitement, ni aujourd'hui ni demain, ni jamais.";
        var groups = Group(En, Fr);
        Assert.NotSame(GroupOf(groups, En), GroupOf(groups, Fr));
    }

    [Fact]
    public void NumbersThatDisagreeStayApart()
    {
        const string En = "We lost 40 soldiers in the attack.", Fr = "Nous avons perdu 12 soldats dans l'attaque.";
        var groups = Group(En, Fr);
        Assert.NotSame(GroupOf(groups, En), GroupOf(groups, Fr));
    }

    [Fact]
    public void ANameTheOtherSentenceLacksKeepsThemApart()
    {
        const string En = "Nobody here gets security for free.", Fr = "La Turquie s'est proposée pour cela.";
        var groups = Group(En, Fr);
        Assert.NotSame(GroupOf(groups, En), GroupOf(groups, Fr));
    }
}
