using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>Every quotation convention, with real sentences from data/ where the corpora have them.</summary>
public class QuoteConventionTests
{
    private const string Belgorod = "belgorod-2024-03";
    private const string Peskov = "peskov-2024-02";
    private const string Macron = "macron-2024-02";

    [Fact]
    public void CurlyDoubleQuotesKeepTheirApostrophesInside()
    {
        var quote = QuoteStarting(Real(Belgorod, "000"), "Putin’s killers");
        Assert.EndsWith("dozens of ordinary innocent people (mostly women and children) die from shelling from Belgorod,", quote.Text);
        Assert.Equal("“", quote.OpenMark);
        Assert.Equal(QuoteKind.Full, quote.Kind);
        Assert.False(quote.Unclosed);
    }

    [Theory]
    [InlineData("Alan Brisk, the city's mayor\"The harbour will open again in May. We have repaired every crane.\"")]
    [InlineData("Article continues after this advertisement“The harbour will open again in May,” Alan Brisk told reporters.")]
    public void AnOpeningMarkGluedToALabelBeforeItStillOpensAQuote(string paragraph)
    {
        // A caption or an ad label that lost its line break glues the opening mark to its last word: with no quote open, a " or “
        // between a lower-case letter and a capitalised word opens the speech its closing mark ends.
        var quote = Assert.Single(QuoteFinder.Find(Written("The mayor spoke on Friday.\n\n" + paragraph)));
        Assert.StartsWith("The harbour will open again in May", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AGluedMarkNothingClosesIsNoQuote()
    {
        Assert.Empty(QuoteFinder.Find(Written("The mayor spoke on Friday.\n\nAlan Brisk, the city's mayor\"The harbour will open again in May.")));
    }

    [Fact]
    public void DoubledRightSingleMarksOpenAndCloseAQuote()
    {
        // Some Spanish pages type ’’…’’ (two right single marks) for « »: the pair is one mark, the words between are the quote,
        // and the attribution after the closing pair names the speaker.
        const string Text = "La alcaldesa habló con la prensa.\n\n’’Reabriremos el puerto antes del viernes’’, ha asegurado este lunes la alcaldesa, Lucía Ferrán, que habló de un daño ’’enorme’’.";
        var quotes = QuoteFinder.Find(Written(Text, "es"));
        var full = Assert.Single(quotes, q => q.Kind == QuoteKind.Full);
        Assert.Equal("Reabriremos el puerto antes del viernes", full.Text);
        Assert.Equal("Reabriremos el puerto antes del viernes", Text[full.Start..full.End]);
        Assert.Equal("Lucía Ferrán", full.CanonicalSpeaker);
        Assert.Contains(quotes, q => q.Text == "enorme");
        Assert.Equal(2, quotes.Count);
    }

    [Theory]
    [InlineData("El puerto’s daño, dijo l’alcaldesa.")]
    [InlineData("Dijo: ’Reabriremos’ y se fue’.")]
    public void ASingleRightMarkOpensNothing(string text) => Assert.Empty(QuoteFinder.Find(Written(text, "es")));

    [Fact]
    public void StraightDoubleQuotesAreFound()
    {
        var quote = QuoteStarting(Real(Belgorod, "002"), "Putin's killers are launching");
        Assert.Equal("\"", quote.OpenMark);
        Assert.EndsWith("are lost daily to shelling from Belgorod,", quote.Text);
    }

    [Fact]
    public void BritishSingleQuoteWithApostropheIsOneQuote()
    {
        // 004: ‘... Putin’s ...’ – the ’ of Putin’s and Kremlin’s is an apostrophe, not a closing mark.
        var quotes = QuoteFinder.Find(Real(Belgorod, "004"));
        var scare = Assert.Single(quotes, q => q.Text == "Kremlin’s dictatorship");
        Assert.Equal(QuoteKind.Scare, scare.Kind);
        var scum = Assert.Single(quotes, q => q.Text.StartsWith("As for these scum – I can’t find another name for them", StringComparison.Ordinal));
        // The quote runs on into the next paragraph (‘They have to be destroyed ...’), closing only there.
        Assert.EndsWith("what to do with them.\n‘They have to be destroyed like rats, and not even taken captive.", scum.Text);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("s ", StringComparison.Ordinal));
    }

    [Fact]
    public void GuillemetsAndRussianDashAttribution()
    {
        var quote = QuoteStarting(Real(Peskov, "D01"), "В этом случае уже нужно говорить");
        Assert.Equal("«", quote.OpenMark);
        Assert.Equal("В этом случае уже нужно говорить не о вероятности, а о неизбежности, вот так и оцениваем", quote.Text);
        Assert.Equal(("он", "сказал"), (quote.Speaker, quote.Cue));
        Assert.Equal("ru", quote.Language);
    }

    [Fact]
    public void OneGuillemetClosesANestedQuoteAndItsOuterQuoteBeforeTheAttributionDash()
    {
        // putin-prigozhin-crash-2023-08 P06 (365info.kz): «…сотрудники компании «Вагнер», — сказал он: the one » closes «Вагнер» and
        // the statement. Read as the inner quote's only, the statement ran on into the next paragraph's quote.
        const string text = "Title\n\n«Действительно, если там находились, а первичные данные говорят о том, что там находились сотрудники компании «Вагнер», — сказал он, говоря о заслугах вагнеровцев.\n\n«Вчера только, насколько мне известно, [Пригожин] вернулся из Африки, встречался здесь с некоторыми официальными лицами», — добавил Путин.\n";
        var quotes = QuoteFinder.Find(Written(text, "ru"));
        var statement = Assert.Single(quotes, q => q.Text.StartsWith("Действительно", StringComparison.Ordinal));
        Assert.Equal("Действительно, если там находились, а первичные данные говорят о том, что там находились сотрудники компании «Вагнер", statement.Text);
        Assert.False(statement.Unclosed);
        Assert.Single(quotes, q => q.Text.StartsWith("Вчера только", StringComparison.Ordinal));
    }

    [Fact]
    public void AGuillemetPairGluedInReverseInsideAnOpenQuoteIsNestedInIt()
    {
        // rdk G18 (masress, ar): «الهجوم يهدف إلى»تحويل الانتباه«عن …»: the page set the nested “…” as »…« glued to the words around it.
        // Read as closers and openers, the statement fell into three pieces and the key's partial quote between them was lost.
        const string text = "Title\n\nوأشار المتحدث باسم الكرملين إلى أن الرئيس أُبلغ، معتبرًا أن «الهجوم يهدف إلى»تحويل الانتباه«عن السيطرة على»باخموت«الذي تبنّته موسكو». وقال إنه يتفهم ذلك.\n";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ar")));
        Assert.Equal("الهجوم يهدف إلى»تحويل الانتباه«عن السيطرة على»باخموت«الذي تبنّته موسكو", quote.Text);
        Assert.False(quote.Unclosed);

        // German »…« and a nested »…« after a space inside «…» are read as before.
        var german = Assert.Single(QuoteFinder.Find(Written("Title\n\nEr sagte: »Wir bleiben.« Dann ging er.\n", "de")));
        Assert.Equal("Wir bleiben.", german.Text);
        var spaced = QuoteFinder.Find(Written("Title\n\nIl a dit : « Nous sommes là » puis « partis ».\n", "fr"));
        Assert.Equal(["Nous sommes là", "partis"], spaced.Select(q => q.Text));
    }

    [Fact]
    public void LowDoubleOpeningClosedByHighDouble()
    {
        // Romanian „…” (D15), as in Polish.
        var quote = QuoteStarting(Real(Peskov, "D15"), "În general, aici, probabil");
        Assert.Equal("„", quote.OpenMark);
        Assert.EndsWith("era chiar discutată", quote.Text);
        Assert.Equal(("Peskov", "a spus"), (quote.Speaker, quote.Cue));
    }

    [Theory]
    [InlineData("„Wir werden das nicht zulassen“, sagte der Sprecher.", "„", "Wir werden das nicht zulassen")]
    [InlineData("Der Sprecher sagte: »Das ist ein wichtiges neues Element.« Dann ging er.", "»", "Das ist ein wichtiges neues Element.")]
    [InlineData("Er nannte es ‚eine Provokation ohne Beispiel‘ und ging.", "‚", "eine Provokation ohne Beispiel")]
    [InlineData("報道官は「これは非常に重要な新しい要素だ」と述べた。", "「", "これは非常に重要な新しい要素だ")]
    [InlineData("Il a déclaré : « Rien ne doit être exclu. »", "«", "Rien ne doit être exclu.")]
    [InlineData("Powiedział: „Nic nie może być wykluczone”.", "„", "Nic nie może być wykluczone")]
    public void WrittenConventionsTheCorporaLack(string text, string mark, string expected)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text)));
        Assert.Equal(mark, quote.OpenMark);
        Assert.Equal(expected, quote.Text);
    }

    [Fact]
    public void PolishPagesThatCloseWithASecondLowMark()
    {
        // Sloppy Polish pages close „…„: each line is its own quote, not one quote running on through the next line's „.
        const string text = "„Nie pozwolimy nikomu zastraszyć naszego kraju„ – powiedział premier.\n„Wesprzemy rolników nowymi środkami„ – dodał.";
        var quotes = QuoteFinder.Find(Written(text, "pl"));
        Assert.Equal(["Nie pozwolimy nikomu zastraszyć naszego kraju", "Wesprzemy rolników nowymi środkami"], quotes.Select(q => q.Text));
        Assert.Equal("powiedział", quotes[0].Cue);
        Assert.False(quotes[0].Unclosed);
    }

    [Fact]
    public void ALowMarkClosesOnlyAfterAWordAndBeforeNoLetter()
    {
        // A „ glued before a word opens; the regular ” still closes a quote opened by „ when one follows.
        var quote = Assert.Single(QuoteFinder.Find(Written("Minister dodał: „Będziemy wspierać „małe” gospodarstwa w całym kraju”.", "pl")));
        Assert.Equal("Będziemy wspierać „małe” gospodarstwa w całym kraju", quote.Text);
    }

    [Fact]
    public void AnAttributionAfterALowClosingMarkIsOutsideTheQuote()
    {
        const string text = "„Nie zgodzimy się na to„ – powiedział Tusk. „Nigdy” – dodał.";
        var quoted = QuotedText.Of(text);
        Assert.True(quoted.Contains(text.IndexOf("zgodzimy", StringComparison.Ordinal)));
        Assert.False(quoted.Contains(text.IndexOf("Tusk", StringComparison.Ordinal)));
        Assert.True(quoted.Contains(text.IndexOf("Nigdy", StringComparison.Ordinal)));
    }

    [Fact]
    public void UnmarkedDashSpeechAfterAReportOrAnAttributionStartsAtTheNextSentence()
    {
        // Pages that set speech off with no marks end it with a dash and a verb. A paragraph that opens with the writer's report
        // ("Nowak przyznał, że …") has the speaker's own words from its next sentence; after "- powiedział Kowalski." the next
        // sentences up to "- dodał" are speech again, with no dash to reopen them.
        const string text = "Minister rolnictwa Adam Nowak spotkał się z rolnikami w Lublinie.\n\n"
            + "Nowak przyznał, że mylił się, licząc na szybkie porozumienie. To był mój błąd. Rząd stracił dwa miesiące - zauważył.\n\n"
            + "Nie, nie ma kryzysu. Rozmowy trwają - powiedział Jan Kowalski. Rolnicy muszą zrozumieć, że blokady nic nie dadzą. Im szybciej wrócą do rozmów, tym lepiej - dodał.";
        var quotes = QuoteFinder.Find(Written(text, "pl"));
        Assert.Equal(
            ["To był mój błąd. Rząd stracił dwa miesiące", "Nie, nie ma kryzysu. Rozmowy trwają", "Rolnicy muszą zrozumieć, że blokady nic nie dadzą. Im szybciej wrócą do rozmów, tym lepiej"],
            quotes.Select(q => q.Text));
        Assert.Equal(["Adam Nowak", "Jan Kowalski", "Jan Kowalski"], quotes.Select(q => q.CanonicalSpeaker));
    }

    [Fact]
    public void GreekGuillemetsWithGreekSpeechVerbs()
    {
        // Two quoted words are a statement only when an attribution follows them: «Ποτέ ξανά», είπε …
        const string text = "Ο υπουργός μίλησε στη Βουλή την Τρίτη.\n«Ποτέ ξανά», είπε ο υπουργός.\n«Η κυβέρνηση θα στηρίξει τους αγρότες», δήλωσε ο πρωθυπουργός.";
        var quotes = QuoteFinder.Find(Written(text, "el"));
        Assert.Equal(["Ποτέ ξανά", "Η κυβέρνηση θα στηρίξει τους αγρότες"], quotes.Select(q => q.Text));
        Assert.Equal([QuoteKind.Full, QuoteKind.Full], quotes.Select(q => q.Kind));
        Assert.Equal(["είπε", "δήλωσε"], quotes.Select(q => q.Cue));
    }

    [Fact]
    public void StraightSingleQuotesInsideADoubleQuoteAreNestedNotSeparate()
    {
        // C01: "Beaucoup de gens qui disent 'Jamais, jamais' aujourd'hui ... 'Jamais des tanks, ...' il y a deux ans"
        var quotes = QuoteFinder.Find(Real(Macron, "C01"));
        var outer = Assert.Single(quotes, q => q.Text.StartsWith("Beaucoup de gens", StringComparison.Ordinal));
        Assert.EndsWith("jamais des missiles à longue portée' il y a deux ans", outer.Text);
        Assert.DoesNotContain(quotes, q => q.Text == "Jamais, jamais");
    }

    [Fact]
    public void BritishInnerQuotesStayInsideTheOuterQuote()
    {
        // C04: «Beaucoup de gens qui disent ‘Jamais, jamais’ aujourd’hui ... ‘Jamais des tanks ...’ il y a deux ans»
        var quotes = QuoteFinder.Find(Real(Macron, "C04"));
        Assert.Single(quotes, q => q.Text.StartsWith("Beaucoup de gens qui disent ‘Jamais, jamais’ aujourd’hui", StringComparison.Ordinal) && q.Text.EndsWith("il y a deux ans", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Jamais", StringComparison.Ordinal));
    }

    [Fact]
    public void StraightSingleQuoteIsAQuoteOnlyWhenClosed()
    {
        var quotes = QuoteFinder.Find(Written("The boys' toys were 'completely destroyed by the shelling' that night, and it's over."));
        var quote = Assert.Single(quotes);
        Assert.Equal("completely destroyed by the shelling", quote.Text);
        Assert.Empty(QuoteFinder.Find(Written("Rock 'n roll and the '90s never end.")));
    }

    [Fact]
    public void MultiParagraphQuoteSpansFromFirstOpeningToFinalClosing()
    {
        // 004: ‘But I now appeal ... homes.⏎‘Do not return for the time being. We will let you know right away [when it is safe].’
        var article = Real(Belgorod, "004");
        var quote = QuoteStarting(article, "But I now appeal");
        Assert.EndsWith("We will let you know right away [when it is safe].", quote.Text);
        Assert.Contains("\n‘Do not return", quote.Text);
        Assert.False(quote.Unclosed);
        Assert.Equal(quote.Text, article.Text[quote.Start..quote.End]);
        Assert.Equal(("he", "said"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void WrittenMultiParagraphStraightQuote()
    {
        var article = Written("\"First paragraph of the speech.\n\"Second paragraph of it.\n\"And the end,\" he said.");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("First paragraph of the speech.\n\"Second paragraph of it.\n\"And the end,", quote.Text);
        Assert.Equal(("he", "said"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void AParagraphThatLostItsOpeningMarkInsideAMultiParagraphQuoteIsSpeech()
    {
        // Each paragraph of a long quote opens with a mark; the middle one lost it. With no cue of its own, between a paragraph whose
        // quote runs on unclosed and one that opens with a mark, it is the same speech.
        var article = Written("Mayor Alan Brisk spoke to the city on Friday.\n\n\"The harbour was cleared in a week. The same will be done in the old town.\n\n"
            + "The river will come back to all its people.\n\n\"And I am grateful to every worker who stayed,\" Brisk said.");
        var quotes = QuoteFinder.Find(article);
        Assert.Contains(quotes, q => q.Text.StartsWith("The river will come back to all its people", StringComparison.Ordinal));

        // The writer's paragraph between two quotes that each close is no speech.
        var closed = Written("Mayor Alan Brisk spoke to the city on Friday.\n\n\"The harbour was cleared in a week,\" he said.\n\n"
            + "The river flooded the old town in March.\n\n\"And I am grateful to every worker who stayed,\" Brisk said.");
        Assert.DoesNotContain(QuoteFinder.Find(closed), q => q.Text.Contains("flooded", StringComparison.Ordinal));
    }

    [Fact]
    public void UnclosedQuoteEndsAtItsParagraph()
    {
        // D05 is cut off inside a quote: «В эт
        var quote = QuoteStarting(Real(Peskov, "D05"), "В эт");
        Assert.True(quote.Unclosed);
        Assert.Equal("В эт", quote.Text);
        Assert.Equal(QuoteKind.Partial, quote.Kind);

        // D11: position "on the need to inflict a strategic defeat on Russia.  (never closed)
        var open = QuoteStarting(Real(Peskov, "D11"), "on the need to inflict");
        Assert.True(open.Unclosed);
        Assert.EndsWith("strategic defeat on Russia.", open.Text);
    }

    [Fact]
    public void ScareQuotesAroundOneOrTwoWords()
    {
        var mt = QuoteFinder.Find(Real(Belgorod, "001"));
        Assert.Equal(QuoteKind.Scare, Assert.Single(mt, q => q.Text == "military positions").Kind);
        Assert.All(mt.Where(q => q.Kind == QuoteKind.Scare), q => Assert.Null(q.Speaker));

        // 001's "foreign agent" stands in its donation appeal, which cleaning drops; the same sentence as story text:
        var appeal = QuoteFinder.Find(Written("The Moscow Times has been unjustly branded as a \"foreign agent\" by the Russian government."));
        Assert.Equal(QuoteKind.Scare, Assert.Single(appeal, q => q.Text == "foreign agent").Kind);
    }

    [Theory]
    [InlineData("Het dorp Kozinka is nu “bevrijd” en leeg.\n\n“Aandacht afleiden”\n\nPoetin is volgens zijn woordvoerder op de hoogte.", "nl", "Aandacht afleiden")]
    [InlineData("The village of Kozinka is now \"liberated\" and empty.\n\n\"Divert attention\"\n\nThe Kremlin said Putin was informed.", "en", "Divert attention")]
    public void TwoQuotedWordsThatAreTheirWholeParagraphArePartialQuotesNotScareQuotes(string text, string language, string heading)
    {
        // A subheading quoting the story's speaker (rdk's De Nieuwsblad) had been a scare quote, never attached to the statement.
        var quotes = QuoteFinder.Find(Written(text, language));
        Assert.Equal(QuoteKind.Partial, Assert.Single(quotes, q => q.Text == heading).Kind);
        Assert.Equal(QuoteKind.Scare, Assert.Single(quotes, q => q.Kind != QuoteKind.Partial).Kind);
    }

    [Fact]
    public void PartialQuotesInsideTheWritersSentence()
    {
        var forced = QuoteStarting(Real(Belgorod, "003"), "forced");
        Assert.Equal(QuoteKind.Partial, forced.Kind);
        Assert.Equal(("the militias", "said"), (forced.Speaker, forced.Cue));

        var russian = QuoteStarting(Real(Peskov, "D01"), "должны так же оценивать");
        Assert.Equal(QuoteKind.Partial, russian.Kind);
        Assert.Equal(("Песков", "отметил"), (russian.Speaker, russian.Cue));

        var sober = QuoteStarting(Real(Peskov, "D07"), "are keeping a fairly sober assessment");
        Assert.Equal(QuoteKind.Partial, sober.Kind);
        Assert.Equal("Peskov", sober.Speaker);
    }

    [Fact]
    public void QuoteAfterThatIsTheReportedStatement()
    {
        var quote = QuoteStarting(Real(Macron, "C06"), "we will do everything needed");
        Assert.Equal(QuoteKind.Full, quote.Kind);
        Assert.Equal(("He", "added"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void RepeatedQuoteIsOneQuoteWithTwoOccurrences()
    {
        // 002 puts "Freedom of Russia" in quotes twice.
        var article = Real(Belgorod, "002");
        var quote = QuoteStarting(article, "Freedom of Russia");
        Assert.Equal(2, quote.Occurrences.Count);
        Assert.Equal(new Span(quote.Start, quote.End), quote.Occurrences[0]);
        Assert.All(quote.Occurrences, o => Assert.Equal("Freedom of Russia", article.Text[o.Start..o.End]));

        var written = QuoteFinder.Find(Written("He said “We will win.” Later he repeated: “we will WIN”."));
        Assert.Equal(2, Assert.Single(written).Occurrences.Count);
    }

    [Fact]
    public void IdsFollowReadingOrder()
    {
        var article = Real(Belgorod, "000");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(Enumerable.Range(1, quotes.Count).Select(n => $"{article.Id}#{n}"), quotes.Select(q => q.Id));
        Assert.Equal(quotes.OrderBy(q => q.Start).Select(q => q.Id), quotes.Select(q => q.Id));
    }
}
