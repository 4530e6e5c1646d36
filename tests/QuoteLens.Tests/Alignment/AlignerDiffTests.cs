using FsCheck;
using FsCheck.Fluent;
using QuoteLens.Alignment;
using QuoteLens.Text;

namespace QuoteLens.Tests.Alignment;

/// <summary>The aligner's ways around DiffPlex (a common head and tail, nothing left in common) give DiffPlex's own blocks.</summary>
public class AlignerDiffTests
{
    // Few words, so that random versions share words in every way: repeats, moves, changes of one word or of all.
    private static readonly string[] Words = ["the", "killers", "assassins", "are", "carrying", "out", "attacks", "strikes", ",", "."];

    /// <summary>Two non-empty versions (against an empty side DiffPlex also counts its own trailing empty line; the table is the same).</summary>
    private static Arbitrary<(Token[] Centre, Token[] Row)> Versions()
    {
        var version = Gen.Choose(1, 12).SelectMany(n => Gen.Elements(Words).ArrayOf(n)).Select(w => Tokenizer.Tokenize(string.Join(" ", w)).ToArray());
        return version.SelectMany(centre => version.Select(row => (centre, row))).ToArbitrary();
    }

    [Fact]
    public void DifferencesAreTheBlocksDiffPlexFinds() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(Versions(), v =>
            MultiAligner.Differences(v.Centre, v.Row).SequenceEqual(TokenDiff.Blocks(v.Centre, v.Row, t => t.Norm))));

    [Fact]
    public void IdenticalVersionsHaveNoDifferences()
    {
        var tokens = Tokenizer.Tokenize("Putin's killers are carrying out massive attacks.").ToArray();
        Assert.Empty(MultiAligner.Differences(tokens, Tokenizer.Tokenize("Putin’s killers are carrying out massive attacks.").ToArray()));
    }
}
