using QuoteLens.Corpus;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A sentence that merges two statements which outlets of another language quote as two sentences, in two groups, is cut
/// where the two groups' words part, though no outlet of its own language quotes them apart.
/// </summary>
public class MergedAcrossGroupsTests
{
    private const string BridgeEn = "The old bridge across the river must be rebuilt quickly";
    private const string SchoolEn = "The city will pay the whole cost of the new school";
    private const string Merged = "Die alte Brücke über den Fluss muss schnell wieder aufgebaut werden, und die Stadt wird die gesamten Kosten der neuen Schule bezahlen";

    private static Analysis Run(params (string Text, string Language)[] texts) =>
        Analysis.Run(new ArticleCorpus("t", "t", texts.Select((t, i) => Written(t.Text, t.Language) with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));

    [Fact]
    public void ASentenceMergingTwoStatementsQuotedApartInAnotherLanguageIsCutBetweenThem()
    {
        var analysis = Run(
            ($"“{BridgeEn},” the mayor said on Monday. He added: “{SchoolEn}.”", "en"),
            ($"The mayor spoke at the hall. “{BridgeEn}.” Later he said: “{SchoolEn}.”", "en"),
            ($"“{BridgeEn}.” That was the mayor's first point. The second: “{SchoolEn}.”", "en"),
            ($"„{Merged}“, sagte der Bürgermeister am Montag.", "de"));
        var german = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments).Select(m => (Group: g, Member: m))).Where(x => x.Member.ArticleId == "A0003").ToList();
        var first = Assert.Single(german, x => x.Member.Text.Contains("Brücke", StringComparison.Ordinal));
        var second = Assert.Single(german, x => x.Member.Text.Contains("Schule", StringComparison.Ordinal));
        Assert.EndsWith("aufgebaut werden", first.Member.Text, StringComparison.Ordinal);
        Assert.StartsWith("und die Stadt", second.Member.Text, StringComparison.Ordinal);
        Assert.NotEqual(first.Group.Id, second.Group.Id);
    }

    [Fact]
    public void ASentenceWhoseMergedFormOtherOutletsAlsoQuoteIsNotCut()
    {
        // Outlets of its own language quote the two clauses as one sentence too, each in words of its own: the sentence is one
        // statement as quoted, whatever the other language's outlets did.
        var analysis = Run(
            ($"“{BridgeEn},” the mayor said on Monday. He added: “{SchoolEn}.”", "en"),
            ($"The mayor spoke at the hall. “{BridgeEn}.” Later he said: “{SchoolEn}.”", "en"),
            ($"“{BridgeEn}.” That was the mayor's first point. The second: “{SchoolEn}.”", "en"),
            ($"„{Merged}“, sagte der Bürgermeister am Montag.", "de"),
            ("„Die alte Brücke über den Fluss muss sehr schnell wieder aufgebaut werden, und die Stadt wird alle Kosten der neuen Schule bezahlen“, sagte er.", "de"),
            ("Der Bürgermeister: „Die alte Brücke über den Fluss muss schnell aufgebaut werden, und die Stadt wird die ganzen Kosten der neuen Schule bezahlen.“", "de"),
            ("„Die alte Brücke über dem Fluss muss schnell neu aufgebaut werden, und die Stadt wird die gesamten Kosten für die neue Schule bezahlen“, hieß es.", "de"));
        var german = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments)).Where(m => m.ArticleId == "A0003").ToList();
        Assert.Contains(german, m => m.Text.Contains("Brücke", StringComparison.Ordinal) && m.Text.Contains("Schule", StringComparison.Ordinal));
    }
}
