using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Russian and Ukrainian official style capitalises an office after the verb ("– заявив Голова Служби безпеки України
/// Василь Малюк", crimean's tv4): the office opens a description that runs through its body to the name, not a run of
/// names that the body's lower-case word ends ("Голова Служби" had been the phrase and "Служби" the speaker). Invented people.
/// </summary>
public class SpeakerCapitalisedCyrillicTitleTests
{
    [Theory]
    [InlineData("uk", "«Морські дрони – наша розробка», – заявив Голова Служби безпеки України Іван Коваль.", "Іван Коваль")]
    [InlineData("uk", "«Морські дрони – наша розробка», – заявив голова Служби безпеки України Іван Коваль.", "Іван Коваль")]
    [InlineData("ru", "«Дроны атаковали мост», — заявил Президент России Иван Ковалев на совещании.", "Иван Ковалев")]
    public void A_capitalised_office_leads_to_the_name(string language, string sentence, string speaker)
    {
        var quote = QuoteFinder.Find(Written("Міст\n\n" + sentence, language))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}
