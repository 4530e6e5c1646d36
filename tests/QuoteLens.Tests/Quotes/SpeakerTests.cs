using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>Canonical speakers: names without titles, pronouns and descriptions resolved, one key across scripts.</summary>
public class SpeakerTests
{
    [Theory]
    [InlineData("Russian President Vladimir Putin", "en", "Vladimir Putin")]
    [InlineData("Kremlin spokesperson Dmitry Peskov", "en", "Dmitry Peskov")]
    [InlineData("mardi la ministre des Transports, Anna Petrovska", "fr", "Anna Petrovska")]
    [InlineData("Bundeskanzler Olaf Scholz", "de", "Olaf Scholz")]
    [InlineData("US-Präsident Joe Biden", "de", "Joe Biden")]
    [InlineData("Mr Macron", "en", "Macron")]
    [InlineData("в РДК", "uk", "РДК")]
    [InlineData("пресс-секретарь президента России Дмитрий Песков", "ru", "Дмитрий Песков")]
    [InlineData("a joint statement published by the Freedom of Russia Legion, the Russian Volunteer Corps", "en", "Freedom of Russia Legion")]
    public void TitlesAndWeekdaysAreStripped(string phrase, string language, string name) =>
        Assert.Equal(name, SpeakerNames.Canonical(phrase, language));

    [Theory]
    [InlineData("he", "en")]
    [InlineData("the statement", "en")]
    [InlineData("the group", "en")]
    [InlineData("der Kanzler", "de")]
    [InlineData("le locataire de la Maison-Blanche", "fr")]
    [InlineData("глава государства", "ru")]
    [InlineData("She praised", "en")]
    [InlineData("президент РФ", "ru")]
    [InlineData("szef ukraińskiego MSZ", "pl")]
    public void PronounsAndDescriptionsNameNoOne(string phrase, string language) =>
        Assert.Null(SpeakerNames.Canonical(phrase, language));

    [Fact]
    public void OneKeyAcrossScripts()
    {
        var keys = new[] { "Putin", "Путин", "Путін", "Vladimir Putin", "Владимир Путин" }.Select(SpeakerNames.Key).Distinct().ToList();
        Assert.Equal(["putin"], keys);
        Assert.True(SpeakerNames.SameKey(SpeakerNames.Key("Scholz"), SpeakerNames.Key("Шольц")));
        Assert.False(SpeakerNames.SameKey(SpeakerNames.Key("Putin"), SpeakerNames.Key("Peskov")));
    }

    [Theory]
    [InlineData("Papa Francesco", "Pope Francis")]
    [InlineData("Franciszek", "Francis")]
    [InlineData("Papst Franziskus", "Francis")]
    [InlineData("Папа Франциск", "Pope Francis")]
    [InlineData("le pape François", "Francis")]
    [InlineData("König Karl", "King Charles")]
    [InlineData("Cezar", "Caesar")]
    [InlineData("Цезарь", "Caesar")]
    [InlineData("César", "Caesar")]
    public void NameFormsOfHeadsOfStateAndChurchShareAKey(string form, string english) =>
        Assert.True(SpeakerNames.SameKey(SpeakerNames.Key(form), SpeakerNames.Key(english)));

    [Theory]
    [InlineData("جو بايدن", "Joe Biden")]
    [InlineData("دونالد ترامب", "Donald Trump")]
    [InlineData("بوتين", "Putin")]
    [InlineData("ستولتنبرج", "Stoltenberg")]
    [InlineData("شولتس", "Scholz")]
    [InlineData("زيلينسكي", "Zelensky")]
    public void ArabicNamesMeetTheirLatinForms(string arabic, string latin)
    {
        Assert.True(SpeakerNames.SameKey(SpeakerNames.Key(arabic), SpeakerNames.Key(latin)));
        Assert.True(SpeakerNames.SameKey(SpeakerNames.Key(latin), SpeakerNames.Key(arabic)));
    }

    [Theory]
    [InlineData("بايدن", "Putin")]
    [InlineData("ترامب", "Biden")]
    [InlineData("بوتين", "Peskov")]
    [InlineData("Francesco", "Bruni")]
    public void DifferentNamesKeepDifferentKeys(string a, string b) =>
        Assert.False(SpeakerNames.SameKey(SpeakerNames.Key(a), SpeakerNames.Key(b)));

    [Theory]
    [InlineData("«Мы этого не допустим», — сказал Путин.", "ru", "Путин", "сказал")]
    [InlineData("«Ми цього не допустимо», — заявив Путін.", "uk", "Путін", "заявив")]
    [InlineData("«Ми продовжуємо нашу операцію», — зазначили в РДК.", "uk", "в РДК", "зазначили")]
    [InlineData("„Wir werden das nicht zulassen“, sagte Scholz.", "de", "Scholz", "sagte")]
    [InlineData("“No lo permitiremos”, dijo el presidente Pedro Sánchez.", "es", "el presidente Pedro Sánchez", "dijo")]
    [InlineData("“Non lo permetteremo”, ha detto Giorgia Meloni.", "it", "Giorgia Meloni", "ha detto")]
    [InlineData("“We laten dit niet toe”, zei Mark Rutte.", "nl", "Mark Rutte", "zei")]
    [InlineData("„Nu vom permite asta”, a declarat Klaus Iohannis.", "ro", "Klaus Iohannis", "a declarat")]
    [InlineData("Путін також додав: «Ми цього не допустимо».", "uk", "Путін", "додав")]
    [InlineData("Putin także dodał: „Nie pozwolimy na to”.", "pl", "Putin", "dodał")]
    public void AttributionsInManyLanguages(string text, string language, string speaker, string cue)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal((speaker, cue), (quote.Speaker, quote.Cue));
        Assert.NotNull(quote.CanonicalSpeaker);
        Assert.True(quote.IsSpokenBy(quote.CanonicalSpeaker!));
    }

    [Theory]
    [InlineData("„Das ist traurig“, fügte der Kremlchef hinzu.", "de", "der Kremlchef", "putin")]
    [InlineData("„So ist das Leben“, sagte der 71-Jährige.", "de", "der 71-Jährige", "putin")]
    [InlineData("„Das ist alles“, fügte der 71-jährige Präsident hinzu.", "de", "der 71-jährige Präsident", "putin")]
    [InlineData("\"Zo is het leven\", voegde Poetin eraan toe.", "nl", "Poetin", "poetin")]
    public void ASpeakerPhraseAfterItsCueKeepsAnAgeAndLeavesTheVerbsParticle(string sentence, string language, string speaker, string key)
    {
        // "fügte der Kremlchef hinzu" had the speaker "der Kremlchef hinzu", "sagte der 71-Jährige" the speaker "der 71".
        var quote = Assert.Single(QuoteFinder.Find(Written("Wladimir Putin sprach am Sonntag.\n" + sentence, language)));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(key, quote.SpeakerKey);
    }

    [Fact]
    public void PronounsAndStatementsTakeTheNamedSourceBeforeThem()
    {
        var article = Written(
            "Russian President Vladimir Putin spoke on Friday. “We will find them,” he said.\n" +
            "The Freedom of Russia Legion said it had crossed the border. “We are coming home,” the statement said.\n" +
            "“Stay in your homes,” the group added.");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(["Vladimir Putin", "Freedom of Russia Legion", "Freedom of Russia Legion"], quotes.Select(q => q.CanonicalSpeaker));
        Assert.Equal(["he", "the statement", "the group"], quotes.Select(q => q.Speaker));
        Assert.True(quotes[0].IsSpokenBy("Путин"));
        Assert.True(quotes[0].IsSpokenBy("Путін"));
    }

    [Fact]
    public void AFragmentPraisedIsNoSpeakerPhrase()
    {
        var article = Written("Foreign Minister Annalena Baerbock spoke in Kyiv. She praised the \"courage\" of the Ukrainian people.");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.NotEqual(QuoteKind.Full, quote.Kind);
        Assert.NotEqual("She praised", quote.Speaker);
    }

    [Fact]
    public void ScareQuotesTakeTheSpeakerOfTheirSentence()
    {
        var article = Written("Президент Владимир Путин заявил, что все будут наказаны. Это был «кровавый» теракт.", "ru");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal(QuoteKind.Scare, quote.Kind);
        Assert.Equal("Владимир Путин", quote.CanonicalSpeaker);
    }

    [Fact]
    public void WithoutACueTheArticlesNamedPersonSpeaks()
    {
        var article = Written(
            "Президент Владимир Путин назвал нападение «жестоким» и «кровавым» терактом.\n" +
            "Путин объявил день траура. «Все исполнители найдены и задержаны».", "ru");
        var quotes = QuoteFinder.Find(article);
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal("Владимир Путин", q.CanonicalSpeaker));
    }

    [Theory]
    [InlineData("президент России", "ru")]
    [InlineData("президента України", "uk")]
    [InlineData("el presidente de Estados Unidos", "es")]
    [InlineData("el Sumo Pontífice", "es")]
    public void ATitlesCountryOrComplementIsNoSpeaker(string phrase, string language) =>
        Assert.Null(SpeakerNames.Canonical(phrase, language));

    [Fact]
    public void ACapitalisedSoOpensASentenceAndIsNoCue()
    {
        var article = Written("So reagiert Jewgeni Prigoschin auf Putins Rede: «Der Präsident irrt gewaltig.»", "de");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.NotEqual("Putins Rede", quote.CanonicalSpeaker);
        var after = Assert.Single(QuoteFinder.Find(Written("«Wir liefern keine Taurus», so Kanzler Olaf Scholz.", "de")));
        Assert.Equal("Olaf Scholz", after.CanonicalSpeaker);
    }

    [Fact]
    public void AnOfficeInOtherWordsIsThePersonHoldingIt()
    {
        var article = Written(
            "El papa Francisco habló con la televisión suiza. El portavoz Matteo Bruni dijo que era una imagen.\n" +
            "\"Hay que tener el coraje de negociar\", ha señalado el Pontífice.", "es");
        var quote = QuoteFinder.Find(article).Last();
        Assert.Equal("Francisco", quote.CanonicalSpeaker);
    }

    [Fact]
    public void NamesInsideQuotesAreNoMentions()
    {
        var text = "“This lowlife Putin kept silent for 24 hours,” he said.";
        var quoted = QuotedText.Of(text);
        Assert.True(quoted.Contains(text.IndexOf("Putin", StringComparison.Ordinal)));
        Assert.False(quoted.Contains(text.IndexOf("he said", StringComparison.Ordinal)));
        Assert.True(QuotedText.Of("„Wir schaffen das“, sagte sie.").Contains(3));
        Assert.False(QuotedText.Of("„Wir schaffen das“, sagte sie.").Contains(22));
    }

    [Theory]
    [InlineData("“Didn’t you pay?” Trump was quoted as saying.", "en", "Trump")]
    [InlineData("“Serve coraggio” – avrebbe detto Francesco.", "it", "Francesco")]
    [InlineData("„Президентът дълбоко греши“, заяви Пригожин.", "bg", "Пригожин")]
    public void MoreCues(string text, string language, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void AnOutletCitingSomeoneIsNoSpeaker()
    {
        var article = Written(
            "Основатель ЧВК Евгений Пригожин решил прекратить свой бунт. Об этом сообщает РБК-Украина со ссылкой на его пресс-службу.\n" +
            "«Мы разворачиваем свои колонны», — говорится в сообщении.", "ru");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Евгений Пригожин", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("Mit Blick auf die Festgenommenen sagte Putin: „Sie wollten fliehen.“", "de", "Putin")]
    [InlineData("Tegen de naasten van de vermisten zei Biden: \"Elke minuut telt.\"", "nl", "Biden")]
    [InlineData("Unter großem Beifall der Abgeordneten sagte Kaya: „Wir werden das niemals akzeptieren.“", "de", "Kaya")]
    [InlineData("Während der Pressekonferenz sagte Kaya: „Wir werden das niemals akzeptieren.“", "de", "Kaya")]
    [InlineData("Tijdens het debat in het parlement zei Kaya: \"Wij zullen dit nooit aanvaarden.\"", "nl", "Kaya")]
    [InlineData("Zondag zei Kaya: \"Wij zullen dit nooit aanvaarden.\"", "nl", "Kaya")]
    public void AnAdverbialBeforeTheVerbPutsTheSpeakerAfterIt(string text, string language, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void ASpeakerAfterItsCueEndsAtAConjunction()
    {
        var article = Written("US-Präsident Joe Biden sprach im Weißen Haus. \"Wir schaffen das\", sagte der US-Präsident und lobte die Anstrengungen der Helfer.", "de");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("der US-Präsident", quote.Speaker);
        Assert.Equal("Joe Biden", quote.CanonicalSpeaker);
    }

    [Fact]
    public void OneSpellingPerSpeakerAcrossACorpus()
    {
        var quotes = QuoteFinder.FindAll(QuoteTestArticles.Corpus("peskov-2024-02")).Where(q => q.SpeakerKey == "peskov").ToList();
        Assert.Equal(["Dmitry Peskov"], quotes.Select(q => q.CanonicalSpeaker).Distinct());
        Assert.Contains(quotes, q => q.Speaker == "Песков");
    }
}

/// <summary>Direct speech in the conventions real pages use beyond paired marks.</summary>
public class UnmarkedSpeechTests
{
    [Fact]
    public void AStatementQuotedAsOneBlockRunsToItsClosingMark()
    {
        var text = "Quote: \"The following is a joint statement of the three groups.\n" +
                   "We are addressing the residents of the region.\n" +
                   "We urge you to leave. We are not evacuating the cities.\"\n" +
                   "The governor did not comment.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text)));
        Assert.False(quote.Unclosed);
        Assert.StartsWith("The following is a joint statement", quote.Text);
        Assert.EndsWith("We are not evacuating the cities.", quote.Text);
        Assert.Equal(text[quote.Start..quote.End], quote.Text);
    }

    [Fact]
    public void AnOpeningNeverClosedStaysOneParagraphAndUnclosed()
    {
        var text = "He said \"we will see what happens next.\nThe governor did not comment.\nOfficials said the roads were open.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text)));
        Assert.True(quote.Unclosed);
        Assert.Equal("we will see what happens next.", quote.Text);
    }

    [Fact]
    public void DashDialogueIsDirectSpeech()
    {
        var text = "– To, co widzimy, to cios w plecy – powiedział Putin. – Potrzebujemy jedności wszystkich sił.";
        var quotes = QuoteFinder.Find(Written(text, "pl"));
        Assert.Equal(["To, co widzimy, to cios w plecy", "Potrzebujemy jedności wszystkich sił."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Putin", q.CanonicalSpeaker));
        Assert.All(quotes, q => Assert.Equal(text[q.Start..q.End], q.Text));
    }

    [Fact]
    public void ALeadInColonWithoutMarksIsDirectSpeech()
    {
        var text = "وقال بايدن: سنعمل على إعادة تشغيل ميناء بالتيمور في أقرب وقت ممكن.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ar")));
        Assert.StartsWith("سنعمل", quote.Text);
        Assert.Equal("بايدن", quote.Speaker);
        Assert.Equal("", quote.OpenMark);
    }

    [Fact]
    public void AWriterSentenceWithADashIsNotSpeech()
    {
        Assert.Empty(QuoteFinder.Find(Written("The bridge collapsed at night - officials closed the port for weeks.")));
    }
}
