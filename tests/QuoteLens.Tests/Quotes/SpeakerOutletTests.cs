using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Newspapers quoted for their own words (headlines, commentary): "So titelt die Frankfurter Rundschau online: „…“" (a verb
/// of reporting with its subject after it, opening with the determiner), "„…“, schreibt die Zeitung" (the outlet noun alone
/// is the outlet named before), "„…“, behauptet gar die Bild-Zeitung online" (a verb of claiming, a compound of an outlet
/// noun). The outlet speaks, not the person the article is about. A real excerpt from an answer key's article.
/// </summary>
public class SpeakerOutletTests
{
    /// <summary>data/heldout/lukashenko-crocus-belarus-2024-03, L22_berlin247_de.txt, paragraphs 1-3.</summary>
    private const string Berlin247 =
        "Westliche Medien melden, der Präsident von Belarus, Alexander Lukaschenko, habe den russischen Erklärungen von einer ukrainischen Spur zum Terroranschlag bei Moskau am 22. März widersprochen. So titelt die Frankfurter Rundschau online: „Nach Moskau-Anschlag: Putin-Verbündeter Lukaschenko torpediert Ukraine-Behauptung“.\n\n"
        + "„So wollten die Attentäter nach dem Angriff auf die Crocus City Hall nahe Moskau laut Aussage Lukaschenkos möglicherweise in sein Land fliehen,“ schreibt die Zeitung. Die Behauptung torpediere die Aussagen unter anderem des russischen Präsidenten Wladimir Putin, wonach die Ukrainer den Attentätern bereits ein Schlupfloch vorbereitet hätten.\n\n"
        + "„Sein Freund fällt ihm in den Rücken“, behauptet gar die Bild-Zeitung online und titelt: „Putins Lüge über Moskau-Terror enthüllt“.";

    [Theory]
    [InlineData("Nach Moskau-Anschlag", "Frankfurter Rundschau")]
    [InlineData("So wollten die Attentäter", "Frankfurter Rundschau")]
    [InlineData("Sein Freund fällt", "Bild-Zeitung")]
    [InlineData("Putins Lüge", "Bild-Zeitung")]
    public void TheNewspaperSpeaks(string quoteStart, string outlet)
    {
        Assert.Equal(outlet, QuoteStarting(Written(Berlin247, "de"), quoteStart).CanonicalSpeaker);
    }
}
