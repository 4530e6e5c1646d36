using static QuoteLens.Tests.Grouping.GlossaryTesting;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Estonian has no packaged dictionary: the bundled glossary is its bridge, so an Estonian sentence of everyday political
/// vocabulary links to its English counterpart and not to a different English sentence.
/// </summary>
public class EstonianGlossaryTests
{
    [Fact]
    public void AnEstonianSentenceLinksToItsEnglishCounterpart()
    {
        var sentences = new[]
        {
            Sentence("a", "Valitsus otsustas jätkata toetust, sest olukord piiril on ohtlik.", "et"),
            Sentence("b", "The government decided to continue its support because the situation on the border is dangerous.", "en"),
            Sentence("c", "The ferry company will raise ticket prices for the summer season next year.", "en"),
        };
        var links = CrossLanguageLinker.Link(sentences, GlossaryTesting.Bridge());
        Assert.Contains(links, l => (l.A, l.B) == (0, 1));
        Assert.DoesNotContain(links, l => (l.A, l.B) == (0, 2));
    }

    [Fact]
    public void InflectedFormsOfALongWordShareItsGloss()
    {
        var bridge = GlossaryTesting.Bridge();
        Assert.Contains("govern", bridge.Glosses("valitsusele", "et"));
        Assert.Contains("negoti", bridge.Glosses("läbirääkimistel", "et"));
    }
}
