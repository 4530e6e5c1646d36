using FsCheck;
using FsCheck.Fluent;
using QuoteLens.Comparison.Framing;

namespace QuoteLens.Tests.Framing;

public class WeightedLogOddsTests
{
    // Outlet A writes "rebels" 3 times and "militants" once; outlet B the other way round.
    // Corpus: n = 8, each word 4 times; prior scale 1 gives α_w = 4, α_0 = 8. For A and "rebels":
    // δ = ln((3+4)/(4+8−3−4)) − ln((1+4)/(4+8−1−4)) = ln(7/5) − ln(5/7) = 0.67294447…
    // σ² = 1/(3+4) + 1/(1+4) = 0.34285714…, z = δ/σ = 1.14927148…
    private const double HandDelta = 0.6729444732424258;
    private const double HandZ = 1.1492714809232922;

    [Fact]
    public void MatchesAHandComputationOnATinyCorpus()
    {
        using var corpus = new TempFolder()
            .With("a.txt", TempFolder.Article("A", "Rebels rebels rebels militants."))
            .With("b.txt", TempFolder.Article("B", "Militants militants militants rebels."));
        var report = Analysis.Run(corpus.Path).Framing(FramingLexicon.Load(TestPaths.Data("lexicons")),
            new FramingOptions(MinTermCount: 1, PriorScale: 1.0));

        var a = Assert.Single(report.DistinctiveTerms, t => t.Outlet == "A" && t.Term == "rebels");
        Assert.Equal((3, 1), (a.Count, a.OthersCount));
        Assert.Equal(HandDelta, a.LogOdds, 12);
        Assert.Equal(HandZ, a.Z, 12);

        var aOther = Assert.Single(report.DistinctiveTerms, t => t.Outlet == "A" && t.Term == "militants");
        Assert.Equal(-HandDelta, aOther.LogOdds, 12);
        Assert.Equal("rebels", report.DistinctiveTerms.First(t => t.Outlet == "A").Term);
        Assert.Equal("militants", report.DistinctiveTerms.First(t => t.Outlet == "B").Term);
    }

    [Fact]
    public void WithTwoOutletsEachWordsScoreIsTheOthersNegated() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 50).Four()), counts =>
        {
            var (a1, a2, b1, b2) = counts;
            var groups = new List<(string, IReadOnlyDictionary<string, int>)>
            {
                ("A", new Dictionary<string, int> { ["w"] = a1 + 1, ["v"] = a2 + 1 }),
                ("B", new Dictionary<string, int> { ["w"] = b1 + 1, ["v"] = b2 + 1 }),
            };
            var terms = WeightedLogOdds.Compute(groups, 0.5, 10, 1);
            var a = terms.Single(t => t.Outlet == "A" && t.Term == "w");
            var b = terms.Single(t => t.Outlet == "B" && t.Term == "w");
            return Math.Abs(a.LogOdds + b.LogOdds) < 1e-9 && Math.Abs(a.Z + b.Z) < 1e-9;
        }).QuickCheckThrowOnFailure();
}
