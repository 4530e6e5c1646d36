using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A sentence opened by "he" or "she" and closed by a colon leads into the quote after it with no verb of saying ("Er zeigt
/// erneut auf die Leichen und setzt seine Beleidigungen fort: "Ihr Biester, …"", as news.de writes in the
/// prigozhin-ammunition evaluation set); and "Dann wendet er sich an … Schoigu und … Gerassimow und schreit:" is his, not
/// the opener's nor the names after the preposition. The paragraphs are the set's, shortened.
/// </summary>
public class SpeakerColonLeadInTests
{
    private const string Story =
        "Jewgeni Prigoschin hat die Militärführung in Moskau bereits in den vergangenen Wochen immer wieder heftig kritisiert.\n\n"
        + "Wagner-Chef beleidigt Russlands Miltärführung um Sergej Schoigu und Waleri Gerassimow\n\n"
        + "Dann wendet er sich direkt an Russlands Verteidigungsminister Sergej Schoigu und Generalstabschef Waleri Gerassimow und schreit in die Kamera: "
        + "\"Schoigu, Gerassimow, wo, verdammte Scheiße, ist die Munition?\" Er zeigt erneut auf die Leichen und setzt seine Beleidigungen fort: "
        + "\"Ihr Biester, ihr sitzt in teuren Clubs, eure Kinder haben Spaß am Leben und nehmen Youtube-Clips auf.\"";

    /// <summary>
    /// "Ihr Biester" follows "Er zeigt … fort:" (the pronoun opening a colon lead); "Schoigu, Gerassimow" follows "Dann wendet
    /// er sich … und schreit" (the pronoun after the opener's verb speaks for the whole clause).
    /// </summary>
    [Theory]
    [InlineData("Ihr Biester", "Er")]
    [InlineData("Schoigu, Gerassimow", "er")]
    public void ThePronounOfTheLeadInSpeaks(string opening, string phrase)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(Story, "de")), q => q.Text.StartsWith(opening, StringComparison.Ordinal));
        Assert.Equal(phrase, quote.Speaker);
        Assert.Equal("Jewgeni Prigoschin", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("The poster on the wall showed one slogan: \"Entry forbidden to all visitors.\"")]
    [InlineData("Das Schild am Tor lautet: \"Zutritt für alle Besucher verboten.\"")]
    public void AColonLeadOpenedByAThingNamesNoOne(string sentence)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(sentence, sentence.StartsWith("The", StringComparison.Ordinal) ? "en" : "de")));
        Assert.Null(quote.Speaker);
    }
}

/// <summary>
/// A call sign in quote marks after the verb names the speaker ("– Mamy znaczne możliwości. … – wyliczał „Cezar”.", as Wprost
/// writes of the Freedom of Russia Legion's spokesman in the rdk evaluation set); the next speech with a bare verb stays his.
/// </summary>
public class SpeakerQuotedCallSignTests
{
    [Fact]
    public void ACallSignInQuoteMarksAfterTheVerbSpeaks()
    {
        const string text = "Rzecznik legionu ma znak wywoławczy „Cezar”.\n\n– Mamy znaczne możliwości. Mamy moździerze i bardzo skuteczne drony rozpoznawcze – wyliczał „Cezar”. "
            + "– Nie jesteśmy przestępcami ani prywatną firmą wojskową, jak grupa Wagnera – dodał.";
        var quotes = QuoteFinder.Find(Written(text, "pl"));
        var first = Assert.Single(quotes, q => q.Text.StartsWith("Mamy znaczne", StringComparison.Ordinal));
        Assert.Equal("Cezar", first.Speaker);
        Assert.Equal("wyliczał", first.Cue);
        var second = Assert.Single(quotes, q => q.Text.StartsWith("Nie jesteśmy", StringComparison.Ordinal));
        Assert.Equal("Cezar", second.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("The legion's spokesman uses a call sign.\n\n\"We have significant capabilities,\" said \"Caesar\".", "We have", "Caesar")]
    [InlineData("\"The border is long,\" the commander told \"Meduza\" that Putin would not win.", "The border", "the commander")]
    public void AnEnglishCallSignInQuoteMarksAfterSaidSpeaks(string text, string start, string phrase)
    {
        // The second: a name after an outlet in quote marks and a word that is no role ("that") is no speaker.
        var quotes = QuoteFinder.Find(Written(text, "en"));
        var quote = Assert.Single(quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal));
        Assert.Equal(phrase, quote.Speaker);
    }

    [Theory]
    [InlineData("pl", "\"Właśnie rozmawiałem z Denisem Nikitinem, dowódcą 'Rosyjskiego Korpusu Ochotniczego'. Chichocząc z moich pytań o wtargnięcie jego jednostki do Rosji, powiedział, że operacja w Biełgorodzie 'nadal trwa'\" - przekazał ok. godz. 13.30 na Twitterze dziennikarz \"Financial Times\" Christopher Miller.", "Christopher Miller")]
    [InlineData("en", "\"I just spoke with Denis Nikitin, commander of the Russian Volunteer Corps,\" said \"Financial Times\" journalist Christopher Miller.", "journalist Christopher Miller")]
    public void ThePersonAfterAnOutletInQuoteMarksSpeaks(string language, string text, string phrase)
    {
        // rdk-legion-belgorod-raids-2023, G61 gazeta.pl: the journalist's words had gone to the Legion the article names most.
        var quotes = QuoteFinder.Find(Written("Legion \"Wolna Rosja\" podał, że \"narobił zamieszania\".\n\n" + text, language));
        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Full);
        Assert.Equal(phrase, quote.Speaker);
        Assert.Equal("Christopher Miller", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ATitleInQuoteMarksAfterTheVerbThatGoesOnIsNoSpeaker()
    {
        var quotes = QuoteFinder.Find(Written("\"The war will end soon,\" said \"The Times\" editorial on Monday in London.", "en"));
        var quote = Assert.Single(quotes, q => q.Text.StartsWith("The war", StringComparison.Ordinal));
        Assert.NotEqual("The Times", quote.Speaker);
    }
}

/// <summary>
/// A Portuguese personal infinitive after "depois de" reports speech ("depois de o Ministério da Defesa ter anunciado a
/// "liquidação" de autoproclamadas guerrilhas", as Diário de Notícias writes in the rdk evaluation set): its subject, without
/// the preposition, speaks.
/// </summary>
public class SpeakerPersonalInfinitiveTests
{
    [Fact]
    public void TheSubjectOfTheInfinitiveSpeaks()
    {
        const string text = "As autoridades russas levantaram esta terça-feira o regime antiterrorista na região de Belgorod, depois de o Ministério da Defesa ter anunciado a \"liquidação\" de autoproclamadas guerrilhas russas.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "pt")));
        Assert.Equal("o Ministério da Defesa", quote.Speaker);
        Assert.Equal("ter anunciado", quote.Cue);
    }
}

/// <summary>
/// A lead-in whose verb's object names the words quoted and their owner ("Peskov recalled Putin's words:", "les mots de
/// Vladimir Poutine :", "слова Путина:") gives the quote to the owner, not to the one who recalls the words.
/// </summary>
public class SpeakerWordsOwnerTests
{
    [Theory]
    [InlineData("en", "Peskov recalled Putin’s words: “Today the winner on the battlefield is whoever is more open to innovation.”", "Putin’s", "Putin")]
    [InlineData("fr", "Dmitri Peskov a rappelé les mots de Vladimir Poutine : « Aujourd’hui, le vainqueur est celui qui est le plus ouvert à l’innovation. »", "Vladimir Poutine", "Vladimir Poutine")]
    [InlineData("ru", "Песков напомнил слова Путина: «Сегодня на поле боя побеждает тот, кто более открыт для инноваций».", "Путина", "Путина")]
    [InlineData("en", "Peskov repeated his words: “Today the winner on the battlefield is whoever is more open.”", "Peskov", "Peskov")]
    [InlineData("en", "Peskov said: “Today the winner on the battlefield is whoever is more open to innovation.”", "Peskov", "Peskov")]
    public void TheOwnerOfTheWordsSpeaks(string language, string text, string phrase, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(phrase, quote.Speaker);
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}

/// <summary>
/// A German surname in the genitive before the noun it owns is a possessor, no subject ("Er warnte davor, sich durch Putins
/// Drohungen einschüchtern zu lassen", as finanznachrichten.de writes of Zelensky in the putin-mobilization evaluation set):
/// a colon lead-in whose office names no one after it stays with the speaker before, not the possessor.
/// </summary>
public class SpeakerGermanGenitivePossessorTests
{
    [Fact]
    public void AGenitiveBeforeItsNounIsNoSubject()
    {
        const string text = "Präsident Anton Weber hat am Mittwoch auf die Ankündigung von Kanzler Markus Keller reagiert.\n\n"
            + "\"Wir lassen uns nicht einschüchtern\", sagte Weber der Zeitung.\n\n"
            + "Er warnte davor, sich durch Kellers Drohungen beirren zu lassen. Die von Kellers Regierung verkündete Reform erklärte "
            + "der Präsident mit der Schwäche der Partei: \"Er sieht, dass seine Leute einfach weglaufen.\"";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "de")), q => q.Text.StartsWith("Er sieht", StringComparison.Ordinal));
        Assert.Equal("Anton Weber", quote.CanonicalSpeaker);
    }
}
