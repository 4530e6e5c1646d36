using QuoteLens.Grouping;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Short sentences across languages within two articles that already carry a statement in common: too few words for the
/// linker's three-word minimum, they join when every content word of one finds a counterpart in the other (a name counts by
/// its first letters), in the same stretch of both articles; without the shared statement, or with words that do not
/// match, they stay apart.
/// </summary>
public class CrossLanguageSharedArticlesTests
{
    private const string AnchorEn = "We are forced to fire upon military positions of the army near the border.";
    private const string AnchorFr = "Nous sommes contraints de tirer sur les positions militaires de l'armée près de la frontière.";

    /// <summary>A made-up bilingual glossary: each content word and its language-neutral keys.</summary>
    private static readonly Dictionary<string, string[]> Glossary = new(StringComparer.Ordinal)
    {
        ["turkey"] = ["en:turkey", "name:turkey"],
        ["offered"] = ["en:offer"],
        ["ready"] = ["en:ready"],
        ["turquie"] = ["en:turkey", "name:turkey"],
        ["proposée"] = ["en:offer"],
        ["prêts"] = ["en:ready"],
        ["fatigués"] = ["en:tired"],
        ["forced"] = ["en:force"], ["fire"] = ["en:fire"], ["positions"] = ["en:position"], ["army"] = ["en:army"], ["border"] = ["en:border"],
        ["contraints"] = ["en:force"], ["tirer"] = ["en:fire"], ["armée"] = ["en:army"], ["frontière"] = ["en:border"],
    };

    /// <summary>Groups an English and a French article: the anchor (linked across languages, unless left out), then the given sentences.</summary>
    private static IReadOnlyList<QuoteGroup> Group(string[] english, string[] french, bool anchor = true) =>
        GlossaryGrouping.Group(
            Glossary,
            [
                new("A", "en", [(AnchorEn, QuoteKind.Full), .. english.Select(t => (t, QuoteKind.Full))]),
                new("B", "fr", [(AnchorFr, QuoteKind.Full), .. french.Select(t => (t, QuoteKind.Full))]),
            ],
            anchor ? (AnchorEn, AnchorFr) : null);

    [Fact]
    public void ShortTranslationsMatchedOnAllTheirWordsJoin()
    {
        var groups = Group(["Turkey offered.", "We are ready."], ["La Turquie s'est proposée.", "Nous sommes prêts."]);
        var turkey = GlossaryGrouping.GroupOf(groups, "Turkey offered.");
        Assert.Same(turkey, GlossaryGrouping.GroupOf(groups, "La Turquie s'est proposée."));
        Assert.Contains(turkey.Links, l => l.Evidence.StartsWith("cross-language: matched word for word", StringComparison.Ordinal));
        Assert.Same(GlossaryGrouping.GroupOf(groups, "We are ready."), GlossaryGrouping.GroupOf(groups, "Nous sommes prêts."));
        Assert.NotSame(turkey, GlossaryGrouping.GroupOf(groups, "We are ready."));
    }

    [Fact]
    public void WithoutAStatementInCommonTheyStayApart()
    {
        var groups = Group(["Turkey offered.", "We are ready."], ["La Turquie s'est proposée.", "Nous sommes prêts."], anchor: false);
        Assert.NotSame(GlossaryGrouping.GroupOf(groups, "Turkey offered."), GlossaryGrouping.GroupOf(groups, "La Turquie s'est proposée."));
        Assert.NotSame(GlossaryGrouping.GroupOf(groups, "We are ready."), GlossaryGrouping.GroupOf(groups, "Nous sommes prêts."));
    }

    [Fact]
    public void WordsThatDoNotMatchStayApart()
    {
        var groups = Group(["We are ready."], ["Nous sommes fatigués."]);
        Assert.NotSame(GlossaryGrouping.GroupOf(groups, "We are ready."), GlossaryGrouping.GroupOf(groups, "Nous sommes fatigués."));
    }
}
