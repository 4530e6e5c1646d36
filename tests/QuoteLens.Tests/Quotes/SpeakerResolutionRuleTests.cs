using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// One fact per resolution rule of the fifth speaker pass: dropped pronouns, names inside dash speech, sources named after a
/// full stop or at the end of the paragraph before, descriptions that name someone, initials, "but", commissioners, possessives,
/// elided articles and one name across Cyrillic and Latin spellings.
/// </summary>
public class SpeakerResolutionRuleTests
{
    [Fact]
    public void AVerbWithoutSubjectAfterDashSpeechRefersToThePersonNamedBefore()
    {
        var article = Written(
            "Po niemal 20 godzinach od zamachu, Władimir Putin wygłosił specjalne oświadczenie. Prezydent Rosji zasugerował, że Ukraińcy mieli odegrać rolę. " +
            "– Terroryści przemieszczali się w kierunku Ukrainy. Wszyscy zostali aresztowani – oznajmił.", "pl");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Władimir Putin", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ARussianVerbWithoutSubjectTakesTheSpeakerBefore()
    {
        var article = Written(
            "Президент Владимир Путин выступил с обращением к гражданам.\n\n" +
            "«Все четверо непосредственных исполнителей теракта найдены и задержаны», — сказал.", "ru");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Владимир Путин", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AnItalianSourceSentenceAfterTheQuoteNamesItsSpeaker()
    {
        var article = Written(
            "Il Papa ha parlato della guerra in un'intervista.\n\n" +
            "“Il Papa usa il termine bandiera bianca per indicare la cessazione delle ostilità”. Così Matteo Bruni, direttore della Sala stampa vaticana, sulle parole del Papa.", "it");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Matteo Bruni", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AQuoteOpeningAParagraphIsTheStatementOfTheSourceNamedAtTheEndOfTheOneBefore()
    {
        var article = Written(
            "Папа Римський Франциск дав інтерв'ю швейцарському телебаченню.\n\n" +
            "У Ватикані пояснили слова понтифіка. Про це повідомив керівник прес-служби Ватикану Маттео Бруні в коментарі агентству ANSA.\n\n" +
            "\"Папа використовує термін, запропонований його інтерв'юером, щоб вказати на припинення військових дій\".", "uk");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Маттео Бруні", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ADescriptionThatNamesAPersonOfTheArticleIsThatPerson()
    {
        var article = Written(
            "It appears to be a direct response from Yevgeny Prigozhin, the head of the mercenary group, to President Vladimir Putin’s TV address.\n\n" +
            "A male voice resembling that of Prigozhin can be heard saying: “About treason of motherland, the president was deeply mistaken.”");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Yevgeny Prigozhin", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ADescriptionOfAnOfficeInAPlaceIsNotThePlace()
    {
        var article = Written(
            "Le président Joe Biden s'est exprimé mardi depuis la Maison Blanche.\n\n" +
            "« Nous allons reconstruire ce pont ensemble », a déclaré le locataire de la Maison Blanche.", "fr");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Joe Biden", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheDotOfAMiddleInitialDoesNotCutTheSurnameOff()
    {
        var article = Written("“Il n’y a aucune information crédible suggérant des liens avec le terrorisme”, a déclaré William J. DelBagno, du FBI.", "fr");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("William J. DelBagno", quote.Speaker);
        Assert.EndsWith("DelBagno", quote.CanonicalSpeaker, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommissionerIsATitle() =>
        Assert.Equal("Richard Worley", SpeakerNames.Canonical("Baltimore's Police Commissioner Richard Worley", "en"));

    [Fact]
    public void TheSubjectStartsAfterBut()
    {
        var article = Written(
            "L’organisation État islamique a revendiqué l’attentat mais Vladimir Poutine affirme que les auteurs devaient gagner l’Ukraine via une « fenêtre » qui leur avait été « préparée ».", "fr");
        Assert.All(QuoteFinder.Find(article), q => Assert.Equal("Vladimir Poutine", q.CanonicalSpeaker));
    }

    [Fact]
    public void AFirstNameAndPatronymicResolveToThePersonNamedBefore()
    {
        Assert.Null(SpeakerNames.Canonical("Владимир Владимирович", "ru"));
        var article = Written(
            "«Преступники хладнокровно шли убивать», - сказал Путин.\n\n" +
            "Кроме того, Владимир Владимирович пообещал найти и покарать всех, причастных к бойне:\n\n" +
            "«Мы установим и покараем каждого, кто стоял за этим преступлением».", "ru");
        Assert.All(QuoteFinder.Find(article), q => Assert.Equal("Путин", q.CanonicalSpeaker));
    }

    [Theory]
    [InlineData("ватажок ПВК", "uk")]
    [InlineData("the spokesman of NATO", "en")]
    public void ADescriptionBeforeABodysAcronymNamesNoOne(string phrase, string language) =>
        Assert.Null(SpeakerNames.Canonical(phrase, language));

    [Theory]
    [InlineData("в РДК", "uk", "РДК")]
    [InlineData("у ГУР", "uk", "Ukrainian military intelligence")]
    public void ABodysAcronymAfterAPrepositionIsTheBody(string phrase, string language, string body) =>
        Assert.Equal(body, SpeakerNames.Canonical(phrase, language));

    [Fact]
    public void AGermanPerfectClosedByItsParticipleNamesTheSpeaker()
    {
        var article = Written("«Wenn man sieht, dass man besiegt wird, muss man den Mut haben, zu verhandeln», hatte Franziskus gesagt.", "de");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Franziskus", quote.CanonicalSpeaker);
        Assert.Equal("Trump", SpeakerNames.Canonical("will Trump am Ende des Wortwechsels", "de"));
    }

    [Fact]
    public void AnObjectLeadingIntoTheQuoteIsItsSpeaker()
    {
        var article = Written(
            "Бывший президент США Дональд Трамп заявил на митинге, что не станет защищать союзников.\n\n" +
            "Генеральный секретарь НАТО Йенс Столтенберг заявил, что такие слова подрывают безопасность альянса.\n\n" +
            "Газета пишет, что речь идёт о следующих словах Трампа: «Я бы не стал тебя защищать. Я бы посоветовал им делать всё, что они хотят».", "ru");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Дональд Трамп", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AVerbWithoutSubjectBeforeTheQuoteRefersToThePersonNamedBefore()
    {
        var article = Written(
            "Po 12 godzinach milczenia głos w sprawie zabrał Władimir Putin. Zapewnił, że „czterej bezpośredni sprawcy ataku terrorystycznego” zostali zatrzymani.\n\n" +
            "Atak terrorystyczny w Rosji. Tak do sprawy odniósł się Wołodymyr Zełenski.", "pl");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Władimir Putin", quote.CanonicalSpeaker);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void AParticipleTakesTheNameRightBeforeIt()
    {
        var article = Written(
            "Putin spoke to his nation after a night of uncertainty, with Prigozhin vowing they were \"ready to die\" to unseat Moscow's army leadership.");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Prigozhin", quote.Speaker);
    }

    [Fact]
    public void AnElidedArticleOpensNoName() =>
        Assert.Null(SpeakerNames.Canonical("L’organisation", "fr"));

    [Fact]
    public void ANameEndsWithItsPossessive() =>
        Assert.Equal("Vladimir Putin", SpeakerNames.Canonical("to President Vladimir Putin’s TV address", "en"));

    [Fact]
    public void TheDutchForJoinsTheWordsOfABodysName() =>
        // "Het Vrijheid voor Rusland Legioen meldt:" (rdk's Dutch articles) had been read as "Rusland Legioen".
        Assert.Equal("Vrijheid voor Rusland Legioen", SpeakerNames.Canonical("Het Vrijheid voor Rusland Legioen", "nl"));

    [Fact]
    public void ALoneSentenceSubjectIsWhomAPronounRefersTo()
    {
        var article = Written(
            "Scholz hatte seine Weigerung mit dem Risiko einer Verwicklung Deutschlands in den Krieg begründet. " +
            "„Deutsche Soldaten dürfen an keiner Stelle mit den Zielen verknüpft sein“, sagte er am Montag.", "de");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Scholz", quote.CanonicalSpeaker);
    }

    [Fact]
    public void CyrillicAndLatinSpellingsOfOneFullNameShareOneSignature()
    {
        Assert.Equal(SpeakerNames.Signature("Andrew Bates"), SpeakerNames.Signature("Ендрю Бейтс"));
        Assert.Equal(SpeakerNames.Signature("Donald Trump"), SpeakerNames.Signature("Дональда Трампа"));
        Assert.NotEqual(SpeakerNames.Signature("Donald Trump"), SpeakerNames.Signature("Donald Tusk"));
        Assert.Null(SpeakerNames.Signature("Путин"));
    }

    [Fact]
    public void ACyrillicSpeakerTakesTheLatinFormOfTheSameFullName()
    {
        var corpus = new[]
        {
            Written("“Encouraging invasions of our closest allies by murderous regimes is appalling,” White House spokesperson Andrew Bates said."),
            Written("\"Заохочувати вторгнення вбивчих режимів до наших найближчих союзників є жахливим\", — сказав представник Білого дому Ендрю Бейтс.", "uk"),
        };
        var quotes = QuoteFinder.UnifySpeakers([.. corpus.SelectMany(QuoteFinder.Find)]);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Andrew Bates", q.CanonicalSpeaker));
        Assert.Equal(quotes[0].SpeakerKey, quotes[1].SpeakerKey);
    }

    [Fact]
    public void AnArabicSpeakerTakesTheNameOfTheSpeakerWithItsConsonants()
    {
        var corpus = new[]
        {
            Written("“The bridge will be rebuilt,” Governor Marek Tolvan said.") with { Id = "a" },
            Written("وقال تولفان: \"سنعيد بناء الجسر\".", "ar") with { Id = "b" },
        };
        var quotes = QuoteFinder.UnifySpeakers([.. corpus.SelectMany(QuoteFinder.Find)]);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marek Tolvan", q.CanonicalSpeaker));
    }

    [Theory]
    [InlineData("nl", "\"Wat meneer Navalny betreft, ja, hij is overleden\", zei de Russische president Vladimir Poetin.")]
    [InlineData("fr", "« Quant à M. Navalny, oui, il est décédé », a déclaré le président russe Vladimir Poutine.")]
    public void ANameSpelledTheWayOfItsLanguageIsTheSameSpeakerAsTheEnglishSpelling(string language, string text)
    {
        var corpus = new[]
        {
            Written("“As for Mr Navalny, yes, he passed away,” Russian President Vladimir Putin said.") with { Id = "a" },
            Written(text, language) with { Id = "b" },
        };
        var quotes = QuoteFinder.UnifySpeakers([.. corpus.SelectMany(QuoteFinder.Find)]);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(quotes[0].SpeakerKey, quotes[1].SpeakerKey);
        Assert.All(quotes, q => Assert.Equal("Vladimir Putin", q.CanonicalSpeaker));
    }

    [Fact]
    public void OneArticlesLongerSpellingDoesNotRenameASpeakerOthersSpellAlike()
    {
        var corpus = new[]
        {
            Written("“We will respond to any escalation,” Vladimir Putin said on Thursday.") with { Id = "a" },
            Written("“The strike was a test of the new system,” Russian President Vladimir Putin said.") with { Id = "b" },
            Written("“We will respond to any escalation,” said Vladimir Vladimirovich Putin in the address.") with { Id = "c" },
        };
        var quotes = QuoteFinder.UnifySpeakers([.. corpus.SelectMany(QuoteFinder.Find)]);
        Assert.Equal(["Vladimir Putin", "Vladimir Putin", "Vladimir Vladimirovich Putin"], corpus.SelectMany(QuoteFinder.Find).Select(q => q.CanonicalSpeaker));
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Vladimir Putin", q.CanonicalSpeaker));
    }

    [Fact]
    public void ABodyEachOutletNamesInItsOwnLanguageTakesItsEnglishName()
    {
        // Each form written by one article in one language: the longest had won ("Légion « Liberté de la Russie »", five words).
        var corpus = new[]
        {
            Written("La Légion « Liberté de la Russie » a déclaré : « Nous sommes russes comme vous. »", "fr") with { Id = "a" },
            Written("The Freedom of Russia Legion said: \"We are Russians like you.\"") with { Id = "b" },
            Written("Die Legion „Freiheit Russlands“ erklärte: „Wir sind Russen wie ihr.“", "de") with { Id = "c" },
        };
        var found = corpus.SelectMany(QuoteFinder.Find).ToList();
        Assert.Equal(3, found.Select(q => q.CanonicalSpeaker).Distinct().Count());
        var quotes = QuoteFinder.UnifySpeakers(found);
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Freedom of Russia Legion", q.CanonicalSpeaker));
    }

    [Theory]
    [InlineData(
        // rdk-legion-belgorod-raids-2023 (G29 nieuwsblad, G31 trouw, G08 pravda): two Dutch articles had made the Legion
        // "Vrijheid voor Rusland Legioen" in every article of the corpus, the English one's among them.
        new[]
        {
            "Het Vrijheid voor Rusland Legioen roept de inwoners van Belgorod op om zich niet te verzetten en niet bang te zijn: “Wij zijn niet uw vijanden. De vrijheid is nabij!” klinkt het.",
            "Het Vrijheid voor Rusland Legioen roept de inwoners op: “In tegenstelling tot de zombies van Poetin, raken we geen burgers aan.” klinkt het.",
            "The Freedom of Russia Legion said: \"We are not your enemies.\"",
        },
        new[] { "nl", "nl", "en" },
        new[] { "Vrijheid voor Rusland Legioen", "Vrijheid voor Rusland Legioen", "Freedom of Russia Legion" },
        "Freedom of Russia Legion")]
    [InlineData(
        // G55 ukranews (en), G33 demorgen (nl), G17 rrn (de): a spelling two other languages share.
        new[]
        {
            "\"The armed guerrilla movement has always become an integral political force,\" said Mykhailo Podoliak, adviser to the head of the Office of the President.",
            "\"Oekraïne volgt de situatie in Belgorod aandachtig, maar heeft er niks mee te maken,\" schrijft de Oekraïense presidentieel adviseur Mychajlo Podoljak op Telegram.",
            "„Die Ukraine beobachtet die Ereignisse mit Interesse“, sagte der Berater des Präsidenten der Ukraine, Mychajlo Podoljak.",
        },
        new[] { "en", "nl", "de" },
        new[] { "Mykhailo Podoliak", "Mychajlo Podoljak", "Mychajlo Podoljak" },
        "Mykhailo Podoliak")]
    public void TheEnglishNameOfASpeakerWinsOverTheNameOfMoreArticlesOrLanguages(string[] texts, string[] languages, string[] read, string unified)
    {
        var corpus = texts.Select((text, n) => Written(text, languages[n]) with { Id = ((char)('a' + n)).ToString() });
        var found = corpus.SelectMany(QuoteFinder.Find).ToList();
        Assert.Equal(read, found.Select(q => q.CanonicalSpeaker));
        var quotes = QuoteFinder.UnifySpeakers(found);
        Assert.All(quotes, q => Assert.Equal(unified, q.CanonicalSpeaker));
    }

    [Fact]
    public void TheSpellingsOfOneSurnameInOtherLanguagesAreOneSpeaker()
    {
        // prigozhin-ammunition-2023-05 had four speakers for Prigozhin (Yevgeny Prigozhin 118 quotes, Evguéni Prigojine 21,
        // Jewgeni Prigoschin 18, Jewgienij Prigożyn 8); kursk-incursion-2024-08 a Cyrillic genitive of Zelensky's apart.
        var corpus = new[]
        {
            Written("\"Where is the ammunition?\" Yevgeny Prigozhin said.") with { Id = "a" },
            Written("\"We have no shells,\" Yevgeny Prigozhin said.") with { Id = "b" },
            Written("„Wo ist die Munition?“, sagte Jewgeni Prigoschin.", "de") with { Id = "c" },
            Written("« Où sont les munitions ? », a déclaré Evguéni Prigojine.", "fr") with { Id = "d" },
            Written("„Gdzie jest amunicja?” – powiedział Jewgienij Prigożyn.", "pl") with { Id = "e" },
            Written("\"We will respond,\" Dmitry Peskov said.") with { Id = "f" },
        };
        var found = corpus.SelectMany(QuoteFinder.Find).ToList();
        Assert.Equal(5, found.Select(q => q.SpeakerKey).Distinct().Count());
        var quotes = QuoteFinder.UnifySpeakers(found);
        Assert.Equal(["Yevgeny Prigozhin", "Yevgeny Prigozhin", "Yevgeny Prigozhin", "Yevgeny Prigozhin", "Yevgeny Prigozhin", "Dmitry Peskov"], quotes.Select(q => q.CanonicalSpeaker));
        Assert.Equal(2, quotes.Select(q => q.SpeakerKey).Distinct().Count());
    }

    [Fact]
    public void BodiesWithSimilarNamesStayApart()
    {
        var corpus = new[]
        {
            Written("\"The attack was repelled,\" the Russian Defence Ministry said.") with { Id = "a" },
            Written("\"The attack was a success,\" the Ukrainian Defence Ministry said.") with { Id = "b" },
        };
        var quotes = QuoteFinder.UnifySpeakers(corpus.SelectMany(QuoteFinder.Find).ToList());
        Assert.Equal(2, quotes.Select(q => q.SpeakerKey).Distinct().Count());
    }

    [Theory]
    [InlineData("Am Sonntag erklärte Kremlsprecher Dmitri Peskow Putins Entscheidung: „Heute gewinnt auf dem Schlachtfeld, wer offener für Innovationen ist.“", "Dmitri Peskow")]
    [InlineData("„Heute gewinnt auf dem Schlachtfeld, wer offener für Innovationen ist“, begründete Peskow Putins Wahl.", "Peskow")]
    [InlineData("Peskow zitierte Putins Worte: „Heute gewinnt, wer offener für Innovationen ist.“", "Putin")]
    [InlineData("Putin sprach in Moskau.\n\nZu Bidens Gesundheitszustand und Mutmaßungen über seine Amtsunfähigkeit sagte Putin mit Blick auf das letzte Treffen der beiden Politiker in der Schweiz vor drei Jahren: “So etwas habe ich nicht gesehen.”", "Putin")]
    public void AHeadOfStatesGenitiveAfterANameIsNoPartOfIt(string text, string speaker)
    {
        // It had been "Peskow Putins", keyed as Putin; "Putins Worte" (Putin's words) the name of no one; and "Bidens
        // Gesundheitszustand" (Biden's health, putin-biden's Kitchen0) the speaker of Putin's answer.
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "de")));
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void ALowerCaseCyrillicSurnameNextToTheCueIsTheSpeaker()
    {
        var article = Written(
            "Терористи не могли сховатися в білорусі.\n\n" +
            "«Вони в білорусь ніяк не могли зайти», — заявив лукашенко.", "uk");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Лукашенко", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("представник")]
    [InlineData("україна")]
    [InlineData("він")]
    [InlineData("один")]
    public void ALowerCaseCyrillicWordWithoutASurnameShapeNamesNoOne(string phrase)
    {
        Assert.Null(SpeakerNames.Canonical(phrase, "uk"));
    }
}
