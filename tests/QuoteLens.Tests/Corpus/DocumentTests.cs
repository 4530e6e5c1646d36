using QuoteLens.Corpus;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Corpus;

/// <summary>Articles saved as PDF and Word files: read with their text and properties, offsets into the extracted text, grouped with the text versions.</summary>
public sealed class DocumentTests : IDisposable
{
    private static readonly string[] Story =
    [
        "Pro-Kyiv Militias Urge Russians in Border Regions to Evacuate",
        "Anti-Kremlin militia groups fighting on the side of Ukraine have urged civilians in western Russia's Belgorod and Kursk regions to evacuate.",
        "\"Putin's assassins are carrying out massive strikes on peaceful Ukrainian cities, putting their positions between your homes, your children's schools and government institutions,\" read a joint statement published by the Freedom of Russia Legion, Russian Volunteer Corps and Siberian Battalion on Wednesday.",
        "\"In this regard, we are forced to fire upon military positions located in the cities of Belgorod and Kursk,\" the joint statement continued.",
        "\"We urge the local authorities to save human lives and begin evacuating the cities of the Kursk region and Belgorod region.\"",
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void APdfIsReadWithItsTextLayerTitleAndOffsetsIntoTheExtractedText()
    {
        _folder.Write("story.pdf", DocumentFixtures.Pdf("Militias urge evacuation", Story));

        var corpus = CorpusLoader.Load(_folder.Path);

        var article = Assert.Single(corpus.Articles);
        Assert.Equal("story", article.Id);
        Assert.Equal("Militias urge evacuation", article.Title);
        Assert.Equal("pdf", article.Metadata["source-format"]);
        Assert.Equal("PDF text layer", article.Encoding);
        foreach (var paragraph in Story)
        {
            Assert.Contains(paragraph, article.Text, StringComparison.Ordinal);
        }

        var quotes = QuoteFinder.Find(article);
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(q.Text, article.Text[q.Start..q.End]));
        Assert.StartsWith("Putin's assassins are carrying out massive strikes", quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordDocumentIsReadWithItsParagraphsTitleAndAuthor()
    {
        _folder.Write("story.docx", DocumentFixtures.Docx("Militias urge evacuation", "A. Reporter", Story));

        var corpus = CorpusLoader.Load(_folder.Path);

        var article = Assert.Single(corpus.Articles);
        Assert.Equal(string.Join("\n\n", Story), article.Text);
        Assert.Equal("Militias urge evacuation", article.Title);
        Assert.Equal("A. Reporter", article.Metadata["author"]);
        Assert.Equal("docx", article.Metadata["source-format"]);
        Assert.Equal(5, article.Paragraphs.Count);
        Assert.All(QuoteFinder.Find(article), q => Assert.Equal(q.Text, article.Text[q.Start..q.End]));
    }

    [Fact]
    public void AScannedPdfWithoutATextLayerIsSkippedAndSaysSo()
    {
        _folder.Write("scan.pdf", DocumentFixtures.ScannedPdf(2));

        var corpus = CorpusLoader.Load(_folder.Path);

        Assert.Empty(corpus.Articles);
        var issue = Assert.Single(corpus.Issues);
        Assert.Equal(IssueSeverity.Skipped, issue.Severity);
        Assert.Equal("scanned PDF with no text layer (2 page(s), 0 image(s), no letters); run OCR on it first (e.g. ocrmypdf) to read it", issue.Message);
    }

    [Fact]
    public void ABrokenPdfOrDocxIsSkippedWithTheReason()
    {
        _folder.Write("broken.pdf", "%PDF-1.7\nnot really a PDF"u8.ToArray());
        _folder.Write("broken.docx", "PK not really a zip"u8.ToArray());

        var corpus = CorpusLoader.Load(_folder.Path);

        Assert.Empty(corpus.Articles);
        Assert.StartsWith("cannot be read as a PDF file (", Assert.Single(corpus.Issues, i => i.File == "broken.pdf").Message, StringComparison.Ordinal);
        Assert.StartsWith("cannot be read as a Word .docx file (", Assert.Single(corpus.Issues, i => i.File == "broken.docx").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFileTypesAreListedAsIgnored()
    {
        _folder.Write("a.txt", "\"We urge the local authorities to save human lives,\" the statement said.\n");
        _folder.Write("photo.png", [0x89, 0x50, 0x4E, 0x47]);
        _folder.Write("sheet.xlsx", [0x50, 0x4B]);
        _folder.Write("Makefile", "all:\n");
        _folder.Write("README.md", "# notes\n");

        var corpus = CorpusLoader.Load(_folder.Path);

        Assert.Single(corpus.Articles);
        Assert.Equal(
            [
                "Makefile: ignored: a file without an extension is not an article (articles are .txt, .md, .html, .htm, .pdf, .docx); not read",
                "photo.png: ignored: a .png file is not an article (articles are .txt, .md, .html, .htm, .pdf, .docx); not read",
                "sheet.xlsx: ignored: a .xlsx file is not an article (articles are .txt, .md, .html, .htm, .pdf, .docx); not read",
            ],
            corpus.Issues.Where(i => i.Severity == IssueSeverity.Ignored).Select(i => i.ToString()));
        Assert.Empty(corpus.Skipped);
    }

    [Fact]
    public void PdfAndWordVersionsOfAStatementGroupWithTheTextVersions()
    {
        foreach (var name in new[] { "000_54b2d773a46bd3c5.txt", "002_075d7a39d208f3b7.txt" })
        {
            File.Copy(TestPaths.Data("belgorod-2024-03", name), _folder.File(name));
        }

        _folder.Write("moscow-times.pdf", DocumentFixtures.Pdf("Pro-Kyiv Militias Urge Russians in Border Regions to Evacuate", Story));
        _folder.Write("moscow-times-copy.docx", DocumentFixtures.Docx("Pro-Kyiv Militias Urge Russians", "Desk", Story.Select(p => p.Replace("\"", "\u201C", StringComparison.Ordinal))));

        var analysis = Analysis.Run(_folder.Path);

        var statement = Assert.Single(analysis.SharedGroups, g => g.Members.Any(m => m.Text.Contains("assassins", StringComparison.Ordinal)));
        var articles = statement.Members.Select(m => m.ArticleId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["000_54b2d773a46bd3c5", "002_075d7a39d208f3b7", "moscow-times", "moscow-times-copy"], articles);
    }
}
