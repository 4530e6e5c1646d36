using System.Text;
using FsCheck;
using FsCheck.Fluent;
using QuoteLens.Corpus;

namespace QuoteLens.Tests.Corpus;

/// <summary>Real articles from the bundled corpora, saved in other encodings: each is detected or honestly guessed, never mojibake.</summary>
public sealed class EncodingTests : IDisposable
{
    private readonly TempFolder _corpus = new();

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("peskov-2024-02", "D01_dzen_eadaily_ru.txt", "windows-1251")]
    [InlineData("peskov-2024-02", "D02_readovka_ru.txt", "koi8-r")]
    [InlineData("peskov-2024-02", "D05_svpressa_everywherenews_ru.txt", "windows-1251")]
    [InlineData("peskov-2024-02", "D05_svpressa_everywherenews_ru.txt", "koi8-r")]
    [InlineData("macron-2024-02", "C01_francetvinfo_fr.txt", "windows-1252")]
    [InlineData("macron-2024-02", "C16_rtp_pt.txt", "windows-1252")]
    public void LegacyEncodingsAreGuessedFromLetterStatisticsAndSaidToBeGuesses(string corpusName, string file, string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(File.ReadAllText(TestPaths.Data(corpusName, file)));
        _corpus.Write(file, bytes);

        var corpus = CorpusLoader.Load(_corpus.Path);
        var article = Assert.Single(corpus.Articles);

        Assert.Equal(encoding, article.Encoding);
        Assert.Equal(Encoding.GetEncoding(encoding).GetString(bytes), article.Text);
        var issue = Assert.Single(corpus.Issues, i => i.Message.Contains("guessed", StringComparison.Ordinal));
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Contains(encoding, issue.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, int> Marked => new()
    {
        { "utf-8-bom", 0 },
        { "utf-16le", 1 },
        { "utf-16be", 2 },
        { "utf-32le", 3 },
    };

    [Theory]
    [MemberData(nameof(Marked))]
    public void ByteOrderMarksAreHonouredWithoutWarnings(string name, int which)
    {
        Encoding[] encodings = [new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true)];
        var text = File.ReadAllText(TestPaths.Data("peskov-2024-02", "D04_russiasnews_ru_en_mixed.txt"));
        _corpus.Write("marked.txt", [.. encodings[which].GetPreamble(), .. encodings[which].GetBytes(text)]);

        var corpus = CorpusLoader.Load(_corpus.Path);
        var article = Assert.Single(corpus.Articles);

        Assert.Equal(name, article.Encoding);
        Assert.Equal(text, article.Text);
        Assert.Equal("russiasnews.com (partially machine-translated; Russian and English mixed in one paragraph)", article.Outlet);
        Assert.DoesNotContain(corpus.Issues, i => i.Message.Contains("decoded", StringComparison.Ordinal));
    }

    [Fact]
    public void Utf16WithoutAByteOrderMarkIsRecognisedAsAGuess()
    {
        _corpus.Write("plain16.txt", Encoding.Unicode.GetBytes("Macron said nothing “can be ruled out.”\n"));

        var corpus = CorpusLoader.Load(_corpus.Path);

        Assert.Equal("utf-16le", Assert.Single(corpus.Articles).Encoding);
        Assert.Contains(corpus.Issues, i => i.File == "plain16.txt" && i.Message.Contains("no byte-order mark", StringComparison.Ordinal));
    }

    [Fact]
    public void DoubleEncodedTextIsFlagged()
    {
        var original = File.ReadAllText(TestPaths.Data("macron-2024-02", "C06_ktsa_ap_en.txt"));
        var mojibake = Encoding.GetEncoding("windows-1252").GetString(Encoding.UTF8.GetBytes(original));
        _corpus.Write("mojibake.txt", mojibake);

        var corpus = CorpusLoader.Load(_corpus.Path);

        Assert.Contains(corpus.Issues, i => i.File == "mojibake.txt" && i.Message.Contains("double-encoded", StringComparison.Ordinal));
    }

    [Fact]
    public void AnyTextRoundTripsThroughUtf8AndUtf16()
    {
        Prop.ForAll(Arb.From(Gen.Elements(Pieces).ArrayOf().Select(string.Concat)), text =>
        {
            var utf8 = TextDecoder.TryDecode(Encoding.UTF8.GetBytes(text), null, out var a, out _) ? a.Text : null;
            var utf16 = TextDecoder.TryDecode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], null, out var b, out _) ? b.Text : null;
            return (text.Length == 0 || utf8 == text) && (text.Length == 0 || utf16 == text);
        }).QuickCheckThrowOnFailure();
    }

    public void Dispose() => _corpus.Dispose();

    private static readonly string[] Pieces = ["a", "Z", " ", "0", ".", "\t", "\n", "\r", "'", "\"", "“", "”", "’", "«", "»", "„", "—", "…", "é", "ç", "ã", "ß", "П", "ё", "Ё", "€", "😀", "\u00A0"];
}
