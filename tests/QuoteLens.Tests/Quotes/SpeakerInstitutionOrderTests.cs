using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Institutions whose words stand in another order than in English: a national adjective after the head ("le ministère russe
/// des Affaires étrangères", "ministerul rus de externe", "il ministero degli Esteri russo"), a lower-case complement after
/// "de" ("de externe"), the country before a compound head ("Venemaa välisministeerium"), and the Romanian spokesman's title
/// "purtătorul de cuvânt al Kremlinului". The whole institution is the speaker, not a capitalised part of it or a word of
/// the sentence before, under its one English name ("Russian foreign ministry", <see cref="InstitutionNames"/>). Invented sentences.
/// </summary>
public class SpeakerInstitutionOrderTests
{
    [Theory]
    [InlineData("fr", "Les relations se sont dégradées lundi.\n\n« Cette décision est inacceptable », a déclaré le ministère russe des Affaires étrangères.", "Russian foreign ministry")]
    [InlineData("fr", "Les relations se sont dégradées lundi.\n\n« Cette décision est inacceptable », a déclaré le ministère de la Défense dans un communiqué.", "ministère de la Défense")]
    [InlineData("ro", "Relațiile s-au deteriorat luni.\n\n„Această decizie este inacceptabilă”, a declarat ministerul rus de externe.", "Russian foreign ministry")]
    [InlineData("it", "Le relazioni si sono deteriorate lunedì.\n\n\"Questa decisione è inaccettabile\", ha dichiarato il ministero degli Esteri russo.", "Russian foreign ministry")]
    [InlineData("pt", "As relações deterioraram-se na segunda-feira.\n\n\"Esta decisão é inaceitável\", afirmou o Ministério russo dos Negócios Estrangeiros.", "Russian foreign ministry")]
    [InlineData("nl", "De betrekkingen verslechterden maandag.\n\n\"Dit besluit is onaanvaardbaar,\" aldus het Russische ministerie van Buitenlandse Zaken.", "Russian foreign ministry")]
    [InlineData("et", "Suhted halvenesid esmaspäeval.\n\n\"See otsus on vastuvõetamatu,\" teatas Venemaa välisministeerium.", "Russian foreign ministry")]
    [InlineData("et", "Suhted halvenesid esmaspäeval.\n\nVenemaa välisministeerium teatas, et \"otsus on vastuvõetamatu\".", "Russian foreign ministry")]
    public void AMinistryWithItsWordsInAnotherOrderIsTheSpeaker(string language, string text, string expected)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(expected, quote.CanonicalSpeaker);
    }

    // The Pentagon's: the Kremlin's unnamed spokesman is the one on record (SpeakerNeighbourSentenceTests).
    [Theory]
    [InlineData("„Această decizie este inacceptabilă”, a declarat purtătorul de cuvânt al Pentagonului.", "purtătorul de cuvânt al Pentagonului")]
    [InlineData("Purtătorul de cuvânt al Pentagonului a declarat că „decizia este inacceptabilă”.", "Purtătorul de cuvânt al Pentagonului")]
    public void TheRomanianSpokesmansTitleKeepsAllItsWords(string sentence, string expected)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("Relațiile s-au deteriorat luni.\n\n" + sentence, "ro")));
        Assert.Equal(expected, quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheRomanianSpokesmanNamedEarlierSpeaks()
    {
        var article = Written("Purtătorul de cuvânt al Kremlinului, Ivan Petrenko, a vorbit luni.\n\nRelațiile s-au deteriorat.\n\n„Această decizie este inacceptabilă”, a declarat purtătorul de cuvânt al Kremlinului.", "ro");
        Assert.Equal("Ivan Petrenko", QuoteFinder.Find(article)[^1].CanonicalSpeaker);
    }

    [Theory]
    [InlineData("le ministère russe des Affaires étrangères", "fr", "ministère russe des Affaires étrangères")]
    [InlineData("ministerul rus de externe", "ro", "ministerul rus de externe")]
    [InlineData("il ministero degli Esteri russo", "it", "ministero degli Esteri russo")]
    [InlineData("le ministère a annoncé", "fr", null)]
    public void InstitutionNamesReadTheirWordsInEitherOrder(string phrase, string language, string? expected)
    {
        Assert.Equal(expected, SpeakerInstitutions.Name(phrase, language));
    }
}
