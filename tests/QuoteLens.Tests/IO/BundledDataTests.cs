using QuoteLens.Comparison.Framing;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.IO;

namespace QuoteLens.Tests.IO;

/// <summary>The bundled data (lexicons, glossaries, the sample corpus) is found beside the library, whatever the current folder.</summary>
public sealed class BundledDataTests
{
    [Theory]
    [InlineData("data/lexicons", "labels.tsv")]
    [InlineData("data/lexicons/glossaries", "ru-en.tsv")]
    [InlineData(BundledData.SampleCorpus, "articles.csv")]
    public void EveryBundledFolderIsBesideTheLibraryAndMatchesTheRepository(string relative, string marker)
    {
        var found = BundledData.Find(relative, marker);

        Assert.NotNull(found);
        Assert.StartsWith(Path.GetDirectoryName(typeof(BundledData).Assembly.Location)!, found, StringComparison.Ordinal);
        var repository = Path.Combine(TestPaths.Root, relative);
        Assert.Equal(
            Directory.GetFiles(repository).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(found).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(repository, marker)), File.ReadAllBytes(Path.Combine(found, marker)));
    }

    [Fact]
    public void TheCurrentFolderPlaysNoPart()
    {
        // The repository is above the test's folder: walking up from there (or from the current folder) would find it.
        Assert.Null(BundledData.Find(".", "QuoteLens.sln"));

        Assert.DoesNotContain(TestPaths.Root, BundledData.Roots);
        Assert.Equal(CrossLanguageBridge.Load(TestPaths.Data("lexicons", "glossaries")).EntryCount, CrossLanguageBridge.Default.EntryCount);
        Assert.Equal(FramingLexicon.Load(TestPaths.Data("lexicons")).Labels.Count, FramingLexicon.Default.Labels.Count);
    }

    [Fact]
    public void AMissingFolderIsAnErrorThatSaysWhatIsMissingAndWhere()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => BundledData.Require("data/nothing-here", "x.tsv", "test lists"));

        Assert.StartsWith("the bundled test lists are missing: no data/nothing-here/x.tsv in ", e.Message, StringComparison.Ordinal);
        Assert.Contains(BundledData.Roots[0], e.Message, StringComparison.Ordinal);
        Assert.EndsWith("the kit's installation is incomplete (rebuild or reinstall it)", e.Message, StringComparison.Ordinal);
    }
}
