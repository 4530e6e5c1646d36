using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An attribution after the quote whose speaker phrase is a long title ending in a full name, right before the verb
/// ("“…”, Adviser to the Head of the Office of the President Mykhailo Podolyak tweeted on 2 March", bryansk's
/// novayagazeta.eu) is read: the phrase had more than nine words, so the quote had no attribution and went to the person
/// named before it. Invented people; the sentence is the key's own shape.
/// </summary>
public class SpeakerLongTrailingTitleTests
{
    private const string Story = "Raid\n\nRussian President Marek Volkov referred to the events as a \"terrorist attack\".\n\n";

    [Fact]
    public void A_long_title_ending_in_a_name_before_the_verb_speaks()
    {
        var quote = QuoteFinder.Find(Written(Story + "\"Russia wants to scare its people. Fear your partisans...\", Adviser to the Head of the Office of the President Jan Kowal tweeted on 2 March.", "en"))[^1];

        Assert.Equal("Adviser to the Head of the Office of the President Jan Kowal", quote.Speaker);
        Assert.Equal("Jan Kowal", quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_long_phrase_without_a_name_before_the_verb_is_no_attribution()
    {
        var quote = QuoteFinder.Find(Written(Story + "\"Russia wants to scare its people. Fear your partisans...\", the adviser to the head of the office of the president of the country tweeted on 2 March.", "en"))[^1];

        Assert.NotEqual("the adviser to the head of the office of the president of the country", quote.Speaker);
    }
}
