using QuoteLens.Grouping;
using QuoteLens.Comparison.Renderings;

namespace QuoteLens.Tests.Renderings;

/// <summary>Renderings found on the real cross-language corpora, checked against what the files (and their answer keys) say.</summary>
public class RenderingFinderTests(RenderingsFixture data) : IClassFixture<RenderingsFixture>
{
    [Fact]
    public void TheRussianIsTakenAsTheOriginalAndSaysWhy()
    {
        var renderings = data.Inevitability;
        Assert.True(renderings.HasOriginal);
        Assert.Equal("ru", renderings.OriginalLanguage);
        Assert.Contains("most non-English versions", renderings.Explanation, StringComparison.Ordinal);
        Assert.All(renderings.Originals, o => Assert.Equal("ru", o.Language));
        Assert.Contains(renderings.Originals, o => o.ArticleId.StartsWith("D01", StringComparison.Ordinal));
        Assert.DoesNotContain(renderings.Translations, t => t.Language == "ru");
        Assert.Contains(renderings.Translations, t => t.Language == "et");
    }

    [Theory]
    [InlineData("possibility")]
    [InlineData("probability")]
    [InlineData("likelihood")]
    public void ProbabilityIsRenderedThreeWaysByTheOutletsWhoseTextsSaySo(string english)
    {
        var word = Assert.Single(data.Inevitability.Words, w => w.Text == "вероятности");
        var rendering = Assert.Single(word.Renderings, r => r.Text == english);
        Assert.Equal("en", rendering.Language);
        var expected = RenderingsFixture.ArticlesWriting("peskov-2024-02", "D.U1", english);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), rendering.ArticleIds);
    }

    [Fact]
    public void TheKyivPostSaysPossibilityAndPoliticoLikelihood()
    {
        var renderings = data.Inevitability;
        var word = renderings.Words.Single(w => w.Text == "вероятности");
        Assert.Contains("D07_kyivpost_en", word.Renderings.Single(r => r.Text == "possibility").ArticleIds);
        Assert.Equal(["D10_pravda_ua_en", "D11_unn_en", "D12_eir_en"], word.Renderings.Single(r => r.Text == "probability").ArticleIds);
        Assert.Equal(["D13_starpowerdecor_politico_en"], word.Renderings.Single(r => r.Text == "likelihood").ArticleIds);
        Assert.Contains(word.Renderings, r => r.Language == "et" && r.ArticleIds.SequenceEqual(["D17_postimees_et"]));
        Assert.Equal(word.Renderings.Max(r => r.ArticleIds.Count), word.Renderings[0].ArticleIds.Count);
        Assert.Contains(word, renderings.Varied);
    }

    [Fact]
    public void InevitabilityIsRenderedOneWayInEnglishAndComesAfterProbability()
    {
        var words = data.Inevitability.Words.Select(w => w.Text).ToList();
        Assert.True(words.IndexOf("вероятности") < words.IndexOf("неизбежности"), string.Join(", ", words));
        var inevitability = data.Inevitability.Words.Single(w => w.Text == "неизбежности");
        var english = Assert.Single(inevitability.Renderings, r => r.Language == "en");
        Assert.Equal("inevitability", english.Text);
        Assert.Equal(RenderingsFixture.ArticlesWriting("peskov-2024-02", "D.U1", "inevitability").Order(StringComparer.Ordinal), english.ArticleIds);
    }

    [Fact]
    public void AWordATranslationLeavesOutIsListedAsUnrendered()
    {
        // EIR: "we have to talk not about the probability": nothing stands for нужно (need / should).
        var need = data.Inevitability.Words.Single(w => w.Text == "нужно");
        Assert.Contains("D12_eir_en", need.Unrendered);
        Assert.DoesNotContain(need.Renderings.SelectMany(r => r.ArticleIds), need.Unrendered.Contains);
    }

    [Fact]
    public void MacronsExcluIsRuledOutExcludedOrExclude()
    {
        var analysis = data.Macron;
        var group = RenderingsFixture.GoldGroup(analysis, "macron-2024-02", "C.U2");
        var renderings = analysis.Renderings(group);
        Assert.Equal("fr", renderings.OriginalLanguage);
        var exclu = Assert.Single(renderings.Words, w => w.Text == "exclu");
        var inGroup = group.Members.Select(m => m.ArticleId).ToHashSet(StringComparer.Ordinal);
        foreach (var english in new[] { "ruled out", "excluded", "exclude" })
        {
            var expected = RenderingsFixture.ArticlesWriting("macron-2024-02", "C.U2", english).Where(inGroup.Contains).ToList();
            Assert.NotEmpty(expected);
            var rendering = Assert.Single(exclu.Renderings, r => r.Text == english);
            Assert.All(expected, id => Assert.Contains(id, rendering.ArticleIds));
        }

        Assert.Equal("ruled out", exclu.Renderings[0].Text);
        Assert.Contains(exclu.Renderings, r => r.Language == "pt" && r.Text == "excluído");
    }

    [Fact]
    public void MacronsCorpusRendersExcluInItsGroups()
    {
        var all = data.Macron.Renderings();
        Assert.All(all, r => Assert.True(r.OriginalLanguage is null || r.OriginalLanguage != "en"));
        var exclu = all.SelectMany(r => r.Words).Where(w => w.Text == "exclu").SelectMany(w => w.Renderings).Select(r => r.Text).ToList();
        Assert.Contains("ruled out", exclu);
        // "nothing should be excluded" (the C.U2 group); "we cannot exclude anything" is the tail of a sentence that also
        // carries C.U1 and stands in C.U1's group, where no French version has "exclu".
        Assert.Contains("excluded", exclu);
    }

    [Fact]
    public void AGroupInOneLanguageHasNoOriginalAndSaysSo()
    {
        // A shared group of a cross-language corpus in one language has no original either; the sample corpus is English only.
        // (Peskov's "That's how we assess it," now joins its Russian original, so the one-language groups come from Macron's corpus.)
        var oneLanguage = data.Macron.SharedGroups.Where(g => !RenderingFinder.SpansLanguages(g)).ToList();
        Assert.NotEmpty(oneLanguage);
        Assert.All(oneLanguage, g => Assert.False(data.Macron.Renderings(g).HasOriginal, g.Text));
        var sample = Analysis.Run(TestPaths.Data("belgorod-2024-03"));
        var group = sample.SharedGroups.First(g => !RenderingFinder.SpansLanguages(g));
        var renderings = sample.Renderings(group);
        Assert.False(renderings.HasOriginal);
        Assert.Null(renderings.OriginalLanguage);
        Assert.Empty(renderings.Words);
        Assert.Contains("one language", renderings.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(sample.Renderings(), r => r.GroupId == group.Id);
    }

    [Fact]
    public void TheOriginalLanguageCanBeNamed()
    {
        var estonian = data.Peskov.Renderings(data.InevitabilityGroup, "et");
        Assert.Equal("et", estonian.OriginalLanguage);
        Assert.All(estonian.Originals, o => Assert.Equal("et", o.Language));
        Assert.Contains(estonian.Words, w => w.Renderings.Any(r => r.Text == "likelihood"));

        var german = data.Peskov.Renderings(data.InevitabilityGroup, "de");
        Assert.False(german.HasOriginal);
        Assert.Contains("not in the corpus", german.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutABridgeNothingIsMatchedAcrossLanguages()
    {
        var analysis = Analysis.Run(data.Peskov.Corpus, new AnalysisOptions { Bridge = null });
        var spanning = analysis.Groups.Where(RenderingFinder.SpansLanguages).ToList();
        Assert.All(spanning, g => Assert.False(analysis.Renderings(g).HasOriginal));
    }

    [Fact]
    public void TheSameCorpusGivesTheSameRenderings()
    {
        var again = Analysis.Run(TestPaths.Data("peskov-2024-02"));
        var first = data.Peskov.Renderings();
        var second = again.Renderings();
        Assert.Equal(Flatten(first), Flatten(second));
    }

    [Fact]
    public void ReversedMembersGiveTheSameRenderings()
    {
        var group = data.InevitabilityGroup;
        var reversed = new QuoteGroup(group.Id, group.Members.Reverse().ToList());
        Assert.Equal(Flatten([data.Inevitability]), Flatten([data.Peskov.Renderings(reversed)]));
    }

    private static List<string> Flatten(IEnumerable<GroupRenderings> all) =>
        [.. all.SelectMany(g => g.Words.SelectMany(w => w.Renderings.Select(r => $"{g.GroupId}|{g.OriginalLanguage}|{w.Text}|{r.Text}|{r.Language}|{string.Join(",", r.ArticleIds)}")
            .Append($"{g.GroupId}|{w.Text}|unrendered|{string.Join(",", w.Unrendered)}")))];
}
