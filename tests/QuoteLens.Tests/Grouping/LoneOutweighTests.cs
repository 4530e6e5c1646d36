using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

using static QuoteLens.Tests.Grouping.GroupingTestKit;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A full sentence alone (one article) whose links reach two shared groups that have a language in common joins the one
/// it reaches densely in more languages (at least two) through its stronger links; reaching both in as many languages, it
/// stays alone. Each group holds a Polish version worded too differently from the sentence alone for the clustering to
/// take it in, so that only the joins across languages can place it.
/// </summary>
public class LoneOutweighTests
{
    private const string BridgeEn1 = "The new bridge across the river will open to traffic next spring after three years of construction work.";
    private const string BridgeEn2 = "The new bridge across the river will open to traffic next spring, after three years of construction.";
    private const string BridgeDe1 = "Die neue Brücke über den Fluss wird nach drei Jahren Bauzeit im nächsten Frühjahr für den Verkehr geöffnet.";
    private const string BridgeDe2 = "Die neue Brücke über den Fluss soll im kommenden Frühjahr nach drei Jahren Bauarbeiten für den Verkehr freigegeben werden.";
    private const string BridgePl = "Nowy most na rzece zostanie otwarty dla ruchu wiosną przyszłego roku po trzech latach budowy.";

    private const string BudgetEn1 = "The city council has approved a larger budget for schools and hospitals in the northern district.";
    private const string BudgetEn2 = "The city council approved a larger budget for schools and hospitals in the northern district.";
    private const string BudgetDe1 = "Der Stadtrat hat ein größeres Budget für Schulen und Krankenhäuser im nördlichen Bezirk gebilligt.";
    private const string BudgetDe2 = "Der Stadtrat billigte einen größeren Haushalt für Schulen und Kliniken im Norden der Stadt.";
    private const string BudgetPl = "Rada miasta zatwierdziła większy budżet na szkoły i szpitale w północnej dzielnicy.";

    private const string Alone = "Przeprawa zacznie działać za kilka miesięcy, kiedy robotnicy skończą swoje długie zadanie.";

    /// <summary>
    /// Groups the eleven sentences, one an article: each statement's versions linked to one another at 1.0, the sentence
    /// alone linked at 0.9 to the bridge's English and German versions and at 0.6 to the budget's English versions, and
    /// to its German ones too when <paramref name="budgetGerman"/>.
    /// </summary>
    private static IReadOnlyList<QuoteGroup> Group(bool budgetGerman)
    {
        var texts = new (string Text, string Language)[]
        {
            (BridgeEn1, "en"), (BridgeEn2, "en"), (BridgeDe1, "de"), (BridgeDe2, "de"), (BridgePl, "pl"),
            (BudgetEn1, "en"), (BudgetEn2, "en"), (BudgetDe1, "de"), (BudgetDe2, "de"), (BudgetPl, "pl"),
            (Alone, "pl"),
        };
        var quotes = texts.Select((t, i) => new Quote($"A{i:D2}-q0", $"A{i:D2}", t.Text, 0, t.Text.Length, QuoteKind.Full, false, "\"", null, null, t.Language, [])).ToList();
        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                var links = new List<CrossLanguageLink>();
                void Add(string x, string y, double similarity)
                {
                    int a = Index(sentences, x), b = Index(sentences, y);
                    links.Add(new CrossLanguageLink(Math.Min(a, b), Math.Max(a, b), similarity));
                }

                foreach (var statement in new[] { new[] { BridgeEn1, BridgeEn2, BridgeDe1, BridgeDe2, BridgePl }, [BudgetEn1, BudgetEn2, BudgetDe1, BudgetDe2, BudgetPl] })
                {
                    foreach (var x in statement)
                    {
                        foreach (var y in statement)
                        {
                            if (string.CompareOrdinal(x, y) < 0 && texts.First(t => t.Text == x).Language != texts.First(t => t.Text == y).Language)
                            {
                                Add(x, y, 1.0);
                            }
                        }
                    }
                }

                foreach (var version in new[] { BridgeEn1, BridgeEn2, BridgeDe1, BridgeDe2 })
                {
                    Add(Alone, version, 0.9);
                }

                foreach (var version in budgetGerman ? new[] { BudgetEn1, BudgetEn2, BudgetDe1, BudgetDe2 } : [BudgetEn1, BudgetEn2])
                {
                    Add(Alone, version, 0.6);
                }

                return links;
            },
        };
        return QuoteGrouper.Group(quotes, options);
    }

    [Fact]
    public void ASentenceAloneJoinsTheGroupItReachesInMoreLanguagesMoreStrongly()
    {
        var groups = Group(budgetGerman: false);
        Assert.NotSame(GroupOf(groups, BridgeEn1), GroupOf(groups, BudgetEn1));
        Assert.Same(GroupOf(groups, BridgeEn1), GroupOf(groups, Alone));
    }

    [Fact]
    public void ASentenceAloneReachingTwoGroupsInAsManyLanguagesStaysAlone()
    {
        var groups = Group(budgetGerman: true);
        Assert.NotSame(GroupOf(groups, BridgeEn1), GroupOf(groups, Alone));
        Assert.NotSame(GroupOf(groups, BudgetEn1), GroupOf(groups, Alone));
    }
}
