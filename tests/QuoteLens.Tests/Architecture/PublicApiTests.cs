using PublicApiGenerator;
using QuoteLens.Tests.Snapshots;

namespace QuoteLens.Tests.Architecture;

/// <summary>
/// The library's public surface is a deliberate choice: any change to it (a type made public by accident, a member
/// renamed) shows as a difference from the approved snapshot, to be reviewed and approved with the change.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void ThePublicApiIsTheApprovedOne()
    {
        var api = typeof(Analysis).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        Snapshot.Match("public-api", api, "txt");
    }

    [Fact]
    public void AccidentalTypesStayInternal()
    {
        var exported = typeof(Analysis).Assembly.GetExportedTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain("SourceRow", exported);
        Assert.DoesNotContain("BlindSourceRow", exported);
        Assert.DoesNotContain("KeyRow", exported);
        Assert.DoesNotContain("TextChars", exported);
        Assert.DoesNotContain("Anchors", exported);
        Assert.DoesNotContain("GroupingEvaluator", exported);
        Assert.Contains("BlindCorpus", exported);
    }
}
