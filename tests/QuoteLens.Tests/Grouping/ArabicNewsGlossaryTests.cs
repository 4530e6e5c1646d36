namespace QuoteLens.Tests.Grouping;

/// <summary>
/// The bundled Arabic glossary gives the words of war and political statements that FreeDict ara-eng lacks or glosses off
/// the news sense ("الوسائل" facility, "أقارب" approximate, "العواقب" subsequent, "القادة" captain), so an Arabic version of a
/// statement and its English version share their English keys.
/// </summary>
public class ArabicNewsGlossaryTests
{
    [Theory]
    [InlineData("الوسائل", "mean")]
    [InlineData("أقارب", "relat")]
    [InlineData("العواقب", "consequ")]
    [InlineData("القادة", "leader")]
    public void TheWordHasItsNewsGloss(string word, string stem)
    {
        var bridge = GlossaryTesting.Bridge();
        Assert.Contains(stem, bridge.Glosses(word, "ar"));
    }

    [Fact]
    public void AnArabicStatementSharesItsEnglishKeysWithItsTranslation()
    {
        var bridge = GlossaryTesting.Bridge();
        var arabic = bridge.Keys("القادة يعرفون العواقب وكل الوسائل", "ar");
        var english = bridge.Keys("The leaders know the consequences and all the means", "en");
        Assert.Equal(["en:consequ", "en:leader", "en:mean"], arabic.Intersect(english).Order(StringComparer.Ordinal));
    }
}
