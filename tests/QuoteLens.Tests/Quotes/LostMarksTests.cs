using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Speech whose quote marks a copy lost, in a paragraph with none: taken when it speaks in the first or second person and an
/// attribution follows it after a comma, or a bare attribution sentence stands between two such stretches; reported speech,
/// in the third person, is not taken.
/// </summary>
public class LostMarksTests
{
    [Fact]
    public void FirstPersonSpeechBeforeACommaAndAnAttribution()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("We will rebuild every road in the valley before winter, Regional governor Anna Petrova said on Monday.")));
        Assert.Equal("We will rebuild every road in the valley before winter", quote.Text);
        Assert.Equal(0, quote.Start);
    }

    [Fact]
    public void ReportedSpeechIsNoQuote()
    {
        Assert.Empty(QuoteFinder.Find(Written("The roads will be rebuilt before winter, Regional governor Anna Petrova said on Monday.")));
    }

    [Fact]
    public void SpeechOnBothSidesOfABareAttributionSentence()
    {
        const string text = "Did you vote? Are you sure? Anna Petrova was said to have asked. Then we will count again. We must count every ballot.";
        var quotes = QuoteFinder.Find(Written(text));
        Assert.Equal(["Did you vote? Are you sure?", "Then we will count again. We must count every ballot."], quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("Não há indicação de que o colapso da ponte nos Estados Unidos tenha sido intencional, disse o presidente.", "pt")]
    [InlineData("Vägede paigutamine tooks kaasa otsese konflikti alliansi ja Venemaa vahel, ütles pressisekretär.", "et")]
    [InlineData("Die Brücke ist ja für den Hafen sehr wichtig gewesen, sagte der Bürgermeister.", "de")]
    [InlineData("Les onze pays membres ont signé le texte hier soir, a déclaré le ministre.", "fr")]
    [InlineData("Die Regierung hat ihr Versprechen an die Bauern gebrochen, sagte die Ministerin.", "de")]
    public void AWordThatIsAPronounOnlyInAnotherLanguageMakesNoSpeech(string text, string language)
    {
        Assert.Empty(QuoteFinder.Find(Written(text, language)));
    }

    [Fact]
    public void APronounOfTheArticlesLanguageStillMakesSpeech()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("Ja nigdy nie zgodzę się na taki plan, powiedział premier.", "pl")));
        Assert.Equal("Ja nigdy nie zgodzę się na taki plan", quote.Text);
    }

    [Theory]
    [InlineData("Ik zal de haven zo snel mogelijk weer openen, zei de burgemeester.", "nl", "Ik zal de haven zo snel mogelijk weer openen")]
    [InlineData("Guvernul nostru va reconstrui podul cât mai repede, a declarat primarul.", "ro", "Guvernul nostru va reconstrui podul cât mai repede")]
    [InlineData("Minu valitsus ei anna kunagi alla, ütles peaminister.", "et", "Minu valitsus ei anna kunagi alla")]
    public void FirstPersonWordsOfDutchRomanianAndEstonian(string text, string language, string expected)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(expected, quote.Text);
    }

    /// <summary>
    /// A French elision the page spaced off its word ("l' UE", left by a link) is no single quote mark: the paragraph has no
    /// marks, and its first-person speech before ", a assuré M. …" (the page lost the « ») is found.
    /// </summary>
    [Fact]
    public void A_spaced_French_elision_is_no_quote_mark()
    {
        const string text = "Nous ne sommes pas dans une impasse , a assuré M. Durand lors d'une visite consacrée à l'élargissement de l' UE .";
        var quote = Assert.Single(QuoteFinder.Find(Written("Titre\n\n" + text, "fr")));
        Assert.Equal("Nous ne sommes pas dans une impasse", quote.Text);
    }

    /// <summary>
    /// A closing mark that closes nothing, after a marked quote in mid-paragraph that ends its sentence: the page lost the second
    /// sentence's opening mark, so the speech runs from the sentence after that quote to the stray mark and its attribution.
    /// </summary>
    [Fact]
    public void A_lost_opening_mark_after_a_quote_that_ends_its_sentence()
    {
        const string text = "Numa entrevista, o presidente da câmara, Rui Matos, explicou o plano.\"Vamos reabrir a ponte antes do inverno\". "
            + "Mantê-la fechada é inútil. Os camiões podem usar a estrada velha\", disse Rui Matos.";
        var quotes = QuoteFinder.Find(Written("Título\n\n" + text, "pt"));
        Assert.Equal(["Vamos reabrir a ponte antes do inverno", "Mantê-la fechada é inútil. Os camiões podem usar a estrada velha"], quotes.Select(q => q.Text));
    }

    /// <summary>
    /// A closing mark that closes nothing after a quoted clause of five words or more that ends its sentence, though that quote opens
    /// inside the writer's sentence: the next sentence lost its opening mark, and it runs to the stray mark and its attribution.
    /// </summary>
    [Fact]
    public void A_lost_opening_mark_after_a_long_quoted_clause_that_ends_its_sentence()
    {
        const string text = "Il sindaco ha parlato a lungo, ma “nessuno ci chiede di chiudere il porto prima dell'estate”. "
            + "Non ci sarà niente del genere”, ha aggiunto.";
        var quotes = QuoteFinder.Find(Written("Titolo\n\n" + text, "it"));
        Assert.Equal(["nessuno ci chiede di chiudere il porto prima dell'estate", "Non ci sarà niente del genere"], quotes.Select(q => q.Text));
    }

    /// <summary>
    /// A spaced French closer before a comma whose « the page lost ("… nos objectifs », a déclaré …") opens no reversed »…« quote
    /// up to the next «: the speech runs from the paragraph's start to it, and the quote after the colon is found as written.
    /// </summary>
    [Fact]
    public void A_spaced_French_closer_whose_opening_mark_was_lost()
    {
        const string text = "Le port rouvrira lorsque nous aurons réparé les quais », a déclaré M. Durand, répétant sa formule : « Le port vivra ».";
        var quotes = QuoteFinder.Find(Written("Titre\n\n" + text, "fr"));
        Assert.Equal(["Le port rouvrira lorsque nous aurons réparé les quais", "Le port vivra"], quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("Заголовок\n\n\"Северный мост\" сполучає два береги річки з 1998 року. Ми відновимо його до зими\", зазначив мер Петро Гайдук.", "uk", "\"Северный мост\" сполучає", "до зими")]
    [InlineData("Заглавие\n\n\"Морска звезда\" е нов кораб, струващ над 60 милиона лева. Ние ще го пазим\", обяви Дюлгеров.", "bg", "\"Морска звезда\" е нов", "ще го пазим")]
    public void SpeechOpeningWithAQuotedNameSharesItsOpeningMark(string text, string language, string opening, string ending)
    {
        // Of two coinciding marks of one design, one is written: the speech's opening mark is the name's.
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)), q => q.Text.StartsWith(opening, StringComparison.Ordinal));
        Assert.EndsWith(ending, quote.Text, StringComparison.Ordinal);
    }
}
