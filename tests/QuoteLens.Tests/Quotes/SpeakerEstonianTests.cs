using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Estonian attributions: the postpositions of a source after it ("Petrenko sõnul", "Kremli teatel", "tema sõnul"), and an
/// organisation before the person's title after the verb ("ütles Venemaa välisministeeriumi pressiesindaja Anna Kowalska").
/// Invented people and sentences.
/// </summary>
public class SpeakerEstonianTests
{
    [Theory]
    [InlineData("Kremli pressiesindaja Ivan Petrenko sõnul on \"otsus lõplik\".", "Ivan Petrenko", "sõnul")]
    [InlineData("Petrenko sõnul on \"otsus lõplik\".", "Petrenko", "sõnul")]
    [InlineData("Ministri Anna Kowalska hinnangul on \"olukord stabiilne\".", "Anna Kowalska", "hinnangul")]
    public void TheSourceBeforeAPostpositionSpeaks(string sentence, string speaker, string cue)
    {
        var article = Written("Kohtumine toimus esmaspäeval Minskis.\n\n" + sentence, "et");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheLongPronounTakesThePersonNamedBefore()
    {
        var article = Written("Vene riigipea Marek Volkov kohtus esmaspäeval Minskis Ivan Petrenkoga.\n\nTema sõnul on \"otsus lõplik\".", "et");
        Assert.Equal("Marek Volkov", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("\"Otsus on lõplik,\" ütles Venemaa välisministeeriumi pressiesindaja Anna Kowalska.")]
    [InlineData("Venemaa välisministeeriumi pressiesindaja Anna Kowalska ütles: \"Otsus on lõplik.\"")]
    public void TheOrganisationBeforeTheTitleLeadsToThePerson(string sentence)
    {
        var article = Written("Kohtumine toimus esmaspäeval Minskis.\n\n" + sentence, "et");
        Assert.Equal("Anna Kowalska", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}
