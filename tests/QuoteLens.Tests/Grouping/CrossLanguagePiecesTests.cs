using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
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
    private static IReadOnlyList<QuoteGroup> Group(string piece, bool anchor = true)
    {
        var quotes = new List<Quote>();
        Add("A", "en", [(AnchorEn, QuoteKind.Full), (Statement, QuoteKind.Full)]);
        Add("C", "en", [(Statement, QuoteKind.Full)]);
        Add("B", "fr", [(AnchorFr, QuoteKind.Full), (piece, QuoteKind.Partial)]);
        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                var wordKeys = sentences.Select(s => Words(s.Text).Select(w => Glossary[w].Select(k => ids.TryGetValue(k, out var id) ? id : ids[k] = ids.Count).ToArray()).ToArray()).ToArray();
                var sentenceKeys = wordKeys.Select(w => w.SelectMany(k => k).Distinct().Order().ToArray()).ToArray();
                var links = new List<CrossLanguageLink>();
                if (anchor)
                {
                    int a = Index(sentences, AnchorEn), b = Index(sentences, AnchorFr);
                    links.Add(new CrossLanguageLink(Math.Min(a, b), Math.Max(a, b), 1.0));
                }

                return new LinkedTexts(links, wordKeys, sentenceKeys, new bool[ids.Count]);
            },
        };
        return QuoteGrouper.Group(quotes, options);

        void Add(string article, string language, (string Text, QuoteKind Kind)[] texts)
        {
            int at = 0;
            for (int i = 0; i < texts.Length; i++)
            {
                quotes.Add(new Quote($"{article}-q{i}", article, texts[i].Text, at, at + texts[i].Text.Length, texts[i].Kind, false, "\"", null, null, language, []));
                at += texts[i].Text.Length + 10;
            }
        }
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).Where(Glossary.ContainsKey);

    private static int Index(IReadOnlyList<Quote> sentences, string text) =>
        sentences.Select((s, i) => (s, i)).First(p => p.s.Text == text).i;

    private static QuoteGroup GroupOf(IReadOnlyList<QuoteGroup> groups, string text) =>
        groups.Single(g => g.Members.Concat(g.Fragments).Any(m => m.Text == text));

    [Fact]
    public void APieceWhoseWordsAStatementOfASharingArticleHoldsJoinsIt()
    {
        var groups = Group("sapent notre sécurité");
        var statement = GroupOf(groups, Statement);
        Assert.Same(statement, GroupOf(groups, "sapent notre sécurité"));
        Assert.Contains(statement.Fragments, f => f.Text == "sapent notre sécurité");
        Assert.Contains(statement.Links, l => l.Evidence.StartsWith("cross-language: a piece whose words", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAStatementInCommonThePieceStaysApart()
    {
        var groups = Group("sapent notre sécurité", anchor: false);
        Assert.NotSame(GroupOf(groups, Statement), GroupOf(groups, "sapent notre sécurité"));
    }

    [Fact]
    public void APieceWhoseWordsTheStatementDoesNotHoldStaysApart()
    {
        var groups = Group("sapent notre paix");
        Assert.NotSame(GroupOf(groups, Statement), GroupOf(groups, "sapent notre paix"));
    }
}
