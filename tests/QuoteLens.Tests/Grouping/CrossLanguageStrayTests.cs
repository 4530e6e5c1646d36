using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

using static QuoteLens.Tests.Grouping.GroupingTestKit;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A version that same-language grouping put with a neighbouring statement, and whose cross-language links all reach
/// another statement's group, moves to that group; a version that links to its own group's other languages stays.
/// </summary>
public class CrossLanguageStrayTests
{
    private const string NeighbourEn = "We know the strategy of the Vatican on the white flag in the first half of the last century.";
    private const string NeighbourEn2 = "We know the strategy of the Vatican on the white flag in the first half of the twentieth century.";
    private const string NeighbourFr = "Nous connaissons la stratégie du Vatican sur le drapeau blanc dans la première moitié du siècle dernier.";
    private const string Stray = "We know the strategy of the Vatican on the white flag in the first half of the previous century.";

    private static readonly string[] Statement =
    [
        "Le plus fort est celui qui voit la situation et a le courage du drapeau blanc.",
        "Le plus fort, c'est celui qui voit la situation et qui a le courage du drapeau blanc.",
        "Der Stärkere ist derjenige, der die Lage sieht und den Mut der weißen Fahne hat.",
        "Der Stärkste ist der, der die Situation sieht und den Mut zur weißen Fahne hat.",
    ];

    private static IReadOnlyList<QuoteGroup> Group(bool strayLinksOwnGroup)
    {
        var texts = new List<(string Text, string Language)>
        {
            (NeighbourEn, "en"), (NeighbourEn2, "en"), (NeighbourFr, "fr"), (Stray, "en"),
        };
        texts.AddRange(Statement.Select((s, i) => (s, i < 2 ? "fr" : "de")));
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

                Add(NeighbourEn, NeighbourFr);
                Add(NeighbourEn2, NeighbourFr);
                foreach (var s in Statement)
                {
                    Add(Stray, s);
                }

                if (strayLinksOwnGroup)
                {
                    Add(Stray, NeighbourFr);
                }

                Add(Statement[0], Statement[2]);
                Add(Statement[1], Statement[3]);
                Add(Statement[0], Statement[3]);
                Add(Statement[1], Statement[2]);
                return links;
            },
        };
        return QuoteGrouper.Group(quotes, options);
    }

    [Fact]
    public void AVersionLinkedOnlyToAnotherStatementMovesToIt()
    {
        var groups = Group(strayLinksOwnGroup: false);
        Assert.Same(GroupOf(groups, Statement[0]), GroupOf(groups, Stray));
        Assert.Same(GroupOf(groups, NeighbourEn), GroupOf(groups, NeighbourFr));
        Assert.NotSame(GroupOf(groups, NeighbourEn), GroupOf(groups, Stray));
        Assert.Contains(GroupOf(groups, Stray).Links, l => l.Evidence == "cross-language: links to another statement only");
    }

    [Fact]
    public void AVersionLinkedToItsOwnGroupStays()
    {
        var groups = Group(strayLinksOwnGroup: true);
        Assert.DoesNotContain(groups.SelectMany(g => g.Links), l => l.Evidence == "cross-language: links to another statement only");
    }
}
