using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A quote inside the writer's sentence whose sentence ends in an attribution after a comma ("… é "uma coisa boa" para a
/// Ucrânia, disse também hoje Volodymyr Zelensky."): the attribution closing the sentence names the speaker, not the person the
/// article quoted before. Real excerpts from the answer keys' articles.
/// </summary>
public class SpeakerSentenceClosingTests
{
    /// <summary>data/heldout/putin-prigozhin-crash-2023-08, P36_solsapo_pt.txt, paragraphs 1 and 4.</summary>
    private const string Sol =
        "Prigozhin, disse Putin, era um homem \"talentoso\" e \"com um destino complicado, que cometeu erros graves na vida, mas que obteve os resultados que precisava\".\n\n"
        + "A alegada morte do líder do Grupo Wagner é \"uma coisa boa\" para a Ucrânia, disse também hoje Volodymyr Zelensky.";

    [Fact]
    public void TheAttributionClosingTheSentenceNamesThePartialQuotesSpeaker()
    {
        var quote = QuoteStarting(Written(Sol, "pt"), "uma coisa boa");
        Assert.Equal("Volodymyr Zelensky", quote.CanonicalSpeaker);
        Assert.Equal("disse", quote.Cue);
    }

    [Fact]
    public void ADescribedSpeakerAfterATimeAdverbClosesTheSentence()
    {
        // data/eval/trump-nato-2024-02, T27_rr_renascenca_pt.txt, paragraph 1: the cue and its speaker phrase are read.
        var article = Written(
            "As últimas declarações de Donald Trump “prejudicam a segurança da NATO” e colocam em risco soldados norte-americanos e europeus, afirmou este domingo o secretário-geral da Aliança Atlântica.",
            "pt");
        var quote = QuoteStarting(article, "prejudicam a segurança");
        Assert.Equal("afirmou", quote.Cue);
        Assert.EndsWith("o secretário-geral da Aliança Atlântica", quote.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void AClauseAfterTheCommaThatIsNoAttributionNamesNoOne()
    {
        // "…, e colocam em risco soldados …": a clause with no cue leaves the quote to the earlier speaker.
        var article = Written(
            "Prigozhin, disse Putin, era um homem \"talentoso\".\n\nA morte do líder é \"uma coisa boa\" para a Ucrânia, e coloca em risco os soldados russos.",
            "pt");
        Assert.NotEqual("Volodymyr Zelensky", QuoteStarting(article, "uma coisa boa").CanonicalSpeaker);
        Assert.Null(QuoteStarting(article, "uma coisa boa").Cue);
    }
}
