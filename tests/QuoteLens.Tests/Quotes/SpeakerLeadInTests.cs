using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A quote set as its own paragraph after a lead-in that names the speaker and ends in a colon ("…, Ivan Petrenko, a précisé :")
/// is said by the lead-in's subject; an adverb between the auxiliary and the participle ("a rapidement précisé", "a également
/// noté", "ha poi detto") leaves the cue whole; so does the narrative infinitive "Et d'affirmer :". Invented people and sentences.
/// </summary>
public class SpeakerLeadInTests
{
    [Theory]
    [InlineData("fr", "Le président Marek Volkov a remplacé dimanche son ministre des Finances.\n\nCité par les agences, le porte-parole de la présidence, Ivan Petrenko, a rapidement précisé :\n\n« Le ministère doit être ouvert aux idées nouvelles, et il le sera très vite sous sa direction. »\n\nLe nouveau ministre prendra ses fonctions lundi.")]
    [InlineData("en", "President Marek Volkov replaced his finance minister on Sunday.\n\nQuoted by news agencies, presidential spokesman Ivan Petrenko quickly added:\n\n\"The ministry must be open to new ideas, and it will be very soon under his leadership.\"\n\nThe new minister takes office on Monday.")]
    [InlineData("fr", "Le président Marek Volkov a remplacé dimanche son ministre des Finances.\n\n« Le ministère doit être ouvert aux idées nouvelles », a également noté le porte-parole Ivan Petrenko.")]
    [InlineData("it", "Il presidente Marek Volkov ha sostituito domenica il ministro delle Finanze.\n\n\"Il ministero deve essere aperto alle nuove idee\", ha poi detto il portavoce Ivan Petrenko.")]
    [InlineData("fr", "Le président Marek Volkov a remplacé dimanche son ministre des Finances.\n\nCité par les agences, le porte-parole de la présidence, Ivan Petrenko, a rapidement précisé :\n\nLe ministère doit être ouvert aux idées nouvelles, et il le sera très vite sous sa direction.\n\nLe nouveau ministre prendra ses fonctions lundi.")]
    [InlineData("fr", "Le président Marek Volkov a remplacé dimanche son ministre des Finances.\n\nLe porte-parole Ivan Petrenko a lui justifié cette décision par un besoin venu du front. Et d'affirmer :\n\nAujourd'hui, celui qui gagne est celui qui est le plus ouvert aux idées nouvelles.\n\nLe nouveau ministre prendra ses fonctions lundi.")]
    public void TheLeadInsSubjectSpeaks(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal("Ivan Petrenko", quote.CanonicalSpeaker);
    }
}
