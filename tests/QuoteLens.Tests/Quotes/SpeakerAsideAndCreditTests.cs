using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Speaker rules for asides inside the marks («…, — сказал X. — …»), "the words of X" after a quote, parenthetical verbs
/// (", disse X,"), and the words that never name a speaker: nationality adjectives, single letters, credits, agencies,
/// places after a saint's title and the object of "about".
/// </summary>
public class SpeakerAsideAndCreditTests
{
    [Theory]
    [InlineData("De Russische", "nl")]
    [InlineData("Російський", "uk")]
    [InlineData("sobre P", "es")]
    [InlineData("iar despre Ionescu", "ro")]
    [InlineData("Fotos Palácio Fonte", "pt")]
    [InlineData("segundo as agências estatais Novak e Kiri", "pt")]
    [InlineData("São Paulo", "pt")]
    [InlineData("Mehrere", "de")]
    public void TheseWordsNameNoSpeaker(string phrase, string language) =>
        Assert.Null(SpeakerNames.Canonical(phrase, language));

    [Fact]
    public void TheAsideBetweenDashesInsideTheMarksNamesTheSpeaker()
    {
        var article = Written(
            "Губернатор области выступил на совещании.\n\n" +
            "«Ситуация под контролем, — сказал Иван Соколов. — Мы работаем круглосуточно».", "ru");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Иван Соколов", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheAsideNeedsAVerbAndAName()
    {
        const string none = "«Это важно, — и это всё. — Мы работаем»";
        const string aside = "«Ситуация под контролем, — сказал Иван Соколов. — Мы работаем»";
        Assert.Null(SpeakerInnerCue.Phrase(none, 0, none.Length));
        Assert.Equal("Иван Соколов", SpeakerInnerCue.Phrase(aside, 0, aside.Length));
    }

    [Fact]
    public void TheWordsOfANameAfterAQuoteNameItsSpeaker()
    {
        const string text = "«Il lavoro continua», le parole di Marco Ferri sulla riforma.";
        Assert.Equal("Marco Ferri", SpeakerInnerCue.WordsOf(text, text.IndexOf('»', StringComparison.Ordinal) + 1));
        Assert.Null(SpeakerInnerCue.WordsOf("«Il lavoro continua», ha aggiunto.", 20));
    }

    [Fact]
    public void AParentheticalVerbNamesTheNameAfterIt()
    {
        var article = Written("O ministro falou aos jornalistas. Ferreira, disse Costa, era um homem \"talentoso e difícil\".", "pt");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Costa", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("Кравчук через добу підтвердив смерть Бойка та", "uk", "Кравчук")]
    [InlineData("Moretti praised Rossi and", "en", "Moretti")]
    public void ASecondVerbAfterAndTakesTheSubjectThatOpensTheClause(string phrase, string language, string expected) =>
        Assert.Equal(expected, SpeakerNames.Canonical(phrase, language));

    [Theory]
    [InlineData("Білоруський диктатор олександр коваленко офіційно підтвердив", "Олександр Коваленко")]
    [InlineData("диктатор коваленко", "Коваленко")]
    [InlineData("президент країни петро дорошенко", "Петро Дорошенко")]
    public void ALowerCaseNameAfterItsTitleIsTheSpeaker(string phrase, string expected) =>
        Assert.Equal(expected, SpeakerNames.Canonical(phrase, "uk"));

    [Fact]
    public void TheOneSpokenAboutIsNotNamedAsTheSpeaker()
    {
        var article = Written(
            "La o zi de la accident, Andrei Popescu transmite condoleanțe familiilor, iar despre Ionescu spune că „a avut un drum greu și a făcut greșeli grave”.", "ro");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Andrei Popescu", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AnOpeningParticipialClauseIsNoSpeaker()
    {
        var article = Written(
            "The minister spoke after the vote.\n\n" +
            "Acknowledging that he had known the banker for years, Hamilton seemed to regret the deal, saying it was a \"serious mistake for everyone involved\".");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Hamilton", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AColonLeadInIsSaidByItsSubjectNotItsObject()
    {
        var article = Written(
            "Die Verhandlungen stocken seit Wochen.\n\n" +
            "Präsident Karl Brandt verdächtigte Huber indirekt als Drahtzieher: \"Ich weiß nicht genau, was passiert ist, aber ohne ihn passiert dort nichts.\"", "de");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Karl Brandt", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ASentenceSubjectInsideAParagraphIsTheFallbackSpeaker()
    {
        var article = Written(
            "Het is de eerste reactie van de regering. Jansen condoleerde ook de nabestaanden.\n\n" +
            "De minister noemde het \"een zware dag voor het hele land en voor alle families\".", "nl");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Jansen", quote.CanonicalSpeaker);
    }
}
