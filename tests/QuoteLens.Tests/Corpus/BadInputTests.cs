using System.Text;
using QuoteLens.Corpus;

namespace QuoteLens.Tests.Corpus;

/// <summary>Issue 8: a folder of hostile and broken files, generated here. Each bad one is reported by name, the good ones load, nothing throws.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string Story = "Militias Urge Evacuation\n\n“Putin’s killers are carrying out massive attacks,” the statement said.\n";

    private readonly TempFolder _corpus = new();
    private readonly TempFolder _outside = new();

    public BadInputTests()
    {
        _corpus.Write("good.txt", Story);
        _corpus.Write("sub/nested.txt", Story.Replace("Putin’s killers", "Putin’s assassins", StringComparison.Ordinal));
        _corpus.Write("unbalanced.txt", "He said “this never closes.\n\nAnd ‘this neither.\n");
        _corpus.Write("empty.txt", []);
        _corpus.Write("blank.txt", "  \n\n\t \n");
        _corpus.Write("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);
        _corpus.Write("paper.txt", [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, .. "\n1 0 obj\n"u8]);
        _corpus.Write("noise.txt", SeededNoise(4096));
        _corpus.Write("truncated.txt", Encoding.UTF8.GetBytes("Песков сказал: «неизбежность»")[..^1]);
        _corpus.Write("bad-yaml.md", "---\noutlet: [never closed\n---\nThe body is still read.\n");
        _corpus.Write("README.md", "# About this corpus\n");
        _corpus.Write(".hidden.txt", Story);
        _corpus.Write("picture.png", [0x89, (byte)'P', (byte)'N', (byte)'G']);
        _outside.Write("secret.txt", "outside the corpus");
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty.txt", "empty file" },
        { "blank.txt", "only white space" },
        { "image.txt", "PNG image" },
        { "paper.txt", "PDF document" },
        { "noise.txt", "binary data" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void EachBadFileIsSkippedWithAMessageNamingIt(string file, string problem)
    {
        var corpus = CorpusLoader.Load(_corpus.Path);

        var issue = Assert.Single(corpus.Issues, i => i.File == file);
        Assert.Equal(IssueSeverity.Skipped, issue.Severity);
        Assert.Contains(problem, issue.Message, StringComparison.Ordinal);
        Assert.StartsWith(file + ": skipped: ", issue.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(corpus.Articles, a => a.File == file);
    }

    [Fact]
    public void GoodFilesLoadBesideTheBadOnesAndDocumentationHiddenAndOtherFilesAreNotArticles()
    {
        var corpus = CorpusLoader.Load(_corpus.Path);

        Assert.Equal(["bad-yaml", "good", "sub/nested", "truncated", "unbalanced"], corpus.Articles.Select(a => a.Id));
        Assert.Contains("Putin’s assassins", corpus.Find("sub/nested")!.Text, StringComparison.Ordinal);
        Assert.Equal("sub/nested.txt", corpus.Find("sub/nested")!.File);
        Assert.Equal(2, corpus.Find("unbalanced")!.Paragraphs.Count);
        Assert.DoesNotContain(corpus.Issues, i => i.File is "README.md" or ".hidden.txt");
        Assert.Equal(IssueSeverity.Ignored, Assert.Single(corpus.Issues, i => i.File == "picture.png").Severity);
    }

    [Fact]
    public void SubfoldersCanBeLeftOut()
    {
        var corpus = CorpusLoader.Load(_corpus.Path, new CorpusOptions(IncludeSubfolders: false));

        Assert.Null(corpus.Find("sub/nested"));
        Assert.NotNull(corpus.Find("good"));
    }

    [Fact]
    public void TruncatedUtf8IsDecodedWithAReplacementCharacterAndAWarning()
    {
        var corpus = CorpusLoader.Load(_corpus.Path);
        var article = corpus.Find("truncated")!;

        Assert.Equal("utf-8", article.Encoding);
        Assert.Equal("Песков сказал: «неизбежность\uFFFD", article.Text);
        AssertIssue(corpus, "truncated.txt", IssueSeverity.Warning, "incomplete UTF-8");
    }

    [Fact]
    public void BrokenFrontMatterIsAWarningAndTheBodyIsStillRead()
    {
        var corpus = CorpusLoader.Load(_corpus.Path);
        var article = corpus.Find("bad-yaml")!;

        AssertIssue(corpus, "bad-yaml.md", IssueSeverity.Warning, "not valid YAML");
        Assert.Equal("The body is still read.", article.ParagraphText(Assert.Single(article.Paragraphs)));
    }

    [Fact]
    public void ATwentyMegabyteSingleLineLoadsAsOneParagraph()
    {
        var line = string.Concat(Enumerable.Repeat("Kursk and Belgorod were shelled again, “officials” said. ", 360_000));
        _corpus.Write("one-line.txt", line);

        var corpus = CorpusLoader.Load(_corpus.Path);
        var article = corpus.Find("one-line")!;

        Assert.True(article.Text.Length > 20_000_000);
        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Equal(line.TrimEnd(), article.ParagraphText(paragraph));
    }

    [Fact]
    public void AFileOverTheSizeLimitIsSkippedWithAMessageSayingHowToRaiseIt()
    {
        _corpus.Write("long.txt", new string('a', 3 * 1024 * 1024));

        var tight = CorpusLoader.Load(_corpus.Path, new CorpusOptions(MaxFileBytes: 1024 * 1024));
        var roomy = CorpusLoader.Load(_corpus.Path, new CorpusOptions(MaxFileBytes: 4 * 1024 * 1024));

        AssertIssue(tight, "long.txt", IssueSeverity.Skipped, "3 MB, over the 1 MB size limit; raise the limit");
        Assert.NotNull(roomy.Find("long"));
    }

    [Fact]
    public void SymbolicLinksAreNeverFollowedAndThoseLeavingTheCorpusAreReported()
    {
        File.CreateSymbolicLink(_corpus.File("link-out.txt"), _outside.File("secret.txt"));
        File.CreateSymbolicLink(_corpus.File("link-in.txt"), _corpus.File("good.txt"));
        File.CreateSymbolicLink(_corpus.File("dangling.txt"), _corpus.File("gone.txt"));
        Directory.CreateSymbolicLink(_corpus.File("outside-folder"), _outside.Path);

        var corpus = CorpusLoader.Load(_corpus.Path);

        Assert.DoesNotContain(corpus.Articles, a => a.Text.Contains("outside the corpus", StringComparison.Ordinal));
        AssertIssue(corpus, "link-out.txt", IssueSeverity.Skipped, "leaves the corpus folder");
        AssertIssue(corpus, "outside-folder", IssueSeverity.Skipped, "leaves the corpus folder");
        AssertIssue(corpus, "dangling.txt", IssueSeverity.Skipped, "broken symbolic link");
        AssertIssue(corpus, "link-in.txt", IssueSeverity.Warning, "'good.txt'");
        Assert.Null(corpus.Find("link-in"));
    }

    [Fact]
    public void AFileThatCannotBeOpenedIsSkippedAndTheRestLoads()
    {
        var path = _corpus.Write("locked.txt", Story);

        ArticleCorpus corpus;
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            corpus = CorpusLoader.Load(_corpus.Path);
        }

        AssertIssue(corpus, "locked.txt", IssueSeverity.Skipped, "cannot be read (");
        Assert.NotNull(corpus.Find("good"));
    }

    /// <summary>
    /// Tests run as root here, and root reads a chmod-000 file anyway: then the honest assertion is that it loads.
    /// As any other user the file must be reported as unreadable. Either way the test asserts what must hold.
    /// </summary>
    [Fact]
    public void PermissionsAreHonoured()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only; Windows ACLs are not modelled here.
        }

        var file = _corpus.Write("private/closed.txt", Story);
        File.SetUnixFileMode(file, UnixFileMode.None);
        bool readable = CanRead(file);
        try
        {
            var corpus = CorpusLoader.Load(_corpus.Path);
            if (readable)
            {
                Assert.NotNull(corpus.Find("private/closed"));
            }
            else
            {
                AssertIssue(corpus, "private/closed.txt", IssueSeverity.Skipped, "permission denied");
            }

            Assert.NotNull(corpus.Find("good"));
        }
        finally
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void TheResultDoesNotDependOnParallelism()
    {
        var one = CorpusLoader.Load(_corpus.Path, new CorpusOptions(MaxParallelism: 1));
        var many = CorpusLoader.Load(_corpus.Path, new CorpusOptions(MaxParallelism: 8));

        Assert.Equal(one.Issues, many.Issues);
        Assert.Equal(one.Articles.Select(Fingerprint), many.Articles.Select(Fingerprint));
    }

    [Fact]
    public void AMissingFolderIsAClearError()
    {
        var missing = _corpus.File("no-such-corpus");

        var error = Assert.Throws<DirectoryNotFoundException>(() => CorpusLoader.Load(missing));

        Assert.Equal($"{missing}: no such corpus folder", error.Message);
    }

    public void Dispose()
    {
        _corpus.Dispose();
        _outside.Dispose();
    }

    /// <summary>Asserts that exactly one issue names <paramref name="file"/>, with this severity and a message containing <paramref name="fragment"/>.</summary>
    private static void AssertIssue(ArticleCorpus corpus, string file, IssueSeverity severity, string fragment)
    {
        var issue = Assert.Single(corpus.Issues, i => i.File == file && i.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Equal(severity, issue.Severity);
    }

    private static string Fingerprint(Article a) =>
        $"{a.Id}|{a.File}|{a.ContentHash}|{a.Encoding}|{a.Title}|{string.Join(",", a.Paragraphs.Select(p => $"{p.Start}-{p.End}"))}|{string.Join(";", a.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))}";

    private static byte[] SeededNoise(int length)
    {
        var bytes = new byte[length];
        new Random(8).NextBytes(bytes);
        bytes[10] = 0;
        return bytes;
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
