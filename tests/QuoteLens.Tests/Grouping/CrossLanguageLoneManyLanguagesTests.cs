using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

using static QuoteLens.Tests.Grouping.GroupingTestKit;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A sentence alone (one article) whose links reach several languages of a shared group, each language too thinly for the
/// join language by language (one link, or one version of two), joins that group when its links make up enough of all the
/// pairs with the group's other languages; linked to one language only, it stays alone. Real sentences of the Crocus
/// address key (C.U20: "we will identify and punish everyone who stands behind the terrorists").
/// </summary>
public class CrossLanguageLoneManyLanguagesTests
{
    private const string En1 = "Let me repeat, we will identify and punish everyone who stands behind the terrorists, who prepared this villainy.";
    private const string En2 = "I repeat, we will identify and punish all those behind the terrorists, who prepared this crime.";
    private const string Es = "Repito: identificaremos y castigaremos a cada uno de los que están detrás de los terroristas y que prepararon esta atrocidad, este golpe contra Rusia.";
    private const string Uk = "Ми встановимо та покараємо кожного.";

    private static IReadOnlyList<QuoteGroup> Group(bool linkTwoLanguages)
    {
        var texts = new (string Text, string Language)[] { (En1, "en"), (En2, "en"), (Es, "es"), (Uk, "uk") };
        var quotes = texts.Select((t, i) => new Quote($"A{i}-q0", "A" + i, t.Text, 0, t.Text.Length, QuoteKind.Full, false, "\"", null, null, t.Language, [])).ToList();
        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                var links = new List<CrossLanguageLink>();
                void Add(string x, string y)
                {
                    int a = Index(sentences, x), b = Index(sentences, y);
                    links.Add(new CrossLanguageLink(Math.Min(a, b), Math.Max(a, b), 0.8));
                }

                Add(En1, Es);
                Add(En2, Es);
                Add(Uk, En1);
                if (linkTwoLanguages)
                {
                    Add(Uk, Es);
                }

                return links;
            },
        };
        return QuoteGrouper.Group(quotes, options);
    }

    [Fact]
    public void ASentenceAloneLinkedToTwoLanguagesOfAGroupJoinsIt()
    {
        var groups = Group(linkTwoLanguages: true);
        Assert.Same(GroupOf(groups, En1), GroupOf(groups, Es));
        Assert.Same(GroupOf(groups, En1), GroupOf(groups, Uk));
    }

    [Fact]
    public void ASentenceAloneLinkedToOneVersionOfOneLanguageStaysAlone()
    {
        var groups = Group(linkTwoLanguages: false);
        Assert.Same(GroupOf(groups, En1), GroupOf(groups, Es));
        Assert.NotSame(GroupOf(groups, En1), GroupOf(groups, Uk));
    }
}
