using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A version its group holds weakly follows its mutual best link into another group (QuoteGrouper.MoveWeakVersions), on
/// the whole grouping of real coverage: the answer key of Zelensky's reply to Zaluzhnyi's "stalemate" interview
/// (data/eval/zaluzhny-stalemate-2023-11). The decision functions it uses are tested in <see cref="MutualBestLinksTests"/>.
/// </summary>
public class WeakVersionMoveTests
{
    private static readonly Lazy<Analysis> Zaluzhny = new(() => Analysis.Run(TestPaths.Data("eval", "zaluzhny-stalemate-2023-11")));

    private static QuoteGroup GroupOf(string article, string text) =>
        Zaluzhny.Value.Groups.Single(g => g.Members.Any(m => m.ArticleId == article && m.Text == text));

    [Fact]
    public void A_german_sentence_held_weakly_follows_its_english_rendering()
    {
        // Civilek's headline "Russland beherrscht den Himmel" stood, alone in German, with Polsat's "Wojna znalazła się w
        // impasie" (another statement); it and the Portuguese "A Rússia domina os céus" are each other's strongest link, and
        // the Portuguese sentence's group ("Russia controls the sky") holds more articles.
        var group = GroupOf("Z36_civilek_de", "Russland beherrscht den Himmel");

        Assert.Contains(group.Members, m => m.Language == "en" && m.Text == "Russia controls the sky.");
        Assert.Contains(group.Members, m => m.Language == "pt" && m.Text == "A Rússia domina os céus");
        Assert.DoesNotContain(group.Members, m => m.Language == "pl");
        Assert.Contains(group.Links, l => l.From == "Z36_civilek_de#1.2" && l.To == "Z49_jornaldocomercio_pt#3"
            && l.Evidence == "cross-language: a weak member follows its strongest link");
    }
}
