using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Text;

public class LexiconCacheTests
{
    private static DictionarySource FakeEnglishRussian(string basePath) =>
        new("freedict-eng-rus", basePath, DictionaryFormat.Dictd, "ru", "en", true, "test", "");

    [Fact]
    public void ADictionaryIsParsedOnceThenReadBackFromTheCacheWithTheSameEntries()
    {
        var folder = Directory.CreateTempSubdirectory("quotelens-cache-");
        try
        {
            var basePath = Path.Combine(folder.FullName, "freedict-eng-rus");
            DictdDictionaryTests.WriteDictd(basePath, [
                ("likelihood", "likelihood\n1. вероятность; in all likelihood по всей вероятности\n2. правдоподобие\n"),
                ("clash", "clash\n   [klæʃ] _n. столкновение, стычка\n"),
            ]);
            var source = FakeEnglishRussian(basePath);
            var cache = Path.Combine(folder.FullName, "cache");

            var first = CrossLanguageBridge.Read(source, cache, minimumCachedBytes: 0);
            var second = CrossLanguageBridge.Read(source, cache, minimumCachedBytes: 0);

            Assert.False(first.FromCache);
            Assert.True(second.FromCache);
            Assert.Single(Directory.GetFiles(cache, "*.bin"));
            Assert.Empty(Directory.GetFiles(cache, "*.tmp"));
            Assert.Equal(Flatten(first.Lexicon), Flatten(second.Lexicon));
            Assert.Equal(4, first.Lexicon.Count); // вероятность, правдоподобие, столкновение, стычка
            Assert.Contains("clash", second.Lexicon.Glosses("ru", BridgeWords.Stem("стычка", "ru")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ACorruptOrTruncatedCacheFileIsIgnoredAndRewritten()
    {
        var folder = Directory.CreateTempSubdirectory("quotelens-cache-");
        try
        {
            var basePath = Path.Combine(folder.FullName, "freedict-eng-rus");
            DictdDictionaryTests.WriteDictd(basePath, [("clash", "clash\n   _n. столкновение, стычка\n")]);
            var source = FakeEnglishRussian(basePath);
            var cache = Path.Combine(folder.FullName, "cache");
            var file = LexiconCache.FileFor(source, cache, 0)!;

            Directory.CreateDirectory(cache);
            File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
            Assert.Null(LexiconCache.TryRead(file));
            var read = CrossLanguageBridge.Read(source, cache, minimumCachedBytes: 0);
            Assert.False(read.FromCache);
            Assert.Equal(2, read.Lexicon.Count);

            var whole = File.ReadAllBytes(file);
            Assert.NotNull(LexiconCache.TryRead(file));
            File.WriteAllBytes(file, whole[..^3]);
            Assert.Null(LexiconCache.TryRead(file));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ADictionaryThatChangesGetsAnotherCacheFileAndSmallDictionariesNone()
    {
        var folder = Directory.CreateTempSubdirectory("quotelens-cache-");
        try
        {
            var basePath = Path.Combine(folder.FullName, "freedict-eng-rus");
            DictdDictionaryTests.WriteDictd(basePath, [("clash", "clash\n   _n. столкновение\n")]);
            var source = FakeEnglishRussian(basePath);
            var before = LexiconCache.FileFor(source, folder.FullName, 0);
            DictdDictionaryTests.WriteDictd(basePath, [("clash", "clash\n   _n. столкновение, стычка\n")]);
            var after = LexiconCache.FileFor(source, folder.FullName, 0);

            Assert.NotNull(before);
            Assert.NotEqual(before, after);
            Assert.Null(LexiconCache.FileFor(source, folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> Flatten(Lexicon lexicon) =>
        [.. lexicon.Entries().Select(e => e.Language + "\t" + e.Stem + "\t" + string.Join(";", e.English.Order(StringComparer.Ordinal)))];

    [Fact]
    public void WritingACopyDeletesAllButTheNewestCopiesOfThatDictionaryOnly()
    {
        var folder = Directory.CreateTempSubdirectory("quotelens-cache-");
        try
        {
            var basePath = Path.Combine(folder.FullName, "freedict-eng-rus");
            DictdDictionaryTests.WriteDictd(basePath, [("clash", "clash\n   _n. столкновение, стычка\n")]);
            var source = FakeEnglishRussian(basePath);
            var cache = Path.Combine(folder.FullName, "cache");
            Directory.CreateDirectory(cache);
            // Copies left by five earlier builds, oldest first, and files that are not copies of this dictionary.
            var earlier = Enumerable.Range(0, 5).Select(i => Path.Combine(cache, "freedict-eng-rus-" + new string((char)('A' + i), 24) + ".bin")).ToList();
            for (int i = 0; i < earlier.Count; i++)
            {
                File.WriteAllBytes(earlier[i], [1]);
                File.SetLastWriteTimeUtc(earlier[i], new DateTime(2026, 1, 1 + i, 0, 0, 0, DateTimeKind.Utc));
            }

            var otherDictionary = Path.Combine(cache, "freedict-eng-rus-extra-" + new string('A', 24) + ".bin");
            var notAHash = Path.Combine(cache, "freedict-eng-rus-notes.bin");
            File.WriteAllBytes(otherDictionary, [1]);
            File.WriteAllBytes(notAHash, [1]);

            var read = CrossLanguageBridge.Read(source, cache, minimumCachedBytes: 0);

            Assert.False(read.FromCache);
            var kept = Directory.GetFiles(cache).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
            var expected = new[] { Path.GetFileName(LexiconCache.FileFor(source, cache, 0)!)!, Path.GetFileName(earlier[3]), Path.GetFileName(earlier[4]), Path.GetFileName(otherDictionary), Path.GetFileName(notAHash) }
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, kept);
            Assert.Equal(LexiconCache.KeptPerDictionary, kept.Count(f => f.Length == "freedict-eng-rus-".Length + 24 + 4));
            Assert.True(CrossLanguageBridge.Read(source, cache, minimumCachedBytes: 0).FromCache);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
