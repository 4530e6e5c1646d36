using static QuoteLens.Tests.Grouping.GlossaryTesting;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Russian reaches English through English–Russian dictionaries read in reverse, which leave many verbs of news text without
/// a gloss (покарать) or with a wrong one (установить read as "readily", "unsettled"): the bundled glossary gives them, in
/// every inflected form.
/// </summary>
public class RussianGlossaryTests
{
    [Theory]
    [InlineData("покараем", "punish")]
    [InlineData("установили", "identifi")]
    [InlineData("кровавыми", "bloodi")]
    [InlineData("сутки", "day")]
    [InlineData("оккупированных", "occupi")]
    [InlineData("проинформировал", "inform")]
    [InlineData("разворовали", "plunder")]
    [InlineData("задействованы", "deploy")]
    public void InflectedFormsOfNewsVerbsAndAdjectivesHaveTheirGloss(string word, string stem)
    {
        var bridge = GlossaryTesting.Bridge();
        Assert.Contains(stem, bridge.Glosses(word, "ru"));
    }

    [Fact]
    public void ARussianSentenceOfSuchWordsLinksToItsEnglishCounterpart()
    {
        var sentences = new[]
        {
            Sentence("a", "Мы установим и покараем всех, кто разворовал помощь для оккупированных регионов.", "ru"),
            Sentence("b", "We will identify and punish all who plundered the aid for the occupied regions.", "en"),
            Sentence("c", "The ferry company will raise ticket prices for the summer season next year.", "en"),
        };
        var links = CrossLanguageLinker.Link(sentences, GlossaryTesting.Bridge());
        Assert.Contains(links, l => (l.A, l.B) == (0, 1));
        Assert.DoesNotContain(links, l => (l.A, l.B) == (0, 2));
    }
}
