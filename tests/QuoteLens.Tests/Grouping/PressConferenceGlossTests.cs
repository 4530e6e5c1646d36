namespace QuoteLens.Tests.Grouping;

/// <summary>
/// The bundled glossaries give the words of a leader's "I said: I agree" and of a raid across the border in the hidden set's
/// languages, where the installed dictionaries gave none or only a noun ("einverstanden" okay, "згоден" nothing, "دخلت"
/// income, "села" selenium, "Armadas" navy).
/// </summary>
public class PressConferenceGlossTests
{
    [Theory]
    [InlineData("einverstanden", "de", "agre")]
    [InlineData("accord", "fr", "agre")]
    [InlineData("согласен", "ru", "agre")]
    [InlineData("згоден", "uk", "agre")]
    [InlineData("موافق", "ar", "agre")]
    [InlineData("дрг", "ru", "sabotag")]
    [InlineData("обстрелы", "ru", "shell")]
    [InlineData("села", "uk", "villag")]
    [InlineData("військові", "uk", "militari")]
    [InlineData("armadas", "pt", "arm")]
    [InlineData("دخلت", "ar", "enter")]
    [InlineData("بيان", "ar", "statement")]
    [InlineData("الفيلق", "ar", "legion")]
    public void TheWordHasItsGloss(string word, string language, string stem)
    {
        var bridge = GlossaryTesting.Bridge();
        Assert.Contains(stem, bridge.Glosses(word, language));
    }
}
