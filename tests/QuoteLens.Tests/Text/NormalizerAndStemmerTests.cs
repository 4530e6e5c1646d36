using QuoteLens.Text.Languages;
using QuoteLens.Text.Stemming;

namespace QuoteLens.Tests.Text;

public class NormalizerAndStemmerTests
{
    [Theory]
    [InlineData("l’OTAN", "fr", "otan")]
    [InlineData("qu'il", "fr", "il")]
    [InlineData("jusqu’au", "fr", "au")]
    [InlineData("Putin’s", "en", "putin")]
    [InlineData("Ещё", "ru", "еще")]
    [InlineData("Її", "uk", "її")]
    [InlineData("Straße", "de", "strasse")]
    [InlineData("l'", "fr", "l'")]
    public void NormalisesForMatching(string token, string language, string expected) =>
        Assert.Equal(expected, Normalizer.ForMatching(token, language));

    [Theory]
    [InlineData("України", "Україну")]
    [InlineData("переговорів", "переговорах")]
    [InlineData("вірогідності", "вірогідності")]
    public void UkrainianLightStemmerConflatesInflections(string a, string b) =>
        Assert.Equal(Stemmer.For("uk").Stem(a), Stemmer.For("uk").Stem(b));

    [Fact]
    public void UkrainianLightStemmerKeepsThreeLetters() => Assert.Equal("мир", Stemmer.For("uk").Stem("миру"));

    [Theory]
    [InlineData("xx", "und")]
    [InlineData(null, "und")]
    [InlineData("EN-gb", "en")]
    [InlineData("ru+en (code-switched)", "ru")]
    public void ForFindsTheStemmerByCodeAndFallsBackToIdentity(string? language, string expected) =>
        Assert.Equal(expected, Stemmer.For(language).Language);

    [Fact]
    public void IdentityStemmerOnlyLowerCases() => Assert.Equal("οτάν", Stemmer.For("el").Stem("ΟΤΆΝ"));

    [Fact]
    public void StemmersAreThreadSafe()
    {
        var words = File.ReadAllLines(TestPaths.TestData("stemmer-vocabularies", "russian", "voc.txt")).Take(4000).ToArray();
        var stemmer = Stemmer.For("ru");
        var sequential = words.Select(stemmer.Stem).ToArray();
        var parallel = words.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(stemmer.Stem).ToArray();
        Assert.Equal(sequential, parallel);
    }
}
