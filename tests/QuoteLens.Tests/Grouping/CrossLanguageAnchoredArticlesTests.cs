using static QuoteLens.Tests.Quotes.QuoteTestArticles;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Two sentences that match on two words only (too few for a link on words alone) link when their articles already share
/// a statement, their lengths agree and each is the other's only such sentence in its article.
/// </summary>
public sealed class CrossLanguageAnchoredArticlesTests : IDisposable
{
    private const string Anchor = "Les soldats défendront la frontière contre chaque attaque.";
    private const string AnchorEn = "The soldiers will defend the border against every attack.";
    private const string Weak = "Nous resterons longtemps, camarades.";
    private const string WeakEn = "We will stay a long while, dear friends.";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "quotelens-anchored-" + Guid.NewGuid().ToString("N"));

    public CrossLanguageAnchoredArticlesTests()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "fr-en.tsv"),
        [
            "soldats\tsoldiers", "défendront\tdefend", "frontière\tborder", "attaque\tattack",
            "resterons\tstay", "longtemps\tlong", "camarades\tcomrades",
        ]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private IReadOnlyList<CrossLanguageLink> Link(params Quote[] sentences) =>
        CrossLanguageLinker.Link(sentences, CrossLanguageBridge.Load(folder, []));


    [Fact]
    public void TwoWordsLinkWithinArticlesThatShareAStatement()
    {
        var links = Link(
            Sentence("a", 0, Anchor, "fr"),
            Sentence("a", 100, Weak, "fr"),
            Sentence("b", 0, AnchorEn, "en"),
            Sentence("b", 100, WeakEn, "en"));
        Assert.Contains(links, l => (l.A, l.B) == (0, 2));
        Assert.Contains(links, l => (l.A, l.B) == (1, 3));
    }

    [Fact]
    public void TwoWordsDoNotLinkWithoutASharedStatement()
    {
        var links = Link(
            Sentence("a", 0, Anchor, "fr"),
            Sentence("a", 100, Weak, "fr"),
            Sentence("b", 0, AnchorEn, "en"),
            Sentence("c", 100, WeakEn, "en"));
        Assert.Contains(links, l => (l.A, l.B) == (0, 2));
        Assert.DoesNotContain(links, l => (l.A, l.B) == (1, 3));
    }

    [Fact]
    public void ASentenceThatFitsTwoLinksToNeither()
    {
        var links = Link(
            Sentence("a", 0, Anchor, "fr"),
            Sentence("a", 100, Weak, "fr"),
            Sentence("b", 0, AnchorEn, "en"),
            Sentence("b", 100, WeakEn, "en"),
            Sentence("b", 200, "They will stay a long while, said the quenters.", "en"));
        Assert.DoesNotContain(links, l => (l.A, l.B) is (1, 3) or (1, 4));
    }
}
