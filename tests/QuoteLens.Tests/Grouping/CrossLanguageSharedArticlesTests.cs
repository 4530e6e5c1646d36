using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
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
    private static IReadOnlyList<QuoteGroup> Group(string[] english, string[] french, bool anchor = true)
    {
        var quotes = new List<Quote>();
        Add("A", "en", [AnchorEn, .. english]);
        Add("B", "fr", [AnchorFr, .. french]);
        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                var wordKeys = sentences.Select(s => Words(s.Text).Select(w => Glossary[w].Select(k => ids.TryGetValue(k, out var id) ? id : ids[k] = ids.Count).ToArray()).ToArray()).ToArray();
                var sentenceKeys = wordKeys.Select(w => w.SelectMany(k => k).Distinct().Order().ToArray()).ToArray();
                var anchorKey = new bool[ids.Count];
                foreach (var (key, id) in ids)
                {
                    anchorKey[id] = key.StartsWith("name:", StringComparison.Ordinal);
                }

                var links = new List<CrossLanguageLink>();
                if (anchor)
                {
                    int a = Index(sentences, AnchorEn), b = Index(sentences, AnchorFr);
                    links.Add(new CrossLanguageLink(Math.Min(a, b), Math.Max(a, b), 1.0));
                }

                return new LinkedTexts(links, wordKeys, sentenceKeys, anchorKey);
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

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).Where(Glossary.ContainsKey);

    private static int Index(IReadOnlyList<Quote> sentences, string text) =>
        sentences.Select((s, i) => (s, i)).First(p => p.s.Text == text).i;

    private static QuoteGroup GroupOf(IReadOnlyList<QuoteGroup> groups, string text) =>
        groups.Single(g => g.Members.Concat(g.Fragments).Any(m => m.Text == text));

    [Fact]
    public void ShortTranslationsMatchedOnAllTheirWordsJoin()
    {
        var groups = Group(["Turkey offered.", "We are ready."], ["La Turquie s'est proposée.", "Nous sommes prêts."]);
        var turkey = GroupOf(groups, "Turkey offered.");
        Assert.Same(turkey, GroupOf(groups, "La Turquie s'est proposée."));
        Assert.Contains(turkey.Links, l => l.Evidence.StartsWith("cross-language: matched word for word", StringComparison.Ordinal));
        Assert.Same(GroupOf(groups, "We are ready."), GroupOf(groups, "Nous sommes prêts."));
        Assert.NotSame(turkey, GroupOf(groups, "We are ready."));
    }

    [Fact]
    public void WithoutAStatementInCommonTheyStayApart()
    {
        var groups = Group(["Turkey offered.", "We are ready."], ["La Turquie s'est proposée.", "Nous sommes prêts."], anchor: false);
        Assert.NotSame(GroupOf(groups, "Turkey offered."), GroupOf(groups, "La Turquie s'est proposée."));
        Assert.NotSame(GroupOf(groups, "We are ready."), GroupOf(groups, "Nous sommes prêts."));
    }

    [Fact]
    public void WordsThatDoNotMatchStayApart()
    {
        var groups = Group(["We are ready."], ["Nous sommes fatigués."]);
        Assert.NotSame(GroupOf(groups, "We are ready."), GroupOf(groups, "Nous sommes fatigués."));
    }
}
