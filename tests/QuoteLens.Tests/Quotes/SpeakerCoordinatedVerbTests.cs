using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A speech verb joined by "e/and/et" to an earlier speech verb of its sentence shares that verb's subject, not the words
/// before the conjunction. Real excerpts (ACI Digital, pope-white-flag-2024-03, P26; Prensa Latina, biden-baltimore-bridge-2024-03, B29).
/// </summary>
public class SpeakerCoordinatedVerbTests
{
    [Fact]
    public void AVerbJoinedToAnEarlierSpeechVerbSharesItsSubject()
    {
        const string text = "O porta-voz da Santa Sé, Matteo Bruni, esclareceu que o papa Francisco estava pedindo um cessar-fogo e negociações. Bruni disse que o papa tomou o uso do termo \"bandeira branca\" feito pelo entrevistador, um símbolo internacional de rendição, e acrescentou que Francisco continua esperançoso de que uma solução diplomática possa ser alcançada para uma \"paz justa e duradoura\".";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "pt")), q => q.Text == "paz justa e duradoura");
        Assert.Equal("Bruni", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AVerbAfterAListOfObjectsSharesTheSentenceSubject()
    {
        const string text = "O presidente disse que conversou com o governador de Maryland, Wes Moore, e com os dois senadores do estado, e lembrou que já passou pela ponte Francis Scott Key “muitas e muitas vezes” durante seu trajeto entre Washington DC e Delaware.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "pt")));
        Assert.Equal("O presidente", quote.Speaker);
    }
}
