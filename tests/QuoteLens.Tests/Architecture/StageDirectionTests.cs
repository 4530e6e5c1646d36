using NetArchTest.Rules;
using Xunit.Abstractions;

namespace QuoteLens.Tests.Architecture;

/// <summary>
/// The pipeline reads in one direction: Corpus → Quotes → Grouping → Alignment → Comparison → (Analysis) → Views → Reports,
/// with Text and IO below all. A stage may use the stages before it, never one after it.
/// </summary>
public sealed class StageDirectionTests(ITestOutputHelper output)
{
    /// <summary>The stages in pipeline order; the façade <c>QuoteLens.Analysis</c> (and its options) sits after Comparison.</summary>
    private static readonly string[] Order =
    [
        "QuoteLens.Text",
        "QuoteLens.IO",
        "QuoteLens.Corpus",
        "QuoteLens.Quotes",
        "QuoteLens.Grouping",
        "QuoteLens.Alignment",
        "QuoteLens.Comparison",
        "QuoteLens.Analysis",
        "QuoteLens.Views",
        "QuoteLens.Reports",
    ];

    public static TheoryData<string> Stages() => [.. Order.Where(s => s != "QuoteLens.Analysis")];

    [Theory]
    [MemberData(nameof(Stages))]
    public void AStageUsesNoLaterStage(string stage)
    {
        // Text and IO are one layer: either may use the other, neither may use anything above.
        int index = Array.IndexOf(Order, stage);
        var later = Order.Skip(index + 1).Where(s => !(stage == "QuoteLens.Text" && s == "QuoteLens.IO")).ToArray();
        var result = Types.InAssembly(typeof(Analysis).Assembly)
            .That().ResideInNamespace(stage)
            .ShouldNot().HaveDependencyOnAny(later)
            .GetResult();
        var offenders = result.FailingTypeNames ?? [];
        foreach (var name in offenders)
        {
            output.WriteLine($"{name} uses a later stage than {stage}");
        }

        Assert.True(result.IsSuccessful, $"{stage} uses a later stage: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void EveryTypeOfTheLibraryLivesInAStage()
    {
        var loose = typeof(Analysis).Assembly.GetTypes()
            .Select(t => (Type: t, Namespace: t.Namespace ?? ""))
            .Where(t => t.Namespace.StartsWith("QuoteLens", StringComparison.Ordinal))
            .Where(t => !Order.Any(s => t.Namespace == s || t.Namespace.StartsWith(s + ".", StringComparison.Ordinal)))
            .Where(t => t.Namespace != "QuoteLens" || !(t.Type.Name.StartsWith("Analysis", StringComparison.Ordinal) || t.Type.Name.StartsWith('<')))
            .Select(t => t.Type.FullName)
            .ToList();
        Assert.Empty(loose);
    }

    [Fact]
    public void TheTestFindsABackEdgeWhenThereIsOne()
    {
        // The rule above must be able to fail: Views really do use Comparison, so "Comparison is later than Views" fails.
        var result = Types.InAssembly(typeof(Analysis).Assembly)
            .That().ResideInNamespace("QuoteLens.Views")
            .ShouldNot().HaveDependencyOnAny("QuoteLens.Comparison")
            .GetResult();
        Assert.False(result.IsSuccessful);
    }
}
