using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Where and how someone spoke may stand between the speech verb and the colon that leads into the quote ("Putin said in a
/// recorded televised address:", "وقال بوتين، في كلمة متلفزة مسجلة:", mobilization's alraeesnews): the phrase of up to eight words
/// is no distance from the quote. Five words had cut the lead-in off, and the quote went to the next person the article named.
/// Invented people.
/// </summary>
public class SpeakerAdverbialLeadInTests
{
    [Theory]
    [InlineData("en", "Kowal said in a recorded televised address: \"I consider it necessary to support the proposal of the ministry\".\n\nNowak said: \"Our losses to this day are small\".", "Kowal")]
    [InlineData("ar", "وقال كوفال، في كلمة متلفزة مسجلة: \"أعتبر أنه من الضروري دعم اقتراح وزارة الدفاع بالتعبئة الجزئية للمواطنين\".\n\nوقال نوفاك: \"خسائرنا حتى اليوم قليلة جدا\".", "كوفال")]
    public void The_subject_of_the_verb_speaks_the_quote_after_the_colon(string language, string text, string speaker)
    {
        var quote = QuoteFinder.Find(Written(text, language))[0];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}
