using System.Text.Json;

namespace QuoteLens.Tests.Cli;

/// <summary>`--dictionary PATH` and the bridge each command that groups reports (the installed dictionaries: see .ci/run).</summary>
public class DictionaryOptionTests
{
    [Fact]
    public void AlignSaysWhichBridgeEachLanguagePairUsedAndWarnsForLanguagesWithoutADictionary()
    {
        var result = CliRunner.Run("align", "data/peskov-2024-02", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("quotelens: bridge en-ru: ru→en (glossary ru-en, mueller7, freedict-eng-rus)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("quotelens: bridge en-fr: fr→en (glossary fr-en, freedict-fra-eng, apertium-fr-es-en)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("quotelens: warning: et: no dictionary installed, only the bundled glossary", result.Stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(result.Stdout);
        var bridges = doc.RootElement.GetProperty("bridges");
        var pairs = bridges.GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("languages").GetString()).ToList();
        Assert.Equal(["en-et", "en-fr", "en-ro", "en-ru", "et-fr", "et-ro", "et-ru", "fr-ro", "fr-ru", "ro-ru"], pairs);
        Assert.Equal(1, bridges.GetProperty("warnings").GetArrayLength());
        Assert.Contains("quotelens: bridge en-ro: ro→en (glossary ro-en, apertium-ro-es-en)", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("align")]
    [InlineData("renderings")]
    [InlineData("diff")]
    [InlineData("framing")]
    [InlineData("report")]
    [InlineData("quotes")]
    public void EveryCommandThatGroupsTakesDictionaryAndNamesAMissingOne(string command)
    {
        string[] more = command == "diff" ? ["--group", "G01"] : [];
        var result = CliRunner.Run([command, "data/peskov-2024-02", .. more, "--dictionary", "/nonexistent/freedict-spa-eng", "--dictionary", "/usr/share/dictd/freedict-fra-eng"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("quotelens: /nonexistent/freedict-spa-eng: dictionary not found (expected /nonexistent/freedict-spa-eng.index and .dict.dz, or an apertium-rus-ukr folder)", result.Stderr.Trim());
    }

    [Fact]
    public void AnAddedDictionaryIsUsed()
    {
        var folder = Directory.CreateTempSubdirectory("quotelens-cli-dict-");
        try
        {
            QuoteLens.Tests.Text.DictdDictionaryTests.WriteDictd(Path.Combine(folder.FullName, "freedict-ron-eng"), [("războiul", "războiul\nwar\n")]);
            var result = CliRunner.Run("align", "data/peskov-2024-02", "--format", "json", "--dictionary", Path.Combine(folder.FullName, "freedict-ron-eng.index"));
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("quotelens: bridge en-ro: ro→en (glossary ro-en, freedict-ron-eng, apertium-ro-es-en)", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("warning: ro:", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
