using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Romanian reaches English through Apertium's chain over Spanish and a small glossary, French through FreeDict: both leave
/// some general words of news text without a gloss (patrioții, condoleanțe, mărșăluit; reconstruire, ciblage). The bundled
/// glossaries give them (Romanian has no stemmer here: the forms as written).
/// </summary>
public class RomanianFrenchGlossaryTests
{
    [Theory]
    [InlineData("patrioții", "ro", "patriot")]
    [InlineData("condoleanțe", "ro", "condol")]
    [InlineData("condoleanţe", "ro", "condol")]
    [InlineData("mărșăluit", "ro", "march")]
    [InlineData("neonaziști", "ro", "neo-nazi")]
    [InlineData("reconstruire", "fr", "rebuild")]
    [InlineData("ciblage", "fr", "target")]
    public void GeneralNewsWordsHaveTheirGloss(string word, string language, string stem)
    {
        var bridge = GlossaryTesting.Bridge();
        Assert.Contains(stem, bridge.Glosses(word, language));
    }
}
