using QuoteLens.Comparison.Framing;

namespace QuoteLens.Tests.Framing;

public sealed class LexiconFileTests : IDisposable
{
    private static readonly string Body =
        "Patriots from the border region crossed into Belgorod on Tuesday, and the rebels said they held two villages.\n\n" +
        "“We are patriots, not rebels,” a commander said. The claims could not be verified.\n";

    private readonly TempFolder _corpus = new TempFolder().With("a.txt", TempFolder.Article("Outlet A", Body));
    private readonly TempFolder _lexicon = TempFolder.CopyOfBundledLexicon();

    public void Dispose()
    {
        _corpus.Dispose();
        _lexicon.Dispose();
    }

    [Fact]
    public void AddingALabelToTheFileChangesTheCounts()
    {
        var before = RunWithTempLexicon();
        Assert.DoesNotContain(before.Labels, l => l.Label == "patriot");
        Assert.Contains(before.Labels, l => l.Label == "rebel" && !l.Quoted);

        File.AppendAllText(Path.Combine(_lexicon.Path, "labels.tsv"), "patriot\tpatriot|patriots\tarmed-group-member\ttest corpus\n");
        var after = RunWithTempLexicon();

        var own = Assert.Single(after.Labels, l => l.Label == "patriot" && !l.Quoted);
        var quoted = Assert.Single(after.Labels, l => l.Label == "patriot" && l.Quoted);
        Assert.Equal(("Outlet A", 1, "Patriots"), (own.Outlet, own.Count, own.Examples[0].Text));
        Assert.Equal((1, "patriots"), (quoted.Count, quoted.Examples[0].Text));
    }

    [Fact]
    public void EditingTheSpeakersFileGivesAnUnknownSpeakerASide()
    {
        var before = RunWithTempLexicon();
        var raw = Assert.Single(before.AttributionVerbs, v => v.Speaker == "a commander");
        Assert.Null(raw.Side);

        File.AppendAllText(Path.Combine(_lexicon.Path, "speakers.tsv"), "Legion command\tcommander\tRussian armed groups\ttest corpus\n");
        var after = RunWithTempLexicon();
        var named = Assert.Single(after.AttributionVerbs, v => v.Speaker == "Legion command");
        Assert.Equal(("Russian armed groups", "said"), (named.Side, named.Verb));
    }

    [Fact]
    public async Task TheToolStopsWithExitCode1OnABadLexiconFolder()
    {
        File.WriteAllText(Path.Combine(_lexicon.Path, "hedges.tsv"), "hedge\n");
        Assert.Equal(1, await QuoteLens.Cli.QuoteLensApp.RunAsync(["framing", _corpus.Path, "--lexicon", _lexicon.Path]));
        Assert.Equal(1, await QuoteLens.Cli.QuoteLensApp.RunAsync(["framing", _corpus.Path, "--lexicon", Path.Combine(_lexicon.Path, "missing")]));
    }

    [Fact]
    public void ABadHeaderIsReportedWithTheFileName()
    {
        using var lexicon = new TempFolder().With("labels.tsv", "label\tforms\nmilitant\tmilitants\n");
        var error = Assert.Throws<InvalidDataException>(() => FramingLexicon.Load(lexicon.Path));
        Assert.Contains("labels.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("class", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFolderIsReportedByName()
    {
        var missing = Path.Combine(Path.GetTempPath(), "quotelens-no-such-lexicon");
        var error = Assert.Throws<DirectoryNotFoundException>(() => FramingLexicon.Load(missing));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBundledLexiconSaysWhereEveryEntryCameFrom()
    {
        var lexicon = FramingLexicon.Load(TestPaths.Data("lexicons"));
        var all = lexicon.Labels.Concat(lexicon.Modifiers).Concat(lexicon.Names).Concat(lexicon.Speakers).Concat(lexicon.Verbs).Concat(lexicon.Hedges).ToList();
        Assert.All(all, e => Assert.False(string.IsNullOrWhiteSpace(e.Source), e.Entry));
        Assert.All(all, e => Assert.Contains(e.Forms, f => f == f.ToLowerInvariant()));
    }

    private FramingReport RunWithTempLexicon() => Analysis.Run(_corpus.Path).Framing(FramingLexicon.Load(_lexicon.Path));
}
