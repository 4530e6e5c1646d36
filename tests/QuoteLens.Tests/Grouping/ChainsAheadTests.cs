using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// The Apertium chains run ahead of <see cref="CrossLanguageBridge.Prepare"/> (grouping starts them as it starts) change no
/// key: what they gave is taken only for the words Prepare sends, and nothing shows before Prepare.
/// </summary>
public class ChainsAheadTests
{
    private static CrossLanguageBridge Fresh() => CrossLanguageBridge.Load(TestPaths.Data("lexicons", "glossaries"), DictionaryCatalog.Installed());

    [Theory]
    [InlineData("Ils veulent la paix et ils disent non", "fr", "veulent")]
    [InlineData("Nu putem exclude nimic, a spus el", "ro", "spus")]
    [InlineData("They fought bravely and said nothing", "en", "fought")]
    public void WordsSentAheadGiveTheKeysPrepareAloneGives(string text, string language, string word)
    {
        var ahead = Fresh();
        ahead.RunChainsAhead([(text, language), ("a second language", language == "en" ? "fr" : "en")]);
        ahead.Prepare([(text, language)]);
        var alone = Fresh();
        alone.Prepare([(text, language)]);
        Assert.Equal(alone.Keys(word, language), ahead.Keys(word, language));
        Assert.Equal(alone.Keys(text, language), ahead.Keys(text, language));
    }

    [Fact]
    public void AWordSentAheadButNotPreparedGivesNoMoreThanAWordNeverSent()
    {
        var ahead = Fresh();
        ahead.RunChainsAhead([("Ils veulent la paix", "fr"), ("peace", "en")]);
        ahead.Prepare([("la paix", "fr")]);
        var alone = Fresh();
        alone.Prepare([("la paix", "fr")]);
        Assert.Equal(alone.Keys("veulent", "fr"), ahead.Keys("veulent", "fr"));
    }

    [Fact]
    public void AOneLanguageCorpusSendsNothingAhead()
    {
        var bridge = Fresh();
        bridge.RunChainsAhead([("Ils veulent la paix", "fr"), ("Ils disent non", "fr")]);
        bridge.Prepare([("Frieden", "de")]); // waits for any run ahead
        var chain = bridge.Describe(["fr"]).Languages.Single().Sources.Single(s => s.Name.StartsWith("apertium", StringComparison.Ordinal));
        Assert.Equal(TimeSpan.Zero, chain.LoadTime);
    }
}
