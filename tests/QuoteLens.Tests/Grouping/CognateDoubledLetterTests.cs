using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A cognate's key is read with doubled letters written once, for words in Latin letters: English, Italian and French
/// double consonants that Spanish, Portuguese and Romanian write once (made-up words and sentences).
/// </summary>
public class CognateDoubledLetterTests
{
    [Theory]
    [InlineData("commission", "en", "comisión", "es")]
    [InlineData("aggressione", "it", "agresiune", "ro")]
    [InlineData("immediatamente", "it", "imediatamente", "pt")]
    [InlineData("attacco", "it", "atacul", "ro")]
    public void ADoublingAloneNoLongerSeparatesCognates(string word, string language, string other, string otherLanguage) =>
        Assert.Equal(BridgeWords.Cognate(word, language), BridgeWords.Cognate(other, otherLanguage));

    [Fact]
    public void ACyrillicWordKeepsItsLetters() =>
        Assert.Equal("ross", BridgeWords.Cognate("россия", "ru"));

    [Fact]
    public void TwoSentencesShareTheCognateOfADoubledWord()
    {
        var bridge = GlossaryTesting.Bridge();
        var english = bridge.Keys("the ministers spoke of an aggression against the village", "en");
        var spanish = bridge.Keys("los ministros hablaron de una agresión contra el pueblo", "es");
        Assert.Contains("cog:agre", english);
        Assert.Contains("cog:agre", spanish);
    }
}
