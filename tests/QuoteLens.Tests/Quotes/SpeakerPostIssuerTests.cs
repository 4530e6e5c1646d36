using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A post, a tweet or a message on a channel names its issuer after it, as a statement does ("a Telegram post from the Legion
/// read", "heißt es in einem Telegrammpost von RDK", "in einem Telegram-Beitrag der Legion"): the issuer speaks, not the person
/// the paragraph before named. The sentences are made up in the style of the coverage of the Bryansk raid (the German
/// compound is the one a German outlet's translation of an English wire story wrote); the "Telegrammpost" row failed before (the
/// quote went to the governor named before); the German "Telegram-Beitrag" and English "post from" rows passed before (another
/// rule reads them) and stay as guards. The quote stage keys the acronym as written; the corpus stage reads it as the Corps the article
/// defined it for (the answer key's Telegram post went to the Russian Volunteer Corps).
/// </summary>
public class SpeakerPostIssuerTests
{
    private const string GermanLead = "Später veröffentlichten bewaffnete Männer angeblich vom Russischen Freiwilligenkorps (RDK) eine Online-Erklärung. Der Gouverneur Igor Markov sagte, die Lage sei ruhig.\n\n";

    [Theory]
    [InlineData("de", GermanLead + "„Das Korps kam in die Region, um den Landsleuten Hoffnung zu zeigen“, heißt es in einem Telegrammpost von RDK.", "Das Korps", "RDK")]
    [InlineData("de", GermanLead + "„Das Korps kam in die Region, um den Landsleuten Hoffnung zu zeigen“, heißt es in einem Telegram-Beitrag des Freiwilligenkorps.", "Das Korps", "Russian Volunteer Corps")]
    [InlineData("en", "The Freedom of Russia Legion said it had crossed the border. Governor Igor Markov said the situation was calm.\n\n\"We came to show our compatriots that there is hope,\" a Telegram post from the Legion read.", "We came", "Freedom of Russia Legion")]
    public void ThePostsIssuerSpeaks(string language, string text, string opening, string speaker)
    {
        var quote = QuoteStarting(Written(text, language), opening);
        Assert.Equal(SpeakerNames.Key(speaker), quote.SpeakerKey);
    }
}
