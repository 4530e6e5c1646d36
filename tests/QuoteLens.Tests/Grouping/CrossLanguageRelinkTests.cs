using static QuoteLens.Tests.Quotes.QuoteTestArticles;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// After grouping cuts a few sentences, the linker links the sentences as cut again from what its earlier run keyed
/// (<see cref="CrossLanguageLinker.Relink"/>): the links are those a run of its own finds.
/// </summary>
public sealed class CrossLanguageRelinkTests : IDisposable
{
    private const string Merged = "Les soldats défendront la frontière contre chaque attaque, et nous resterons longtemps avec nos camarades.";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "quotelens-relink-" + Guid.NewGuid().ToString("N"));

    public CrossLanguageRelinkTests()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "fr-en.tsv"),
        [
            "soldats\tsoldiers", "défendront\tdefend", "frontière\tborder", "attaque\tattack",
            "resterons\tstay", "longtemps\tlong", "camarades\tcomrades", "chaque\tevery",
        ]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void LinkingAgainAfterACutFindsWhatAFreshRunFinds()
    {
        var bridge = CrossLanguageBridge.Load(folder, []);
        var others = new[]
        {
            Sentence("b", 0, "The soldiers will defend the border against every attack.", "en"),
            Sentence("b", 100, "We will stay a long while with our comrades.", "en"),
            Sentence("c", 0, "Soldiers defend the border against every attack, and we stay long with comrades.", "en"),
            Sentence("d", 0, "Les soldats défendront la frontière.", "fr"),
        };
        var merged = Sentence("a", 0, Merged, "fr");
        var before = Assert.IsType<LinkedTexts>(CrossLanguageLinker.Link([merged, .. others], bridge));
        Assert.NotEmpty(before);

        // The merged sentence cut at its comma; every other sentence is the same quote as before.
        int comma = Merged.IndexOf(',', StringComparison.Ordinal);
        var cut = new[] { Sentence("a", 0, Merged[..comma], "fr"), Sentence("a", comma + 2, Merged[(comma + 2)..], "fr") };
        Quote[] after = [.. others.Take(2), cut[0], .. others.Skip(2), cut[1]];

        var again = Assert.IsType<LinkedTexts>(CrossLanguageLinker.Relink(after, bridge, before));
        var fresh = Assert.IsType<LinkedTexts>(CrossLanguageLinker.Link(after, bridge));
        Assert.Equal(fresh.Select(l => (l.A, l.B, l.Similarity)), again.Select(l => (l.A, l.B, l.Similarity)));
        for (int i = 0; i < after.Length; i++)
        {
            Assert.Equal(fresh.WordCount(i), again.WordCount(i));
        }

        // The earlier run's memory served: nothing was prepared afresh.
        Assert.Same(before.Keyed!.Run, again.Keyed!.Run);
        Assert.NotSame(before.Keyed.Run, fresh.Keyed!.Run);
    }
}
