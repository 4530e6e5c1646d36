using System.Security.Cryptography;
using QuoteLens.Benchmarks.Evaluation;
using QuoteLens.Benchmarks.Generation;
using QuoteLens.Corpus;
using QuoteLens.Tests.Corpus;

namespace QuoteLens.Tests.Benchmarks;

/// <summary>The generator's corpus and answer key agree with each other and with its plan, and a seed fixes every byte.</summary>
public class CorpusGeneratorTests
{
    private const int Articles = 400;

    [Fact]
    public void EveryKeySpanOccursInItsFileAndEveryUnitHasItsPlantedVersions()
    {
        using var folder = new TempFolder();
        var generated = CorpusGenerator.Generate(folder.Path, Articles, seed: 3, TestPaths.Data());
        var key = AnswerKey.Load(folder.File(CorpusGenerator.AnswerKeyFile));

        foreach (var entry in key)
        {
            Assert.Contains(entry.ExactSpan, File.ReadAllText(folder.File(entry.File)), StringComparison.Ordinal);
        }

        var versions = key.GroupBy(e => e.UnitId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.File).Distinct().Count(), StringComparer.Ordinal);
        Assert.Equal(generated.Units.Select(u => (u.Id, u.Versions)).Order(), versions.Select(v => (v.Key, v.Value)).Order());
        Assert.Contains(generated.Units, u => u.Versions >= 5);
        Assert.Contains(generated.Units, u => u.Id.StartsWith("X.", StringComparison.Ordinal));
        Assert.InRange(generated.Units.Count(u => u.Versions == 1) / (double)generated.Units.Count, 0.3, 0.9);
    }

    [Fact]
    public void TheCorpusLoadsCleanlyWithArticlesOfNewsLength()
    {
        using var folder = new TempFolder();
        var generated = CorpusGenerator.Generate(folder.Path, Articles, seed: 4, TestPaths.Data());
        var corpus = CorpusLoader.Load(folder.Path);

        Assert.Equal(Articles, corpus.Articles.Count);
        Assert.Empty(corpus.Skipped);
        Assert.DoesNotContain(corpus.Issues, i => i.File == CorpusLoader.ManifestFile);
        Assert.InRange(generated.Words / (double)Articles, 600, 800);
        Assert.All(corpus.Articles, a => Assert.NotNull(a.Outlet));
        Assert.Contains(corpus.Articles, a => a.Language != "en");
    }

    [Fact]
    public void FillerVocabularyIsVaried()
    {
        using var folder = new TempFolder();
        CorpusGenerator.Generate(folder.Path, Articles, seed: 5, TestPaths.Data());
        var documentFrequency = Directory.EnumerateFiles(folder.Path, "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', '“', '”', '"', '‘', '’', '«', '»').ToLowerInvariant()).Distinct())
            .GroupBy(w => w).Select(g => g.Count()).ToList();

        // Most words are rare: they do not turn up in most articles, so filler does not make every article share rare words.
        Assert.True(documentFrequency.Count > 20_000, $"{documentFrequency.Count} distinct words");
        Assert.True(documentFrequency.Count(n => n > Articles / 2) < 150, $"{documentFrequency.Count(n => n > Articles / 2)} words in over half the articles");
    }

    [Fact]
    public void TheSameSeedWritesTheSameBytesAndAnotherSeedDoesNot()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        using var other = new TempFolder();
        CorpusGenerator.Generate(first.Path, 120, seed: 11, TestPaths.Data());
        CorpusGenerator.Generate(second.Path, 120, seed: 11, TestPaths.Data());
        CorpusGenerator.Generate(other.Path, 120, seed: 12, TestPaths.Data());

        Assert.Equal(Hashes(first.Path), Hashes(second.Path));
        Assert.NotEqual(Hashes(first.Path), Hashes(other.Path));
    }

    [Fact]
    public async Task AFolderRegeneratedWhileAnotherProcessReadsItIsAlwaysReadWhole()
    {
        // Two notebooks (or the kernel test and the notebook test) generate the same corpus into one folder and
        // analyse it at the same time: a reader must never see a file truncated or half written.
        using var parent = new TempFolder();
        string folder = parent.File("corpus");
        CorpusGenerator.Generate(folder, 120, seed: 13, TestPaths.Data());
        // The articles, manifest and key (the marker is the generator's own: it is away while a run replaces files).
        var expected = Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) != ".generated")
            .ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal);

        int reads = 0;
        var mismatches = new List<string>();
        using var stop = new CancellationTokenSource();
        using var firstPass = new ManualResetEventSlim();
        // A thread of its own, not the pool: on a loaded 2-core machine a pooled task may not start before both
        // generators finish, and then nothing would have been read while files were replaced.
        var reader = Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var (file, bytes) in expected)
                {
                    var read = File.ReadAllBytes(file);
                    Interlocked.Increment(ref reads);
                    if (!read.AsSpan().SequenceEqual(bytes))
                    {
                        mismatches.Add(Path.GetFileName(file) + $": {read.Length} bytes, expected {bytes.Length}");
                    }
                }

                firstPass.Set();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        firstPass.Wait(TimeSpan.FromMinutes(1));
        Parallel.For(0, 2, _ => CorpusGenerator.Generate(folder, 120, seed: 13, TestPaths.Data()));
        int readsWhileGenerating = Volatile.Read(ref reads);
        // One more whole pass after the last file was replaced.
        SpinWait.SpinUntil(() => Volatile.Read(ref reads) >= readsWhileGenerating + expected.Count, TimeSpan.FromMinutes(1));
        stop.Cancel();
        await reader;

        Assert.True(reads > expected.Count, $"the reader read {reads} files");
        Assert.Empty(mismatches);
        Assert.Equal(expected.Keys.Append(Path.Combine(folder, ".generated")).Order(StringComparer.Ordinal), Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal));
        Assert.Equal(["corpus"], Directory.EnumerateFileSystemEntries(parent.Path).Select(Path.GetFileName));
        Assert.True(CorpusGenerator.IsGenerated(folder, 120, seed: 13));
    }

    [Fact]
    public void TwoProcessesGeneratingANewFolderAtOnceBothSucceed()
    {
        using var parent = new TempFolder();
        string folder = parent.File("corpus");
        Parallel.For(0, 2, _ => CorpusGenerator.Generate(folder, 60, seed: 14, TestPaths.Data()));

        using var reference = new TempFolder();
        CorpusGenerator.Generate(reference.Path, 60, seed: 14, TestPaths.Data());
        Assert.Equal(Hashes(reference.Path), Hashes(folder));
        Assert.Equal(["corpus"], Directory.EnumerateFileSystemEntries(parent.Path).Select(Path.GetFileName));
    }

    private static List<string> Hashes(string folder) => Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
        .Select(f => Path.GetFileName(f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).ToList();
}
