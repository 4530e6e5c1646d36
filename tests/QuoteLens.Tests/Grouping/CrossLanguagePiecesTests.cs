using QuoteLens.Grouping;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A partial quote that no outlet of its language quotes alike and that the linker does not link (two words against a long
/// sentence) joins, as a fragment, the statement of another language whose sentence holds its words, when that sentence
/// stands in an article that shares a statement with the piece's own; without the shared statement, or with words the
/// sentence does not hold, it stays apart.
/// </summary>
public class CrossLanguagePiecesTests
{
    private const string AnchorEn = "We are forced to fire upon military positions of the army near the border.";
    private const string AnchorFr = "Nous sommes contraints de tirer sur les positions militaires de l'armée près de la frontière.";
    private const string Statement = "Any suggestion that allies will not defend each other undermines all of our security.";

    /// <summary>A made-up bilingual glossary: each content word and its language-neutral keys.</summary>
    private static readonly Dictionary<string, string[]> Glossary = new(StringComparer.Ordinal)
    {
        ["suggestion"] = ["en:suggest"], ["allies"] = ["en:ally"], ["defend"] = ["en:defend"], ["undermines"] = ["en:undermin"], ["security"] = ["en:secur"],
        ["sapent"] = ["en:undermin"], ["sécurité"] = ["en:secur"], ["paix"] = ["en:peace"],
        ["forced"] = ["en:force"], ["fire"] = ["en:fire"], ["positions"] = ["en:position"], ["army"] = ["en:army"], ["border"] = ["en:border"],
        ["contraints"] = ["en:force"], ["tirer"] = ["en:fire"], ["armée"] = ["en:army"], ["frontière"] = ["en:border"],
    };

    /// <summary>
    /// Groups two English articles carrying the statement (the first also the anchor) and a French article with the anchor
    /// (linked across languages, unless left out) and the piece.
    /// </summary>
    private static IReadOnlyList<QuoteGroup> Group(string piece, bool anchor = true) =>
        GlossaryGrouping.Group(
            Glossary,
            [
                new("A", "en", [(AnchorEn, QuoteKind.Full), (Statement, QuoteKind.Full)]),
                new("C", "en", [(Statement, QuoteKind.Full)]),
                new("B", "fr", [(AnchorFr, QuoteKind.Full), (piece, QuoteKind.Partial)]),
            ],
            anchor ? (AnchorEn, AnchorFr) : null);

    [Fact]
    public void APieceWhoseWordsAStatementOfASharingArticleHoldsJoinsIt()
    {
        var groups = Group("sapent notre sécurité");
        var statement = GlossaryGrouping.GroupOf(groups, Statement);
        Assert.Same(statement, GlossaryGrouping.GroupOf(groups, "sapent notre sécurité"));
        Assert.Contains(statement.Fragments, f => f.Text == "sapent notre sécurité");
        Assert.Contains(statement.Links, l => l.Evidence.StartsWith("cross-language: a piece whose words", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAStatementInCommonThePieceStaysApart()
    {
        var groups = Group("sapent notre sécurité", anchor: false);
        Assert.NotSame(GlossaryGrouping.GroupOf(groups, Statement), GlossaryGrouping.GroupOf(groups, "sapent notre sécurité"));
    }

    [Fact]
    public void APieceWhoseWordsTheStatementDoesNotHoldStaysApart()
    {
        var groups = Group("sapent notre paix");
        Assert.NotSame(GlossaryGrouping.GroupOf(groups, Statement), GlossaryGrouping.GroupOf(groups, "sapent notre paix"));
    }
}
