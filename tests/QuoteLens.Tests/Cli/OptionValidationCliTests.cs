using QuoteLens.Tests.Corpus;

namespace QuoteLens.Tests.Cli;

/// <summary>Bad option values stop the tool with one line that names the option, the value and the choices; never a silent fallback.</summary>
public sealed class OptionValidationCliTests
{
    private static readonly string Belgorod = TestPaths.Data("belgorod-2024-03");

    [Fact]
    public void AnUnknownFormatNamesTheChoices()
    {
        var result = CliRunner.Run("align", Belgorod, "--format", "xml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--format: unknown value 'xml'; choose one of: table, json, csv", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("QuoteLens.Cli.Output.OutputFormat", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatNamesAreCaseInsensitive()
    {
        var result = CliRunner.Run("align", Belgorod, "--format", "JSON");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    public void ANonPositiveMaxFileSizeIsRefused(string value)
    {
        var result = CliRunner.Run("--max-file-size", value, "align", Belgorod);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"--max-file-size: {value} is not a positive number of megabytes; give a whole number of at least 1", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownBaseArticleNamesTheArticlesOfTheGroup()
    {
        var result = CliRunner.Run("diff", Belgorod, "--group", "G01", "--base", "nosuch");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("quotelens: --base: 'nosuch' is not an article with a version in group G01; choose one of: 000_54b2d773a46bd3c5, 001_ca753d6c7bf6b6cc, 002_075d7a39d208f3b7, 003_08015ba3fedcfacf",
            result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void GroupIdsAndBaseArticlesAreCaseInsensitive()
    {
        var lower = CliRunner.Run("diff", Belgorod, "--group", "g01", "--base", "001_CA753D6C7BF6B6CC", "--format", "json");
        var upper = CliRunner.Run("diff", Belgorod, "--group", "G01", "--base", "001_ca753d6c7bf6b6cc", "--format", "json");

        Assert.Equal(0, lower.ExitCode);
        Assert.Contains("\"base\": \"001_ca753d6c7bf6b6cc\"", lower.Stdout, StringComparison.Ordinal);
        Assert.Equal(upper.Stdout, lower.Stdout);
    }

    [Fact]
    public void AnUnknownGroupNamesTheRangeOfGroups()
    {
        var result = CliRunner.Run("renderings", TestPaths.Data("peskov-2024-02"), "--group", "g999");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"quotelens: --group: no group 'g999' in peskov-2024-02; its groups are G01 to G\d+ \(see `quotelens align`\)", result.Stderr);
    }

    [Fact]
    public void AnUnknownOriginalLanguageNamesTheLanguagesToChooseFrom()
    {
        var result = CliRunner.Run("renderings", TestPaths.Data("peskov-2024-02"), "--original", "xx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("quotelens: --original: 'xx' is not a language the kit knows or one of the corpus's quotes; choose one of: ar, de, en, es, et, fr, it, nl, pl, pt, ro, ru, uk", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFolderIsAnErrorWithItsOwnExitCode()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("align", folder.Path);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"quotelens: no articles found in {folder.Path} (the folder holds no article files; articles are .txt, .md, .html, .htm, .pdf, .docx)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderOfUnreadableFilesSaysWhatWasSkippedAndIgnored()
    {
        using var folder = new TempFolder();
        folder.Write("scan.pdf", DocumentFixtures.ScannedPdf(1));
        folder.Write("photo.jpg", [0xFF, 0xD8, 0xFF]);

        var result = CliRunner.Run("corpus", folder.Path);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("quotelens: scan.pdf: skipped: scanned PDF with no text layer (1 page(s), 0 image(s), no letters); run OCR on it first (e.g. ocrmypdf) to read it", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("quotelens: photo.jpg: ignored: a .jpg file is not an article", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("quotelens: no articles found in " + folder.Path + " (1 file(s) skipped, 1 ignored;", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpCallsTheToolQuotelens()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("quotelens [command] [options]", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("QuoteLens.Cli", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("-f, --format <table|json|csv>", CliRunner.Run("align", "--help").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReportTakesALexiconFolderLikeFramingAndAMissingOneIsAnError()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(TestPaths.Data("lexicons"), "*.tsv"))
        {
            File.Copy(file, folder.File(Path.GetFileName(file)));
        }

        folder.Write("labels.tsv", "entry\tforms\tclass\tsource\nmilitia\tmilitias\tlabel\ttest\n");

        var missing = CliRunner.Run("report", "--lexicon", folder.File("nothing"), "-o", folder.File("x.html"));
        var custom = CliRunner.Run("report", "--lexicon", folder.Path, "-o", folder.File("custom.html"));
        var bundled = CliRunner.Run("report", "-o", folder.File("bundled.html"));

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains($"quotelens: --lexicon: {folder.File("nothing")}: no such lexicon folder", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, custom.ExitCode);
        var customHtml = File.ReadAllText(folder.File("custom.html"));
        var bundledHtml = File.ReadAllText(folder.File("bundled.html"));
        Assert.Contains(">Legionnaires<", bundledHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(">Legionnaires<", customHtml, StringComparison.Ordinal);
    }
}
