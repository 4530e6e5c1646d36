using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Verb forms of attribution that had left quotes to an earlier speaker: Spanish verbs of accusing and denying, a French adverbial
/// phrase inside the compound verb and a weekday or channel before an inverted subject, the Romanian dative clitic on the
/// auxiliary, Portuguese tweeting, a next sentence that points back to the quote ("Об этом заявил …", "Dat zei …"). Invented
/// people and sentences.
/// </summary>
public class SpeakerVerbFormTests
{
    [Fact]
    public void ASpanishAccusationNamesTheSpeakerOfTheQuotesAfterIt()
    {
        var article = Written(
            "Vertido en Puerto Lince\n\nOrtega dice que la naviera ha causado «el peor daño costero en años»\n\n" +
            "La alcaldesa de Puerto Lince, Lucía Ferrán, ha acusado este lunes a la naviera de un vertido «deliberado» en la bahía. «Nadie quedará impune», ha dicho.",
            "es");
        Assert.Equal("Lucía Ferrán", QuoteStarting(article, "Nadie").CanonicalSpeaker);
        Assert.Equal("Lucía Ferrán", QuoteStarting(article, "deliberado").CanonicalSpeaker);
        Assert.Equal("Ortega", QuoteStarting(article, "el peor").CanonicalSpeaker);
    }

    [Theory]
    [InlineData("« Nous ne céderons rien », a quant à lui lancé Paul Servant sur Facebook.", "a quant à lui lancé")]
    [InlineData("« Nous ne céderons rien », a elle aussi déclaré Paul Servant.", "a elle aussi déclaré")]
    [InlineData("Le préfet, Paul Servant, a ainsi affirmé qu'une « erreur humaine » était exclue.", "a ainsi affirmé")]
    public void AFrenchAdverbialPhraseInsideTheVerbKeepsTheCue(string sentence, string cue)
    {
        var article = Written("Incendie au port.\n\n« C'est grave », a déclaré Marc Dallier.\n\n" + sentence, "fr");
        var quote = QuoteFinder.Find(article)[^1];
        Assert.Equal(cue, quote.Cue);
        Assert.Equal("Paul Servant", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("« C'est une catastrophe », a réagi lundi soir sur X le maire lyonnais Pierre Dumas.")]
    [InlineData("« C'est une catastrophe », a réagi dans un communiqué le maire lyonnais Pierre Dumas.")]
    [InlineData("« C'est une catastrophe », a déclaré mardi le maire lyonnais Pierre Dumas.")]
    public void AWeekdayOrAChannelBeforeAnInvertedSubjectIsPassedOver(string sentence)
    {
        var article = Written("Incendie au port.\n\n« Nous ne céderons rien », a déclaré Paul Servant.\n\n" + sentence, "fr");
        Assert.Equal("Pierre Dumas", QuoteStarting(article, "C'est une").CanonicalSpeaker);
    }

    [Fact]
    public void ARomanianDativeCliticOnTheAuxiliaryIsACue()
    {
        var article = Written(
            "Incendiu în port.\n\n„Nu există niciun risc”, le-a declarat Radu Popa jurnaliştilor, potrivit Mediafax.\n\n„Situaţia este sub control”, a adăugat el.",
            "ro");
        Assert.Equal("le-a declarat", QuoteStarting(article, "Nu există").Cue);
        Assert.Equal("Radu Popa", QuoteStarting(article, "Nu există").CanonicalSpeaker);
        Assert.Equal("Radu Popa", QuoteStarting(article, "Situaţia").CanonicalSpeaker);
    }

    [Fact]
    public void APortugueseTweetIsACue()
    {
        var article = Written(
            "Ponte desaba.\n\nO presidente da câmara, Rui Costa, disse que \"a cidade está de luto\".\n\n" +
            "Carla Mendes, secretária de Obras da cidade, twittou que a ponte estava \"totalmente comprometida\".\n\n\"Não há como reabrir antes do inverno.\"",
            "pt");
        Assert.Equal("Carla Mendes", QuoteStarting(article, "totalmente").CanonicalSpeaker);
        Assert.Equal("Carla Mendes", QuoteStarting(article, "Não há").CanonicalSpeaker);
    }
    [Theory]
    [InlineData("nl", "Anna de Vries sprak eerder met de pers.\n\n„Dit is een aanval op gewone burgers.” Dat zei minister Joris Vermeulen dinsdag.", "Joris Vermeulen")]
    [InlineData("ru", "Анна Петрова говорила с журналистами.\n\n«Это нападение на мирных жителей». Об этом заявил министр Иван Сидоров во вторник.", "Иван Сидоров")]
    [InlineData("uk", "Ганна Петренко говорила з журналістами.\n\n«Це напад на мирних жителів». Про це заявив міністр Іван Сидоренко у вівторок.", "Іван Сидоренко")]
    [InlineData("de", "Anna Weber sprach zuvor mit der Presse.\n\n„Das ist ein Angriff auf Zivilisten.“ Das sagte Minister Jan Vogel am Dienstag.", "Jan Vogel")]
    [InlineData("fr", "Anne Martin a parlé à la presse.\n\n« C'est une attaque contre des civils. » C'est ce qu'a déclaré le ministre Jean Vogel mardi.", "Jean Vogel")]
    [InlineData("en", "Anna Smith spoke to the press earlier.\n\n\"This is an attack on civilians.\" That is what minister John Vogel said on Tuesday.", "John Vogel")]
    public void ASentenceThatPointsBackToTheQuoteNamesItsSpeaker(string language, string text, string speaker)
    {
        // "Об этом заявил …", "Dat zei …", "That is what … said": the quote's attribution is the next sentence, not the person
        // named before it (who had been the speaker).
        var quote = Assert.Single(QuoteFinder.Find(Written("Brand.\n\n" + text, language)));
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
    [Theory]
    [InlineData("ro", "Ziua a fost grea, a spus Radu Popa.\n\nPrimarul, Ana Stoica, a publicat un mesaj pe Facebook.\n\n„Toate şcolile rămân închise mâine.”", "Ana Stoica")]
    [InlineData("ru", "День был тяжёлым, сказал Иван Петров.\n\nМэр Анна Сидорова опубликовала видео в Telegram.\n\n«Все школы завтра закрыты».", "Анна Сидорова")]
    public void TheOneWhoPostsAMessageSpeaksInIt(string language, string text, string speaker)
    {
        // Posting verbs ("a publicat un mesaj", "опубликовала видео") are cues: the quote paragraph after them is the poster's,
        // not the last person who said something before.
        var quote = QuoteFinder.Find(Written("Şcoli.\n\n" + text, language))[^1];
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
    [Theory]
    [InlineData("pl", "Gubernator Biełgorodu, Wiaczesław Gładkow, powiedział: „Wszystkie szkoły są zamknięte”.", "Wiaczesław Gładkow")]
    [InlineData("de", "Der Leiter des Krisenstabs, Peter Aigner, sagte: „Alle Schulen sind geschlossen.“", "Peter Aigner")]
    public void ATitleAndTheHoldersNameInAppositionIsTheHolder(string language, string text, string speaker) =>
        // "Title (of a place), Firstname Lastname, said": the appositive full name speaks, not the title's place or body.
        Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(Written("Szkoły.\n\n" + text, language))).CanonicalSpeaker);
}
