using FsCheck;
using FsCheck.Fluent;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Tests.Quotes;

/// <summary>A lazily tokenized window gives exactly the tokens of the whole window, wherever its first cut falls.</summary>
public class TokenWindowTests
{
    // Words, numbers with separators and the 1990s/24h suffixes, apostrophes and hyphens that join words, dashes, dots.
    private const string Alphabet = "ab sh'’-‐—.,1 9\u00A0\u0301\n«»“”";

    [Fact]
    public void ReadsTheTokensOfTheWholeWindowOneByOne()
    {
        var texts = Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(a => new string(a)).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var whole = Tokenizer.Tokenize(text);
            return ReadOneByOne(TokenWindow.Lazy(text, 0, text.Length)).SequenceEqual(whole) && TokenWindow.Lazy(text, 0, text.Length).Count == whole.Count;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    // Each padding puts one joining character right before the first cut (48): ’, -, the s of 1990s, the h of 24h, the comma of 1,200.
    [Theory]
    [InlineData(42)]
    [InlineData(35)]
    [InlineData(22)]
    [InlineData(18)]
    [InlineData(15)]
    [InlineData(47)]
    [InlineData(48)]
    public void ATokenAcrossTheFirstCutIsReadWhole(int padding)
    {
        var text = new string(' ', padding) + "Putin’s anti-Kremlin 1990s 24h 1,200 said";

        var tokens = ReadOneByOne(TokenWindow.Lazy(text, 0, text.Length));

        Assert.Equal(["Putin’s", "anti-Kremlin", "1990s", "24h", "1,200", "said"], tokens.Select(t => t.Text));
    }

    private static List<Token> ReadOneByOne(TokenWindow window)
    {
        var tokens = new List<Token>();
        for (int i = 0; window.Has(i); i++)
        {
            tokens.Add(window[i]);
        }

        return tokens;
    }
}
