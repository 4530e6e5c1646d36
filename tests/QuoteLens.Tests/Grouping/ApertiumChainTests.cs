using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// The Apertium chains (installed by tests/run.sh: apertium-fr-es, -es-pt, -spa-ita, -es-ro, -eng-spa): inflected words
/// reach English through their lemmas and Spanish, and English words meet them on their own lemmas.
/// </summary>
public class ApertiumChainTests
{
    private static readonly CrossLanguageBridge Bridge = CrossLanguageBridge.Load(TestPaths.Data("lexicons", "glossaries"), DictionaryCatalog.Installed());

    [Fact]
    public void EveryChainIsFoundWhereDebianInstallsIt()
    {
        var chains = DictionaryCatalog.Installed().Where(d => d.Format == DictionaryFormat.ApertiumChain).Select(d => d.Language).ToList();
        Assert.Equal(["en", "es", "fr", "pt", "it", "ro"], chains);
    }

    [Theory]
    [InlineData("Ils veulent la paix", "fr", "veulent", "en:want")]
    [InlineData("Nu putem exclude nimic, a spus el", "ro", "spus", "en:say")]
    [InlineData("Nu putem exclude nimic", "ro", "exclude", "en:exclud")]
    [InlineData("Ele dizia que a guerra", "pt", "dizia", "en:say")]
    [InlineData("La guerra è finita", "it", "guerra", "en:war")]
    [InlineData("They fought bravely", "en", "fought", "en:fight")]
    public void AnInflectedWordReachesItsEnglishLemma(string text, string language, string word, string key)
    {
        Bridge.Prepare([(text, language)]);
        var keys = Bridge.Keys(word, language);
        Assert.True(keys.Contains(key), $"{word}: {string.Join(' ', keys)}");
    }

    [Theory]
    [InlineData("Поэтому отвернулись и пошли на участок", "ru", "пошли", "en:go", "en:low-mind")]
    [InlineData("Они пошли домой", "ru", "пошли", "en:go", "en:platitudin")]
    public void ARussianWordIsReadThroughTheAnalysersLemmasNotAnotherWordsStem(string text, string language, string word, string key, string stemOnly)
    {
        // пошли is пойти (go) or послать; its Snowball stem пошл is also the stem of пошлый (low-minded).
        Bridge.Prepare([(text, language)]);
        var keys = Bridge.Keys(word, language);
        Assert.True(keys.Contains(key), $"{word}: {string.Join(' ', keys)}");
        Assert.DoesNotContain(stemOnly, keys);
    }

    [Theory]
    [InlineData("the Ukrainian-Russian border", "en", "Ukrainian-Russian", "en:ukrainian", "en:russian")]
    [InlineData("участок украинско-российской границы", "ru", "украинско-российской", "en:ukrainian", "en:russian")]
    public void ACompoundNoDictionaryKnowsWholeGivesItsPartsKeys(string text, string language, string word, string first, string second)
    {
        Bridge.Prepare([(text, language)]);
        var keys = Bridge.Keys(word, language);
        Assert.True(keys.Contains(first) && keys.Contains(second), $"{word}: {string.Join(' ', keys)}");
    }

    [Fact]
    public void TheBridgeSaysWhichChainServesALanguage()
    {
        Bridge.Prepare([("Nu putem exclude nimic", "ro")]);
        var report = Bridge.Describe(["en", "ro"]);
        Assert.Contains(report.Languages.Single(l => l.Language == "ro").Sources, s => s.Name == "apertium-ro-es-en" && s.Entries > 0);
        Assert.DoesNotContain(report.Warnings, w => w.StartsWith("ro:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("guerra<n><f><sg>", new[] { "guerra<n>", "guerra<n><f>", "guerra<n><f><sg>" })]
    [InlineData("NATO", new[] { "NATO" })]
    public void AnAnalysisIsSentWithEachRunOfItsTags(string analysis, string[] expected) =>
        Assert.Equal(expected, ApertiumChain.TagPrefixes(analysis));
}
