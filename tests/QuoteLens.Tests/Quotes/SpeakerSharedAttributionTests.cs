using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A quote that leans on another takes that quote's speaker: the quote that follows an attributed one with nothing between
/// takes its attribution and the person it resolved to (not whoever its shared phrase would reach from farther on); a scare
/// quote after an attributed quote in the same sentence is the same speaker's. A phrase garbled by a wrong code page names no
/// one. A scare quote whose own sentence names its speaker says so (<see cref="Quote.SpeakerInSentence"/>). Excerpts from the
/// answer keys (pope P20, wagner W13, prigozhin P44, lukashenko L33, trump T21), shortened.
/// </summary>
public class SpeakerSharedAttributionTests
{
    [Fact]
    public void AQuoteThatTakesTheAttributionBeforeItTakesItsSpeaker()
    {
        // P20: the second paragraph's "szef ukraińskiego MSZ" resolves to Kułeba, named in the paragraph before it; the third
        // paragraph's quote shares that attribution, but from there the nearest name is two paragraphs up, and it fell to the
        // article's main speaker, the Pope.
        var article = Written(
            "W wywiadzie dla szwajcarskiej telewizji RSI papież Franciszek został zapytany o swoje stanowisko w sprawie debaty. Dziennikarz użył w pytaniu określenia \"biała flaga\".\n\n"
            + "– To tylko interpretacja, ale myślę, że silniejszy jest ten, kto ma odwagę białej flagi, aby negocjować – powiedział Franciszek. – Dzisiaj można negocjować przy pomocy potęg międzynarodowych. Nie wstydźcie się negocjować, zanim będzie gorzej – stwierdził papież.\n\n"
            + "Szef MSZ Ukrainy odpowiada papieżowi\n\n"
            + "\"Najsilniejszy jest ten, kto w walce dobra ze złem staje po stronie dobra\" – skomentował na platformie X minister spraw zagranicznych Ukrainy Dmytro Kułeba.\n\n"
            + "\"Nasza flaga jest żółto-niebieska. Nigdy nie podniesiemy żadnej innej flagi\" – napisał szef ukraińskiego MSZ.\n\n"
            + "\"Dziękujemy Jego Świątobliwości papieżowi Franciszkowi za jego nieustanne modlitwy o pokój.\"",
            "pl");
        var quotes = QuoteFinder.Find(article);
        var minister = QuoteStarting(article, "Nasza flaga").CanonicalSpeaker;
        Assert.EndsWith("Dmytro Kułeba", minister, StringComparison.Ordinal);
        Assert.Equal(minister, QuoteStarting(article, "Dziękujemy").CanonicalSpeaker);
        Assert.Equal(6, quotes.Count);
    }

    [Fact]
    public void AScareQuoteAfterAnAttributedQuoteInItsSentenceIsThatSpeakers()
    {
        // W13: "decisive action" took the defence minister named earlier in its paragraph.
        var article = Written(
            "This betrayal had come when Russia was “engaged in a fierce struggle for its future”, said President Vladimir Putin in his address to the nation.\n\n"
            + "Without naming Wagner Group chief Yevgeny Prigozhin, who has brutally criticised Russian Defence Minister Sergei Shoigu for staging a pointless war, "
            + "the Russian president said that the “armed mutiny” was a “stab in the back to our country and our people”. "
            + "The president said that the Russian armed forces “have been given the necessary orders” and that the government would take “decisive action” to handle the situation.",
            "en");
        Assert.Equal("Vladimir Putin", QuoteStarting(article, "have been given").CanonicalSpeaker);
        Assert.Equal("Vladimir Putin", QuoteStarting(article, "decisive action").CanonicalSpeaker);
    }

    [Fact]
    public void AScareQuoteInTheNextSentenceIsNotTheQuoteBeforeIt()
    {
        // The same two quotes with a full stop between them: the scare quote is read on its own.
        var article = Written(
            "This betrayal had come when Russia was “engaged in a fierce struggle for its future”, said President Vladimir Putin in his address to the nation.\n\n"
            + "Without naming Wagner Group chief Yevgeny Prigozhin, who has brutally criticised Russian Defence Minister Sergei Shoigu for staging a pointless war, "
            + "the Russian president said that the “armed mutiny” was a “stab in the back to our country and our people”. "
            + "The president said that the Russian armed forces “have been given the necessary orders”. Shoigu promised “decisive action” to handle the situation.",
            "en");
        Assert.EndsWith("Shoigu", QuoteStarting(article, "decisive action").CanonicalSpeaker, StringComparison.Ordinal);
    }

    [Fact]
    public void AScareQuoteKnowsWhenItsSentenceNamesItsSpeaker()
    {
        // L33 (tpi.it): Putin opens the sentence whose "finestra aperta" he is said to relaunch.
        var article = Written(
            "Per il leader bielorusso Alexander Lukashenko, i presunti autori della strage del 22 marzo alla Crocus City Hall di Mosca hanno cercato inizialmente di fuggire in Bielorussia e non in Ucraina, come insiste a dire da giorni il presidente russo Vladimir Putin.\n\n"
            + "Ieri, per la prima volta, Putin aveva riconosciuto la matrice “islamista” dell’attentato rivendicato dal sedicente Stato Islamico, rilanciando però la teoria della presunta “finestra aperta” lasciata dall’Ucraina agli attentatori.",
            "it");
        var window = QuoteStarting(article, "finestra aperta");
        Assert.Equal("Vladimir Putin", window.CanonicalSpeaker);
        Assert.True(window.SpeakerInSentence);
    }

    [Fact]
    public void AScareQuoteWhoseSentenceNamesNoOneIsNotMarked()
    {
        // T21 (La Opinión): "El exmandatario estadounidense" names no one; the consensus may still give the words to Trump.
        var article = Written(
            "El secretario general de la OTAN, Jens Stoltenberg, rechazó el domingo las declaraciones de Donald Trump.\n\n"
            + "El exmandatario estadounidense dijo que, ante un eventual ataque ruso, si él fuese presidente no sólo se negaría a protegerles, sino que “animaría” a Rusia.",
            "es");
        Assert.False(QuoteStarting(article, "animaría").SpeakerInSentence);
    }

    [Theory]
    [InlineData("È™i")]
    [InlineData("PreÈ™edintele")]
    [InlineData("contribuÈ›ia")]
    public void AGarbledPhraseNamesNoOne(string phrase)
    {
        Assert.True(SpeakerNames.Garbled(phrase));
        Assert.Null(SpeakerNames.Canonical(phrase, "ro"));
    }

    [Theory]
    [InlineData("Președintele rus Vladimir Putin")]
    [InlineData("Дмитрий Песков")]
    [InlineData("O'Neill")]
    public void AWellWrittenNameIsNotGarbled(string phrase) => Assert.False(SpeakerNames.Garbled(phrase));

    [Fact]
    public void AGarbledWordBeforeTheVerbIsNoSpeaker()
    {
        // P44: "È™i a promis" ("și", "and", read as Windows-1252) made "Èi" the speaker of the promise.
        var article = Written(
            "Președintele rus Vladimir Putin a exprimat joi condoleanțe familiei lui Evgheni Prigojin, informează Reuters și AFP.\n\n"
            + "PreÈ™edintele rus a salutat „contribuÈ›ia” lui Prigojin la ofensiva rusă în Ucraina, „în pofida erorilor” lui, È™i a promis că „va duce până la capăt” ancheta asupra prăbuÈ™irii avionului său.",
            "ro");
        Assert.Equal("Vladimir Putin", QuoteStarting(article, "va duce").CanonicalSpeaker);
    }
    [Theory]
    [InlineData("de", "Tausende müssten ihre Häuser verlassen, warnte der Leiter des Krisenstabs, Peter Aigner. Er bezeichnete die Lage als „dramatisch“. „Wir brauchen jede helfende Hand.“\n\nBürgermeisterin Anna Huber sagte, die Stadt sei vorbereitet.", "Wir brauchen", "Peter Aigner")]
    [InlineData("en", "Thousands had to leave their homes, warned the head of the crisis team, Peter Aigner. He called the situation \"dramatic\". \"We need every helping hand.\"\n\nMayor Anna Huber said the city was ready.", "We need", "Peter Aigner")]
    public void AStandaloneQuoteAfterAnAttributedPartialIsItsSpeakers(string language, string text, string opening, string speaker)
    {
        // The partial quote ends the sentence that attributes it; the standalone quote right after it (nothing but the full stop
        // between) is the same speaker's, not the person named in the next paragraph (who had been given it). Invented people.
        var quote = QuoteStarting(Written("Hochwasser.\n\n" + text, language), opening);
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}
