using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Italian and Spanish pages, and translations of them, set the attribution off by two dashes inside the quote's own marks
/// ("«Ogni giorno 1,5 mila uomini russi - ha detto ancora il presidente russo - si arruolano …»", "«Ukraine is receiving many
/// weapons – Putin continues –, but …»", the direct-line key's Leggo and Pledge Times), and an elided word opening a sentence
/// ("Quest'anno, ha rivelato, «…»") is no name. Invented people.
/// </summary>
public class SpeakerInsideAsideTests
{
    [Theory]
    [InlineData("it", "Titolo\n\nIl ministro ha parlato a lungo.\n\n«Ogni giorno mille uomini si arruolano - ha detto ancora il ministro Jan Koval - e il flusso non si ferma».", "Jan Koval")]
    [InlineData("en", "Title\n\nThe minister spoke for hours.\n\n«The town is receiving many weapons – Koval continues –, but they will soon begin to run out.»", "Koval")]
    [InlineData("es", "Título\n\nEl ministro habló durante horas.\n\n«Cada día mil hombres se alistan —dijo el ministro Jan Koval— y el flujo no se detiene».", "Jan Koval")]
    public void An_aside_between_dashes_inside_the_marks_names_the_speaker(string language, string text, string speaker)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];

        Assert.NotNull(quote.Cue);
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("en", "Title\n\nThe minister spoke for hours.\n\n«The town – the old one, the one on the hill – is receiving many weapons.»")]
    // crocus's Wprost: "according to preliminary data" names a source, not a speaker (it had been resolved to a person).
    [InlineData("pl", "Tytuł\n\nMinister mówił długo.\n\n„Próbowali się ukryć i ruszyli w kierunku granicy, gdzie – według wstępnych danych – przygotowano dla nich okno.”")]
    public void Dashes_inside_a_quote_with_no_speech_verb_between_them_name_no_one(string language, string text)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];

        Assert.Null(quote.Cue);
    }

    [Fact]
    public void An_elided_word_before_a_common_noun_is_no_speaker()
    {
        var quote = QuoteFinder.Find(Written("Titolo\n\nIl ministro ha parlato a lungo, ha sottolineato Koval. Quest'anno, ha rivelato, «sono già state reclutate sotto contratto 486mila persone».", "it"))[^1];

        Assert.Equal("Koval", quote.CanonicalSpeaker);
    }
}
