using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A sentence that opens with the speaker's name and sets off an aside before the verb (the question put to him, a
/// relative clause: "Putin, zapytany, czy …, w którym wysłałby rosyjskie wojska do Polski, członka NATO, odpowiedział",
/// carlson's radiopik) gives the quote to that name: the aside's last clause had been the phrase, and a country or a
/// capitalised German noun in it the speaker. Invented people; the sentences are the key's shapes.
/// </summary>
public class SpeakerAsideTests
{
    [Theory]
    [InlineData("pl", "Kowal, zapytany, czy wyobraża sobie scenariusz, w którym wysłałby wojska do Polski, członka NATO, odpowiedział: – Tylko w jednym przypadku, jeśli Polska zaatakuje.")]
    [InlineData("de", "Kowal, gefragt nach einem Szenario, in dem er Truppen nach Polen schicken würde, antwortete: „Nur in einem Fall, wenn Polen angreift.“")]
    [InlineData("en", "Kowal, asked about Volkov, the Ukrainian president, said: “He is not legitimate at all.”")]
    public void The_name_before_the_aside_speaks(string language, string sentence)
    {
        var quote = QuoteFinder.Find(Written("Interview\n\n" + sentence, language))[^1];

        Assert.Equal("Kowal", quote.Speaker);
    }

    [Fact]
    public void Without_an_aside_the_appositive_name_still_speaks()
    {
        var quote = QuoteFinder.Find(Written("Interview\n\nIn Moscow, Jan Kowal, the spokesman, said: “He is not legitimate at all.”", "en"))[^1];

        Assert.Equal("Jan Kowal", quote.CanonicalSpeaker);
    }
}
