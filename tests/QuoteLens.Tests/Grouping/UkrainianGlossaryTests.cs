using static QuoteLens.Tests.Grouping.GlossaryTesting;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Ukrainian reaches English through Russian (the Apertium pair's lemmas, then the Russian dictionaries), which leaves words
/// of news text the pair does not know, or whose Russian lemma the dictionaries lack, without a gloss: the bundled glossary
/// gives them, in their inflected forms.
/// </summary>
public class UkrainianGlossaryTests
{
    [Theory]
    [InlineData("нейтралізувати", "neutralis")]
    [InlineData("розформували", "disband")]
    [InlineData("втікачі", "fugit")]
    [InlineData("мовчить", "silent")]
    [InlineData("пам'ятаємо", "rememb")]
    [InlineData("авіакатастрофи", "crash")]
    [InlineData("прикордонній", "border")]
    public void InflectedFormsOfNewsWordsHaveTheirGloss(string word, string stem)
    {
        var bridge = GlossaryTesting.Bridge();
        Assert.Contains(stem, bridge.Glosses(word, "uk"));
    }

    [Fact]
    public void AUkrainianSentenceOfSuchWordsLinksToItsEnglishCounterpart()
    {
        var sentences = new[]
        {
            Sentence("a", "Ми пам'ятаємо авіакатастрофу і не мовчимо: втікачів біля прикордонної застави нейтралізували.", "uk"),
            Sentence("b", "We remember the crash and are not silent: the fugitives near the border post were neutralised.", "en"),
            Sentence("c", "The ferry company will raise ticket prices for the summer season next year.", "en"),
        };
        var links = CrossLanguageLinker.Link(sentences, GlossaryTesting.Bridge());
        Assert.Contains(links, l => (l.A, l.B) == (0, 1));
        Assert.DoesNotContain(links, l => (l.A, l.B) == (0, 2));
    }
}
