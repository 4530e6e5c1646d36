using static QuoteLens.Tests.Quotes.QuoteTestArticles;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Names written in Arabic letters meet their Latin and Cyrillic spellings through consonant skeletons, in the linker's
/// word matches between an Arabic sentence and one of another script only (made-up sentences).
/// </summary>
public class ArabicNameSkeletonTests
{
    private static readonly string Glossaries = TestPaths.Data("lexicons", "glossaries");

    [Theory]
    [InlineData("بيلاروس", "BLRS")]
    [InlineData("لوكاشينكو", "LKSNK")]
    [InlineData("نافالني", "NFLN")]
    [InlineData("وبيلغورود", "BLGRD")]
    public void AnArabicNameGivesItsConsonantSkeleton(string word, string skeleton) =>
        Assert.Contains(skeleton, BridgeWords.ArabicSkeletons(word));

    [Theory]
    [InlineData("belarus", "en", "BLRS")]
    [InlineData("беларусь", "ru", "BLRS")]
    [InlineData("lukashenko", "en", "LKSNK")]
    [InlineData("лукашенко", "uk", "LKSNK")]
    [InlineData("navalny", "en", "NFLN")]
    [InlineData("belgorod", "de", "BLGRD")]
    [InlineData("putin", "en", null)]
    public void ALatinOrCyrillicNameGivesTheSameSkeleton(string word, string language, string? skeleton) =>
        Assert.Equal(skeleton, BridgeWords.LatinSkeleton(word, language));

    [Fact]
    public void AnArabicSentenceLinksThroughTheNamesItSpellsInArabicLetters()
    {
        // Without the names only "terrorist" and "enter" match (two words of five): the skeletons of Lukashenko and Belarus
        // make four.
        var sentences = new[]
        {
            Sentence("a", 0, "Lukashenko said the terrorists could not enter Belarus", "en"),
            Sentence("b", 0, "قال لوكاشينكو إن الإرهابيين لم يتمكنوا من دخول بيلاروس", "ar"),
        };
        var bridge = CrossLanguageBridge.Load(Glossaries, DictionaryCatalog.Installed());
        var links = CrossLanguageLinker.Link(sentences, bridge);
        Assert.Contains(links, l => (l.A, l.B) == (0, 1));
    }

    [Fact]
    public void TwoLatinNamesAlikeInConsonantsDoNotMatchBySkeleton()
    {
        // "Lakschenko" and "Bolaris" have the skeletons of Lukashenko and Belarus, but skeletons join an Arabic word to
        // another script only: the German sentence matches "terrorist" and "can" only.
        var sentences = new[]
        {
            Sentence("a", 0, "Lukashenko said the terrorists could not enter Belarus", "en"),
            Sentence("b", 0, "Lakschenko sagte, die Terroristen konnten nicht nach Bolaris", "de"),
            Sentence("c", 0, "قال لوكاشينكو إن الإرهابيين لم يتمكنوا من دخول بيلاروس", "ar"),
        };
        var bridge = CrossLanguageBridge.Load(Glossaries, DictionaryCatalog.Installed());
        var links = CrossLanguageLinker.Link(sentences, bridge);
        Assert.DoesNotContain(links, l => (l.A, l.B) == (0, 1));
    }
}
