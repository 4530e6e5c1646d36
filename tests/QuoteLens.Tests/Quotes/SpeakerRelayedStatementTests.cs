using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An armed group's statement relayed as Portuguese and Romanian outlets word it (made-up excerpts in the style of the coverage
/// of the March 2024 Belgorod raids; the people are invented): a lead-in naming the statement ("Na declaração lê-se:", "Na nota,
/// pode ler-se:") is the group's that issued it, not a person named later (they had gone to Putin); a spokesman named in
/// apposition after a unit's name ("O porta-voz do Corpo de Voluntários Russos, Aleksei Baranovski, deu …", "Purtătorul de
/// cuvânt al Corpului de Voluntari Ruși, …") is the "ele"/"el" of the next quote, not the group named before (the unit's own
/// words, "Voluntários Russos", had read as a full name opening the sentence); and the Romanian Legion in the genitive with
/// its name in marks ("Potrivit Legiunii «Libertatea Rusiei»,") names the body, it quotes no one.
/// </summary>
public class SpeakerRelayedStatementTests
{
    [Theory]
    [InlineData("Na declaração lê-se:")]
    [InlineData("Na nota, pode ler-se:")]
    public void APortugueseLeadInNamingTheStatementIsTheIssuers(string leadIn)
    {
        var text = "A Legião Liberdade da Rússia publicou nesta terça-feira uma declaração no Telegram. " + leadIn + "\n\n"
            + "\"As nossas unidades atravessaram a fronteira esta manhã. O inimigo está em retirada.\"\n\n"
            + "O presidente russo, Vladimir Putin, reagiu na quarta-feira. \"Estes grupos de sabotagem serão destruídos\", disse Putin.";
        var quote = QuoteStarting(Written(text, "pt"), "As nossas");
        Assert.Equal(SpeakerNames.Key("Freedom of Russia Legion"), quote.SpeakerKey);
    }

    [Theory]
    [InlineData("pt", "O Batalhão Siberiano publicou terça-feira uma mensagem no Telegram.\n\nO porta-voz do Corpo de Voluntários Russos, Aleksei Baranovski, deu mais pormenores. \"A operação decorre conforme o planeado\", disse ele.", "A operação")]
    [InlineData("ro", "Legiunea «Libertatea Rusiei» a publicat marți pe Telegram un comunicat.\n\nPurtătorul de cuvânt al Corpului de Voluntari Ruși, Aleksei Baranovski, a oferit mai multe detalii. „Operațiunea decurge conform planului”, a spus el.", "Operațiunea")]
    public void ASpokesmanInAppositionAfterAUnitsNameIsThePronoun(string language, string text, string opening)
    {
        var quote = QuoteStarting(Written(text, language), opening);
        Assert.Equal(SpeakerNames.Key("Aleksei Baranovski"), quote.SpeakerKey);
    }

    [Fact]
    public void TheRomanianLegionInTheGenitiveWithItsNameInMarksQuotesNoOne()
    {
        var article = Written("Potrivit Legiunii «Libertatea Rusiei», au loc lupte grele în satul Kozinka. „Nu ne vom opri până când regimul nu va cădea”, au scris luptătorii.", "ro");
        Assert.DoesNotContain(QuoteFinder.Find(article), q => q.Text.StartsWith("Libertatea", StringComparison.Ordinal));
        Assert.Equal(SpeakerNames.Key("Freedom of Russia Legion"), QuoteStarting(article, "Nu ne vom").SpeakerKey);
    }
}
