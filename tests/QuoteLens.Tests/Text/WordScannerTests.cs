using FsCheck;
using FsCheck.Fluent;
using QuoteLens.Text;
using QuoteLens.Text.Languages;

namespace QuoteLens.Tests.Text;

/// <summary>Language identification scans words itself; they must be the tokenizer's words, in the tokenizer's comparison form.</summary>
public class WordScannerTests
{
    // Letters of several scripts, combining marks, digits with separators and the 's'/'h' suffixes, apostrophes, hyphens, dashes, spaces.
    private const string Alphabet = "aeshSHёЁыіїßéçșţñ\u0301\u0903\u064e0123456789'’‘ʼ`´-‐‑—–.,\u00A0\u202F\u00AD\u200B \n\t\"«»";

    [Theory]
    [InlineData("Putin’s anti-Kremlin l’OTAN 1990s 24h 1,200 3.5 ёлка -x x- ‘quoted’")]
    [InlineData("")]
    [InlineData("1990s")]
    [InlineData("24hours")]
    public void FindsTheTokenizersWords(string text) => Assert.Equal(TokenizerWords(text), ScannedWords(text));

    [Fact]
    public void FindsTheTokenizersWordsInAnyText()
    {
        var texts = Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(a => new string(a)).ToArbitrary();
        Prop.ForAll(texts, text => TokenizerWords(text).SequenceEqual(ScannedWords(text))).QuickCheckThrowOnFailure();
    }

    private static List<(int Start, string Norm)> TokenizerWords(string text) =>
        [.. Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).Select(t => (t.Start, t.Norm))];

    private static List<(int Start, string Norm)> ScannedWords(string text)
    {
        var words = new List<(int Start, string Norm)>();
        int position = 0;
        while (WordScanner.NextWord(text, ref position, out int start))
        {
            words.Add((start, string.Concat(text[start..position].Select(WordScanner.Normalize))));
        }

        return words;
    }
}
