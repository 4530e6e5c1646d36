using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A speech verb right after a relative pronoun ("Biden, que descreveu o colapso da ponte Francis Scott Key como um terrível
/// incidente") has the name before the pronoun for its subject, and the words after the verb are its object, not a subject read
/// after the verb; a one-word name that is the subject of two speech verbs is a speaker when every sure name of the article is
/// an object ("onde ele e a vice-presidente Kamala Harris …"). Prensa Latina's Portuguese report (biden B29).
/// </summary>
public class SpeakerRelativeSubjectTests
{
    [Fact]
    public void ThePresidentIsTheOneWhoSpokeNotTheVicePresidentBesideHim()
    {
        var article = Real("eval/biden-baltimore-bridge-2024-03", "B29");
        var quote = QuoteStarting(article, "muitas e muitas vezes");
        Assert.Equal("O presidente", quote.Speaker);
        Assert.Equal("biden", quote.SpeakerKey);
    }

    [Fact]
    public void TheObjectOfARelativeClausesVerbIsNoSpeaker()
    {
        var article = Real("eval/biden-baltimore-bridge-2024-03", "B29");
        Assert.DoesNotContain(QuoteFinder.Find(article), q => q.CanonicalSpeaker == "Francis Scott Key");
    }

    [Theory]
    [InlineData("pt", "Volkov, que descreveu o acordo com Ivan Petrenko como um erro, falou em Minsk, onde ele e a vice-presidente Anna Kowalska estiveram.\n\nO presidente disse que conversou com o governador e lembrou que “muitas e muitas vezes” o fez.")]
    [InlineData("fr", "Volkov, qui a qualifié l'accord avec Ivan Petrenko d'erreur, a parlé à Minsk, où lui et la vice-présidente Anna Kowalska se trouvaient.\n\nLe président a déclaré qu'il avait parlé au gouverneur « à maintes reprises ».")]
    public void ARelativeClausesSubjectSpeaksForTheOfficeDescription(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal("volkov", quote.SpeakerKey);
    }
}
