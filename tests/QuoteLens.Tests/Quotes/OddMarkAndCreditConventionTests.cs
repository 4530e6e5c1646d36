using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Quote conventions real pages use that a careful typesetter would not: a quote closed with another mark than the one that
/// opened it, a mark with a space on its inner side, a paragraph opened by a single mark that never closes, unmarked speech
/// credited to a news agency, a lost opening mark after a quote, and speech that lost its marks before "he argued". Every
/// sentence is made up; every quote's text must equal the article's text at its span.
/// </summary>
public class OddMarkAndCreditConventionTests
{
    [Fact]
    public void CurlyOpeningClosedByAStraightMarkBeforeALaterCurlyQuote()
    {
        var quotes = Found("“We will rebuild the port and the bridge,\" the governor said. “It will take a long time.”");
        Assert.Equal(["We will rebuild the port and the bridge,", "It will take a long time."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("the governor", q.Speaker));
    }

    [Theory]
    [InlineData("Pro-Ukrainian ‘partisans’ offer to hand over prisoners; the governor calls them ‘bastards’ in response.", "en", new[] { "partisans", "bastards" })]
    [InlineData("Het Kremlin spreekt van ‘Oekraïense saboteurs’ en kondigt ‘speciale maatregelen’ aan.", "nl", new[] { "Oekraïense saboteurs", "speciale maatregelen" })]
    [InlineData("Putin sends 'sincere condolences' and says the businessman 'made serious mistakes in his life'.", "en", new[] { "sincere condolences", "made serious mistakes in his life" })]
    public void APluralEndingClosesTheSingleQuoteOpenedJustBeforeIt(string text, string language, string[] expected)
    {
        // "‘partisans’ offer" had been read as a plural possessive: the quote ran on to the next mark.
        Assert.Equal(expected, Found(text, language).Select(q => q.Text));
    }

    [Fact]
    public void APluralPossessiveWithNoQuoteOpenBeforeItStaysAnApostrophe()
    {
        var quote = Assert.Single(Found("The militias’ plans were clear, the governor said: ‘We will defend every village.’"));
        Assert.Equal("We will defend every village.", quote.Text);
    }

    [Fact]
    public void GuillemetClosedByAStraightMark()
    {
        var quote = Assert.Single(Found("«Мы готовы к переговорам без предварительных условий\" — сказал министр.", "ru"));
        Assert.Equal("Мы готовы к переговорам без предварительных условий", quote.Text);
        Assert.Equal("министр", quote.Speaker);
    }

    [Fact]
    public void LowOpeningClosedByAStraightMarkBeforeALaterRegularQuote()
    {
        var quotes = Found("„Wir werden in dieser Frage nicht nachgeben\", sagte der Kanzler. „Das ist für uns völlig klar.“", "de");
        Assert.Equal(["Wir werden in dieser Frage nicht nachgeben", "Das ist für uns völlig klar."], quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("“We did everything we could for the families“ he said, and left the hall.", "We did everything we could for the families")]
    [InlineData("The mayor said the city was ‘doing everything it could for the families‘ after the storm.", "doing everything it could for the families")]
    public void OpeningMarkUsedTwice(string text, string expected)
    {
        var quote = Assert.Single(Found(text));
        Assert.Equal(expected, quote.Text);
        Assert.False(quote.Unclosed);
    }

    [Theory]
    [InlineData("\" We will not retreat from this position,\" the minister said on Friday.", "We will not retreat from this position,")]
    [InlineData("“ We will not retreat from this position,” the minister said on Friday.", "We will not retreat from this position,")]
    [InlineData("\"We will not retreat from this position \", the minister said on Friday.", "We will not retreat from this position")]
    [InlineData("\"We will not retreat from this position \" the minister said on Friday.", "We will not retreat from this position")]
    public void MarkWithASpaceOnItsInnerSide(string text, string expected)
    {
        var quote = Assert.Single(Found(text));
        Assert.Equal(expected, quote.Text);
        Assert.Equal("the minister", quote.Speaker);
        Assert.False(quote.Unclosed);
    }

    [Theory]
    [InlineData("en", "The minister Ahmed Salem said on Sunday: \" We have decided to take all the measures needed to protect the country\n\nand we will keep working with our partners in the region to the end\".\n\nHe left.", "We have decided", "to the end")]
    [InlineData("ar", "وقال الوزير أحمد سالم يوم الأحد: \" لقد قررنا اتخاذ كل الإجراءات اللازمة لحماية البلاد\n\nوسنواصل العمل مع شركائنا حتى النهاية\".\n\nوأضاف أن الوضع صعب.", "لقد قررنا", "حتى النهاية")]
    public void ASpacedMarkAfterAColonOpensAQuoteOverParagraphs(string language, string text, string start, string end)
    {
        // A spaced mark nothing closes in its paragraph was dropped (an inch mark, a ditto); after a colon it opens the quote.
        var quote = Assert.Single(Found(text, language));
        Assert.StartsWith(start, quote.Text, StringComparison.Ordinal);
        Assert.EndsWith(end, quote.Text, StringComparison.Ordinal);
        Assert.False(quote.Unclosed);
    }

    [Fact]
    public void SpacedMarksOnBothSidesPairInOrder()
    {
        var quote = Assert.Single(Found("The minister said \" we will not retreat from this position \" and left the room."));
        Assert.Equal("we will not retreat from this position", quote.Text);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
    }

    [Theory]
    [InlineData("The new set has a 65 \" screen and costs far more than the old one did.")]
    [InlineData("Pipes of 12 \" and 14 \" were delivered to the site on Monday morning.")]
    [InlineData("The crowd shouted \" and then the square fell silent for a long while.")]
    public void StraySpacedMarksAreNoQuotes(string text)
    {
        Assert.Empty(Found(text));
    }

    [Fact]
    public void ParagraphOpenedByAStraightSingleMarkThatNeverCloses()
    {
        const string text = "The mayor spoke to reporters at the harbour.\n'We have never seen anything like this in our lives, and the rebuilding will take years.\nThe works start in May.";
        var quote = Assert.Single(Found(text));
        Assert.Equal("We have never seen anything like this in our lives, and the rebuilding will take years.", quote.Text);
        Assert.True(quote.Unclosed);
    }

    [Fact]
    public void ParagraphOpenedByASingleGuillemetThatNeverCloses()
    {
        var quote = Assert.Single(Found("‹Nous n'avons jamais vu une chose pareille dans notre ville.", "fr"));
        Assert.Equal("Nous n'avons jamais vu une chose pareille dans notre ville.", quote.Text);
    }

    [Fact]
    public void StraightSingleQuoteOverTwoParagraphs()
    {
        const string text = "'The first part of what we agreed today is the ceasefire.\n'The second part is the exchange of prisoners,' the envoy said.";
        var quote = Assert.Single(Found(text));
        Assert.StartsWith("The first part", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("exchange of prisoners,", quote.Text, StringComparison.Ordinal);
        Assert.Equal("the envoy", quote.Speaker);
    }

    [Theory]
    [InlineData("'90s music was everywhere in the clubs of the city that summer.")]
    [InlineData("Rock 'n roll and the '90s never end, the players' union said.")]
    [InlineData("Erdoğan's party said it won't change course, and l'homme du jour agreed.")]
    [InlineData("'t was a long night for the rescuers and the families at the port.")]
    public void ApostrophesOpenNoQuote(string text)
    {
        Assert.Empty(Found(text));
    }

    [Fact]
    public void ASingleQuotedWordOpeningAParagraphStaysAScareQuote()
    {
        var quote = Assert.Single(Found("'Peace' was the word he used most often in the long speech that night."));
        Assert.Equal("Peace", quote.Text);
        Assert.Equal(QuoteKind.Scare, quote.Kind);
    }

    [Fact]
    public void ScareQuotesAndTitlesStayShort()
    {
        var quotes = Found("She praised the \"courage\" of the rescuers and showed the film \"The Long Night\" at the event.\nThe film runs for two hours.");
        Assert.Equal(["courage", "The Long Night"], quotes.Select(q => q.Text));
        Assert.Equal(QuoteKind.Scare, quotes[0].Kind);
        Assert.NotEqual(QuoteKind.Full, quotes[1].Kind);
        Assert.Null(quotes[0].Speaker);
    }

    [Theory]
    [InlineData("ru", "Мы будем действовать жестко и решительно в ответ на любые провокации, – цитирует его ТАСС.", "Мы будем действовать жестко и решительно в ответ на любые провокации")]
    [InlineData("ru", "— Ситуация остается под контролем, все службы работают в штатном режиме, — передают РИА Новости.", "Ситуация остается под контролем, все службы работают в штатном режиме")]
    [InlineData("uk", "Ми не дозволимо зірвати переговори за жодних обставин, – цитує його агентство.", "Ми не дозволимо зірвати переговори за жодних обставин")]
    [InlineData("ru", "Мы не отступим от своих целей ни при каких обстоятельствах, — сказал он.", "Мы не отступим от своих целей ни при каких обстоятельствах")]
    public void UnmarkedSpeechEndingInACredit(string language, string text, string expected)
    {
        var quote = Assert.Single(Found(text, language));
        Assert.Equal(expected, quote.Text);
    }

    [Fact]
    public void ACreditVerbWithoutADashIsNoQuote()
    {
        Assert.Empty(Found("Агентство цитирует слова министра о переговорах на прошлой неделе.", "ru"));
    }

    [Fact]
    public void LostOpeningMarkInTheSentenceAfterAQuoteThatOpensTheParagraph()
    {
        const string text = "\"Мы сразу привели в действие все свои подразделения\". Были задействованы силы полиции, выставлены посты на дорогах, привлечены пограничники\", - рассказал он.";
        var quotes = Found(text, "ru");
        Assert.Equal(["Мы сразу привели в действие все свои подразделения", "Были задействованы силы полиции, выставлены посты на дорогах, привлечены пограничники"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void AStrayClosingMarkAfterAQuoteInsideTheWritersSentenceTakesNothing()
    {
        var quotes = Found("Он назвал это \"провокацией\". Потом прибыли силы полиции и пограничники\", - рассказал он.", "ru");
        Assert.Equal(["провокацией"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void SpeechThatLostItsMarksBeforeAPronounAndASpeechVerb()
    {
        var quote = Assert.Single(Found("We must understand that the union cannot stay a defence dwarf, because the world has changed, he argued in a speech."));
        Assert.Equal("We must understand that the union cannot stay a defence dwarf, because the world has changed", quote.Text);
    }

    [Fact]
    public void ReportedSpeechBeforeAPronounIsNoQuote()
    {
        Assert.Empty(Found("The union cannot stay a defence dwarf because the world has changed, he argued in a speech."));
    }

    [Fact]
    public void BlockQuoteOpenedOnceAfterALeadIn()
    {
        const string text = "The statement reads:\n“We condemn the attack on the convoy.\nWe call on all sides to stop the fighting at once.”\nThe ministry gave no further details.";
        var quote = Assert.Single(Found(text));
        Assert.Equal("We condemn the attack on the convoy.\nWe call on all sides to stop the fighting at once.", quote.Text);
        Assert.False(quote.Unclosed);
    }

    [Theory]
    [InlineData("uk", "Заява:\nМи засуджуємо напад на колону і закликаємо всі сторони припинити вогонь.")]
    [InlineData("ru", "Цитата:\nМы осуждаем нападение на колонну и призываем все стороны прекратить огонь.")]
    [InlineData("en", "Quote:\nWe condemn the attack on the convoy and call on all sides to stop.")]
    public void LeadInParagraphBeforeUnmarkedSpeech(string language, string text)
    {
        var quote = Assert.Single(Found(text, language));
        Assert.Equal(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..], quote.Text);
    }

    [Fact]
    public void StraightOpeningClosedByACurlyOpeningMarkBeforeTheNextStraightQuote()
    {
        var quotes = Found("\"We did everything we could for the families“ he said. \"The rest is up to the courts.\"");
        Assert.Equal(["We did everything we could for the families", "The rest is up to the courts."], quotes.Select(q => q.Text));
    }

    [Fact]
    public void SpacedOpeningOfAParagraphContinuesAsAQuoteOverTwoParagraphs()
    {
        const string text = "\" We will not retreat from this position.\n\"We will hold the line until the spring,\" the commander said.";
        var quote = Assert.Single(Found(text));
        Assert.StartsWith("We will not retreat", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("until the spring,", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreditAfterACommaWithoutASpaceBeforeTheDash()
    {
        var quote = Assert.Single(Found("Все виновные будут найдены и наказаны по всей строгости закона,– цитирует его ТАСС.", "ru"));
        Assert.Equal("Все виновные будут найдены и наказаны по всей строгости закона", quote.Text);
    }

    [Fact]
    public void QuoteCardSignedWithANameAndATitleThatGoesOnInLowerCase()
    {
        const string text = "Oleg Petrenko spoke after the talks.\nWe closed the border in the first hour. Nobody could cross it. Oleg Petrenko Regional governor\nThe talks go on.";
        var quote = Assert.Single(Found(text));
        Assert.Equal("We closed the border in the first hour. Nobody could cross it.", quote.Text);
    }

    [Fact]
    public void ACaptionWithANameAndAVerbIsNoQuoteCard()
    {
        const string text = "Oleg Petrenko spoke after the talks.\nThe border was closed in the first hour. Oleg Petrenko speaks at the port\nThe talks go on.";
        Assert.Empty(Found(text));
    }

    [Fact]
    public void NestedCurlyQuotesStayInsideTheOuterQuote()
    {
        var quote = Assert.Single(Found("“He called the plan “madness” and left the room,” the deputy said."));
        Assert.Equal("He called the plan “madness” and left the room,", quote.Text);
        Assert.Equal("the deputy", quote.Speaker);
    }

    [Fact]
    public void ASpacedWordInMarksStaysAScareQuote()
    {
        var quote = Assert.Single(Found("He used the word \" peace \" twice in his short speech on Sunday."));
        Assert.Equal("peace", quote.Text);
        Assert.Equal(QuoteKind.Scare, quote.Kind);
    }

    /// <summary>The quotes of <paramref name="text"/>, each checked to equal the article's text at its span.</summary>
    private static IReadOnlyList<Quote> Found(string text, string language = "en")
    {
        var quotes = QuoteFinder.Find(Written(text, language));
        Assert.All(quotes, q => Assert.Equal(text[q.Start..q.End], q.Text));
        return quotes;
    }
}
