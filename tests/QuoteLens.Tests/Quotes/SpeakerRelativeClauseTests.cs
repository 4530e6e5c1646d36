using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A speech verb inside a relative clause or a cleft names its own subject right before it ("L’Ukraine dément toute
/// implication dans ce que Vladimir Poutine a qualifié « d’acte terroriste »", bryansk's France 24; "Foi com um vídeo nas redes
/// sociais que Prigozhin anunciou", prigozhin's asemana): the main clause's subject had been read as the speaker. Reported
/// speech is not such a clause: in "le porte-parole indique que Kiev a lancé cette attaque pour « détourner l'attention »"
/// the spokesman speaks, not Kiev. Invented people.
/// </summary>
public class SpeakerRelativeClauseTests
{
    [Theory]
    [InlineData("fr", "L’Ukraine dément toute implication dans ce que Jan Kowal a qualifié « d’acte terroriste ».", "Jan Kowal")]
    [InlineData("pt", "Foi com um vídeo nas redes sociais que Kowal anunciou a retirada: \"Vamos sair daqui no dia dez porque não temos munições\".", "Kowal")]
    [InlineData("en", "The ministry denied what Jan Kowal described as \"a deliberate provocation by the other side\".", "Jan Kowal")]
    public void The_subject_of_the_verb_in_its_own_clause_speaks(string language, string paragraph, string speaker)
    {
        var quote = QuoteFinder.Find(Written("Nowak spoke first.\n\n" + paragraph, language))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void The_subject_of_a_verb_in_reported_speech_does_not_speak()
    {
        var quote = QuoteFinder.Find(Written("Le porte-parole Jan Kowal a parlé.\n\nCommentant cette intrusion, le porte-parole indique que Kiev a lancé cette attaque pour « détourner l'attention » de la situation.", "fr"))[^1];

        Assert.Equal("Jan Kowal", quote.CanonicalSpeaker);
    }
}
