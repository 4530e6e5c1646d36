using QuoteLens.Corpus;

namespace QuoteLens.Tests.Corpus;

/// <summary>articles.csv in a temp corpus: the manifest wins, unknown columns are kept, and every unusable row is reported.</summary>
public sealed class ManifestTests : IDisposable
{
    private const string FrontMatter = "---\noutlet: \"Front Outlet\"\nlanguage: \"fr\"\ndate: \"2024-02-26\"\nevent: \"C\"\n---\nMacron a dit que « rien ne doit être exclu ».\n";

    private readonly TempFolder _corpus = new();
    private readonly TempFolder _outside = new();

    public ManifestTests()
    {
        _corpus.Write("a.txt", FrontMatter);
        _corpus.Write("b.txt", "Second article.\n");
        _corpus.Write("sub/c.txt", "Third article.\n");
        _corpus.Write("d.md", "Fourth article.\n");
        _corpus.Write("d.txt", "Fourth article again, as text.\n");
        _outside.Write("x.txt", "Outside.\n");
    }

    [Fact]
    public void TheManifestWinsWhereBothSpeakAndEmptyCellsDoNotSpeak()
    {
        WriteManifest("file,outlet,language,published,desk\na.txt,Manifest Outlet,,2024-02-27,Paris\n");

        var article = Load().Find("a")!;

        Assert.Equal("Manifest Outlet", article.Outlet);
        Assert.Equal("fr", article.Language);
        Assert.Equal(new DateOnly(2024, 2, 27), article.Published);
        Assert.Equal("Paris", article.Metadata["desk"]);
        Assert.Equal("C", article.Metadata["event"]);
        Assert.Equal("text", article.Metadata["source-format"]);
    }

    [Fact]
    public void AManifestWithoutAFileColumnIsIgnoredWithAWarning()
    {
        WriteManifest("name,outlet\na.txt,Nobody\n");

        var corpus = Load();

        Assert.Equal("Front Outlet", corpus.Find("a")!.Outlet);
        Assert.Contains(corpus.Issues, i => i.File == "articles.csv" && i.Message.StartsWith("no 'file' column (columns: name, outlet)", StringComparison.Ordinal));
        Assert.Equal(5, corpus.Articles.Count);
    }

    [Fact]
    public void UnusableRowsAreReportedByLineAndTheRestOfTheManifestCounts()
    {
        WriteManifest(string.Join('\n',
            "file,outlet",
            "a.txt,First",
            "missing.txt,Ghost",
            "a.txt,Again",
            "../x.txt,Escaped",
            _outside.File("x.txt") + ",Absolute",
            "C:\\corpus\\x.txt,Drive",
            ",No file",
            "sub\\c.txt,Backslashes,extra cell",
            "b.txt,Fine"));

        var corpus = Load();
        var manifestIssues = corpus.Issues.Where(i => i.File == "articles.csv").Select(i => i.Message).ToList();

        Assert.Equal("First", corpus.Find("a")!.Outlet);
        Assert.Equal("Backslashes", corpus.Find("sub/c")!.Outlet);
        Assert.Equal("Fine", corpus.Find("b")!.Outlet);
        Assert.DoesNotContain(corpus.Articles, a => a.Text.Contains("Outside.", StringComparison.Ordinal));
        Assert.Contains("line 3: 'missing.txt' is listed but no such article file exists", manifestIssues);
        Assert.Contains("line 4: 'a.txt' is listed again (first on line 2); row ignored", manifestIssues);
        Assert.Contains("line 5: '../x.txt' is an absolute path or leaves the corpus folder; row ignored", manifestIssues);
        Assert.Contains(manifestIssues, m => m.StartsWith("line 6: '/", StringComparison.Ordinal) && m.EndsWith("leaves the corpus folder; row ignored", StringComparison.Ordinal));
        Assert.Contains("line 7: 'C:\\corpus\\x.txt' is an absolute path or leaves the corpus folder; row ignored", manifestIssues);
        Assert.Contains("line 8: no file name; row ignored", manifestIssues);
        Assert.Contains("line 9 has 3 fields but the header has 2; the extra fields were ignored", manifestIssues);
        Assert.Contains("2 article file(s) not listed (d.md, d.txt); they were loaded with their own metadata only", manifestIssues);
        Assert.All(corpus.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
    }

    [Theory]
    [InlineData("./b.txt")]
    [InlineData("sub/../b.txt")]
    [InlineData("sub//../b.txt")]
    [InlineData(".//b.txt")]
    public void AnyPathThatNamesAFileInTheFolderFindsIt(string spelling)
    {
        WriteManifest($"file,outlet\n{spelling},Spelled\n");

        var corpus = Load();

        Assert.Equal("Spelled", corpus.Find("b")!.Outlet);
        Assert.DoesNotContain(corpus.Issues, i => i.Message.Contains("listed but no such", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2024-02-27T10:00:00+01:00", 2024, 2, 27)]
    [InlineData(" 2024-02-27 (from URL)", 2024, 2, 27)]
    [InlineData("2023-02-29", 0, 0, 0)]
    [InlineData("2024-13-01", 0, 0, 0)]
    [InlineData("0000-01-01", 0, 0, 0)]
    [InlineData("٢٠٢٤-٠٢-٢٧", 0, 0, 0)]
    [InlineData("13 March 2024", 2024, 3, 13)]
    public void PublishedDatesAreReadOnlyWhenTheyAreRealDates(string published, int year, int month, int day)
    {
        WriteManifest($"file,published\nb.txt,{published}\n");

        var article = Load().Find("b")!;

        Assert.Equal(year == 0 ? null : new DateOnly(year, month, day), article.Published);
    }

    [Fact]
    public void DuplicateIdsFallBackToThePathAndSaySo()
    {
        WriteManifest("file,id\na.txt,same\nb.txt,same\n");

        var corpus = Load();

        Assert.Equal("a.txt", corpus.Find("same")!.File);
        Assert.Equal("b.txt", corpus.Find("b")!.File);
        Assert.Contains(corpus.Issues, i => i.File == "b.txt" && i.Message == "id 'same' is already used by a.txt; this article's id is 'b'");
        Assert.Equal("d.md", corpus.Find("d")!.File);
        Assert.Equal("d.txt", corpus.Find("d.txt")!.File);
        Assert.Equal(corpus.Articles.Count, corpus.Articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AManifestWithAByteOrderMarkAndQuotedCellsIsRead()
    {
        _corpus.Write("articles.csv", [0xEF, 0xBB, 0xBF, .. "file,title\r\nb.txt,\"Kremlin: \"\"inevitable\"\", not \"\"probable\"\"\"\r\n"u8]);

        Assert.Equal("Kremlin: \"inevitable\", not \"probable\"", Load().Find("b")!.Title);
    }

    [Fact]
    public void MalformedCsvIsAWarningNotAnException()
    {
        WriteManifest("file,outlet\nb.txt,\"never closed\na.txt,Fine\n");

        var corpus = Load();

        Assert.Equal(5, corpus.Articles.Count);
        Assert.Contains(corpus.Issues, i => i.File == "articles.csv" && i.Message.StartsWith("line 2: a quote (\") is never closed", StringComparison.Ordinal));
        Assert.Equal("never closed", corpus.Find("b")!.Outlet);
        Assert.Equal("Fine", corpus.Find("a")!.Outlet);
    }

    public void Dispose()
    {
        _corpus.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public void AnUnclosedQuoteIsReportedOnItsOwnLineAndTheRowsAfterItAreKept()
    {
        WriteManifest("file,outlet,notes\na.txt,First,\"a note that never ends\nb.txt,Second,\"a note, quoted\"\nd.md,Fourth,\n");

        var corpus = Load();
        var manifestIssues = corpus.Issues.Where(i => i.File == "articles.csv").Select(i => i.Message).ToList();

        Assert.Equal("First", corpus.Find("a")!.Outlet);
        Assert.Equal("a note that never ends", corpus.Find("a")!.Metadata["notes"]);
        Assert.Equal("Second", corpus.Find("b")!.Outlet);
        Assert.Equal("a note, quoted", corpus.Find("b")!.Metadata["notes"]);
        Assert.Equal("Fourth", corpus.Find("d")!.Outlet);
        Assert.Contains("line 2: a quote (\") is never closed; closed at the end of the line, and the rows after it were read", manifestIssues);
        Assert.DoesNotContain(manifestIssues, m => m.StartsWith("line 5", StringComparison.Ordinal) || m.Contains("malformed", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuotedFieldOverSeveralLinesIsStillOneField()
    {
        WriteManifest("file,outlet,notes\na.txt,First,\"line one\nline two\"\nb.txt,Second,\n");

        var corpus = Load();

        Assert.Equal("line one\nline two", corpus.Find("a")!.Metadata["notes"]);
        Assert.Equal("Second", corpus.Find("b")!.Outlet);
        Assert.DoesNotContain(corpus.Issues, i => i.Message.Contains("never closed", StringComparison.Ordinal));
    }

    private void WriteManifest(string csv) => _corpus.Write("articles.csv", csv);

    private ArticleCorpus Load() => CorpusLoader.Load(_corpus.Path);
}
