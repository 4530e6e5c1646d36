using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// When an article names no speaker the attributor can read, its quotes fell back on the subjects of its sentences, and a common
/// noun capitalised only because it opens a sentence or a subhead was taken for a name ("Rumores de movilización circulaban
/// entre los rusos.", "Referéndums en regiones ocupadas", mobilization's diariocordoba: six quotes of Putin's went to
/// "Rumores"). A word that stands only where a sentence opens is no such name; a name that also stands mid-sentence still is.
/// </summary>
public class SpeakerSentenceOpenerTests
{
    [Fact]
    public void A_word_that_only_opens_sentences_speaks_no_quote()
    {
        const string text =
            "Rumores de movilización circulaban entre los rusos desde hace semanas.\n\n" +
            "\"Solo se reclutará a aquellos ciudadanos que estén en la reserva y que hayan servido en las fuerzas armadas\".";

        Assert.All(QuoteFinder.Find(Written(text, "es")), q => Assert.NotEqual("Rumores", q.CanonicalSpeaker));
    }

    [Fact]
    public void A_word_that_also_stands_mid_sentence_still_speaks()
    {
        const string text =
            "Kowalski habló el miércoles durante horas ante el parlamento.\n\n" +
            "\"Solo se reclutará a aquellos ciudadanos que estén en la reserva y que hayan servido en las fuerzas armadas\".\n\n" +
            "El discurso de Kowalski duró una hora.";

        Assert.Equal("Kowalski", Assert.Single(QuoteFinder.Find(Written(text, "es"))).CanonicalSpeaker);
    }
}
