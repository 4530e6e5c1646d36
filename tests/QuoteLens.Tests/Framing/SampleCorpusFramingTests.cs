using QuoteLens.Cli.Output;
using QuoteLens.Comparison.Framing;

namespace QuoteLens.Tests.Framing;

public class SampleCorpusFramingTests(FramingFixture fixture) : IClassFixture<FramingFixture>
{
    private FramingReport Report => fixture.Report;

    [Theory]
    [InlineData("000", "militant")]
    [InlineData("000", "fighter")]
    [InlineData("001", "militia")]
    [InlineData("003", "militia")]
    [InlineData("002", "volunteer")]
    [InlineData("002", "partisan")]
    [InlineData("002", "resistance group")]
    [InlineData("002", "legionnaire")]
    [InlineData("004", "rebel")]
    [InlineData("004", "insurgent")]
    [InlineData("004", "opposition group")]
    public void EachOutletsOwnLabelsAreCountedUnderThatOutlet(string article, string label)
    {
        var outlet = fixture.Outlet(article);
        Assert.Contains(Report.Labels, l => l.Outlet == outlet && l.Label == label && !l.Quoted && l.Count > 0);
    }

    [Theory]
    [InlineData("militant", "000")]
    [InlineData("partisan", "002")]
    [InlineData("legionnaire", "002")]
    [InlineData("insurgent", "004")]
    public void LabelsOnlyOneOutletUsesStayWithThatOutlet(string label, string article)
    {
        var outlets = Report.Labels.Where(l => l.Label == label).Select(l => l.Outlet).Distinct().ToList();
        Assert.Equal([fixture.Outlet(article)], outlets);
    }

    [Fact]
    public void ModifiersAreKeptWithTheirLabel()
    {
        Assert.Contains(Report.Labels, l => l.Outlet == fixture.Outlet("000") && l.Label == "fighter" && l.Modifier == "anti-Kremlin Russian");
        Assert.Contains(Report.Labels, l => l.Outlet == fixture.Outlet("001") && l.Label == "militia" && l.Modifier == "pro-Kyiv");
        Assert.Contains(Report.Labels, l => l.Outlet == fixture.Outlet("003") && l.Label == "militia" && l.Modifier == "Russian anti-Kremlin");
        Assert.Contains(Report.Labels, l => l.Outlet == fixture.Outlet("004") && l.Label == "opposition group" && l.Modifier == "armed Russian");
    }

    [Fact]
    public void WordsInsideQuotesAreCountedApartFromTheOutletsOwnWords()
    {
        // 002 calls them volunteers and partisans itself; "fighters" only appears in Andriy Yusov's quoted words.
        var fighters = Report.Labels.Where(l => l.Outlet == fixture.Outlet("002") && l.Label == "fighter").ToList();
        Assert.NotEmpty(fighters);
        Assert.All(fighters, l => Assert.True(l.Quoted));
        var article = fixture.Analysis.Corpus.Articles.Single(a => a.Id.StartsWith("002", StringComparison.Ordinal));
        var quotes = fixture.Analysis.Quotes.Where(q => q.ArticleId == article.Id).ToList();
        Assert.All(fighters.SelectMany(l => l.Examples), e => Assert.Contains(quotes, q => q.Start <= e.Start && e.End <= q.End));
    }

    [Theory]
    [InlineData("scum")]
    [InlineData("nationalist formation")]
    public void LabelsOnlyQuotedSpeakersUseAreCountedAsQuoted(string label)
    {
        var uses = Report.Labels.Where(l => l.Label == label).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, l => Assert.True(l.Quoted));
        Assert.All(uses, l => Assert.Equal(fixture.Outlet("004"), l.Outlet));
    }

    [Fact]
    public void ProperNamesThatContainALabelWordAreNotCountedAsLabels()
    {
        var examples = Report.Labels.Where(l => l.Label == "volunteer").SelectMany(l => l.Examples).ToList();
        Assert.NotEmpty(examples);
        Assert.DoesNotContain(examples, e => fixture.Analysis.Article(e.ArticleId).Text[e.End..].TrimStart().StartsWith("Corps", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryExampleQuotesItsArticleAtItsOffsets()
    {
        var examples = Report.Labels.SelectMany(l => l.Examples)
            .Concat(Report.AttributionVerbs.SelectMany(v => v.Examples))
            .Concat(Report.Hedges.SelectMany(h => h.Examples))
            .ToList();
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Equal(e.Text, fixture.Analysis.Article(e.ArticleId).Text[e.Start..e.End]));
    }

    [Theory]
    [InlineData("001", "could not be verified", "could not be verified")]
    [InlineData("001", "it was unclear", "It was unclear")]
    [InlineData("003", "cannot verify", "cannot verify")]
    [InlineData("002", "unconfirmed", "unconfirmed")]
    [InlineData("000", "reportedly", "reportedly")]
    public void HedgesAndVerificationNotesAreFoundPerOutlet(string article, string hedge, string written)
    {
        var found = Report.Hedges.Where(h => h.Outlet == fixture.Outlet(article) && h.Hedge == hedge && !h.Quoted).ToList();
        Assert.NotEmpty(found);
        Assert.Contains(found.SelectMany(h => h.Examples), e => e.Text == written);
    }

    [Fact]
    public void AttributionVerbsShowTheAsymmetryBetweenMoscowAndKyiv()
    {
        var outlet = fixture.Outlet("000");
        var moscow = Assert.Single(Report.AttributionVerbs, v => v.Outlet == outlet && v.Speaker == "Kremlin" && v.Verb == "claimed");
        Assert.Equal("Russia", moscow.Side);
        Assert.StartsWith("Moscow has claimed", moscow.Examples[0].Text, StringComparison.Ordinal);
        var kyiv = Assert.Single(Report.AttributionVerbs, v => v.Outlet == outlet && v.Speaker == "Kyiv" && v.Verb == "said");
        Assert.Equal("Ukraine", kyiv.Side);
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    public void TheDefenceMinistryClaimsWhileOthersSay(string article)
    {
        Assert.Contains(Report.AttributionVerbs, v =>
            v.Outlet == fixture.Outlet(article) && v.Speaker == "Russian Defence Ministry" && v.Side == "Russia" && v.Verb == "claimed" && v.VerbClass == "distancing");
    }

    [Fact]
    public void TheGovernorsTwoSpellingsAreShownWithTheOutletsBehindEach()
    {
        var set = Assert.Single(Report.NameVariants, s => s.Variants.Any(v => v.Spelling == "Starovit"));
        Assert.Equal(["Starovit", "Starovoyt"], set.Variants.Select(v => v.Spelling).Order(StringComparer.Ordinal));
        Assert.Equal([fixture.Outlet("001")], set.Variants.Single(v => v.Spelling == "Starovit").Outlets);
        Assert.Equal(
            new[] { fixture.Outlet("000"), fixture.Outlet("002") }.Order(StringComparer.Ordinal),
            set.Variants.Single(v => v.Spelling == "Starovoyt").Outlets);
        Assert.DoesNotContain(Report.NameVariants, s => s.Variants.Any(v => QuoteLens.Text.StopWords.Contains("en", v.Spelling.ToLowerInvariant())));
    }

    [Fact]
    public void NounsAfterStanceModifiersAreProposedAsCandidateLabels()
    {
        var groups = Assert.Single(Report.CandidateLabels, c => c.Term == "groups");
        Assert.Contains(fixture.Outlet("000"), groups.Outlets);
        Assert.Contains(groups.Examples, e => e.Text == "pro-Ukraine Russian groups");
        Assert.DoesNotContain(Report.CandidateLabels, c => Report.Labels.Any(l => l.Label == c.Term));
    }

    [Fact]
    public void DistinctiveWordsAreStemmedOwnWordsWithoutStopWordsOrNumbers()
    {
        Assert.NotEmpty(Report.DistinctiveTerms);
        Assert.DoesNotContain(Report.DistinctiveTerms, t => QuoteLens.Text.StopWords.Contains("en", t.Term) || t.Term.Any(char.IsDigit));
        // "militant" (2) and "militants" (2) share the stem "milit": counted together, shown as "militant" (equal counts: ordinal order).
        Assert.Contains(Report.DistinctiveTerms, t => t.Outlet == fixture.Outlet("000") && t.Term == "militant" && t.Count == 4 && t.Z > 0);
        foreach (var outlet in Report.DistinctiveTerms.GroupBy(t => t.Outlet))
        {
            Assert.Equal(outlet.OrderByDescending(t => t.Z).Select(t => t.Term), outlet.Select(t => t.Term));
        }
    }

    [Fact]
    public void TheFlatTableCarriesEverySection()
    {
        var rows = FramingRow.From(Report).ToList();
        Assert.Equal(Enum.GetValues<FramingSection>(), rows.Select(r => r.Section).Distinct());
        Assert.Contains(rows, r => r.Section == FramingSection.Hedges && r.Outlet == fixture.Outlet("003") && r.Item == "cannot verify" && r.Count == 1);
        Assert.Equal(Report.Labels.Sum(l => l.Count), rows.Where(r => r.Section == FramingSection.Labels).Sum(r => r.Count));
    }

    [Fact]
    public void TheSameCorpusGivesTheSameJsonAndCsvBytes()
    {
        var again = Analysis.Run(TestPaths.Data("belgorod-2024-03")).Framing(FramingLexicon.Load(TestPaths.Data("lexicons")),
            new FramingOptions(MaxExamples: 1000));
        Assert.Equal(Export(Report, (w, r) => Json.Write(w, r)), Export(again, (w, r) => Json.Write(w, r)));
        Assert.Equal(Export(Report, (w, r) => Csv.Write(w, FramingRow.From(r))), Export(again, (w, r) => Csv.Write(w, FramingRow.From(r))));
    }

    private static byte[] Export(FramingReport report, Action<Stream, FramingReport> write)
    {
        using var stream = new MemoryStream();
        write(stream, report);
        return stream.ToArray();
    }
}
