using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Direct speech whose marks are missing or partial, as real pages print it: a lost opening mark, an attribution on the next line,
/// an embedded post above its signature, dash speech inside a paragraph that also quotes, and a long lead-in ending in a colon.
/// </summary>
public class UnmarkedSpeechConventionTests
{
    [Fact]
    public void LostOpeningMarkRunsFromTheParagraphStart()
    {
        var article = Written("Мы прошли двести километров. Сейчас настал момент, когда может пролиться кровь”, – сказал он.", "ru");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Мы прошли двести километров. Сейчас настал момент, когда может пролиться кровь", quote.Text);
        Assert.Equal(0, quote.Start);
    }

    [Fact]
    public void LostOpeningMarkAfterAColonFollowingAMarkedQuote()
    {
        const string text = "\"Vai defender-nos?\", perguntou o chefe antes de ouvir a resposta: Não, não vou proteger-vos. Têm de pagar as contas\", declarou o ex-Presidente.";
        var quotes = QuoteFinder.Find(Written(text, "pt"));
        Assert.Contains(quotes, q => q.Text == "Vai defender-nos?");
        var lost = Assert.Single(quotes, q => q.Text.StartsWith("Não", StringComparison.Ordinal));
        Assert.Equal("Não, não vou proteger-vos. Têm de pagar as contas", lost.Text);
        Assert.Equal(text.IndexOf("Não,", StringComparison.Ordinal), lost.Start);
    }

    [Fact]
    public void LostOpeningMarkSkipsAStrayMarkupTag()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("But I think the strongest one is the one who negotiates,” [/b]Francis said, adding more.")));
        Assert.Equal("But I think the strongest one is the one who negotiates", quote.Text);
    }

    [Fact]
    public void ClosingMarkWithoutAttributionIsNoQuote()
    {
        Assert.Empty(QuoteFinder.Find(Written("The price rose by 12 percent” in March, the agency reported in a table.")));
    }

    [Fact]
    public void AttributionOnTheNextLineAfterADash()
    {
        const string text = "Any hint that allies will not defend each other undermines all of our security\n- The alliance's Secretary General said in a written statement.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text)));
        Assert.Equal("Any hint that allies will not defend each other undermines all of our security", quote.Text);
    }

    [Fact]
    public void AttributionOnTheNextLineInLowerCase()
    {
        const string text = "Я хочу, щоб федеральний уряд сплатив усі витрати на відбудову\nсказав Байден.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "uk")));
        Assert.Equal("Я хочу, щоб федеральний уряд сплатив усі витрати на відбудову", quote.Text);
    }

    /// <summary>
    /// Topcor in the prigozhin-ammunition evaluation set prints Prigozhin's words as a paragraph of their own and the dash
    /// attribution as the next, with two adverbs before its verb.
    /// </summary>
    [Fact]
    public void AttributionOnTheNextLineAfterADashWithAdverbsBeforeItsVerb()
    {
        const string text = "В Сети появилось видео, на котором Евгений Пригожин демонстрирует тела убитых военнослужащих.\n\n"
            + "Это чьи-то отцы и сыновья.... У нас нехватка боеприпасов 70 процентов. Шойгу, Герасимов – где боеприпасы?\n\n"
            + "– предельно эмоционально высказался Пригожин.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ru")));
        Assert.Equal("Это чьи-то отцы и сыновья.... У нас нехватка боеприпасов 70 процентов. Шойгу, Герасимов – где боеприпасы?", quote.Text);
        Assert.Equal("Пригожин", quote.CanonicalSpeaker);
    }

    /// <summary>
    /// Earth Press News in the putin-biden-preference evaluation set prints Putin's answer as an English dash line closed by a
    /// comma and "Vladimir Putin said according to AFP".
    /// </summary>
    [Fact]
    public void EnglishDashSpeechClosedByANamedSubjectAndItsVerb()
    {
        const string text = "Asked who would be better for Russia, he answered Joe Biden.\n\n"
            + "– He has more experience. He is predictable and a politician of the old school, Vladimir Putin said according to AFP.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text)));
        Assert.Equal("He has more experience. He is predictable and a politician of the old school", quote.Text);
        Assert.Equal("Vladimir Putin", quote.Speaker);
    }

    [Fact]
    public void ADashLineWhoseCommaIsFollowedByAReportIsNoSpeech()
    {
        const string text = "The talks went on for hours.\n\n– Late in the evening, the delegations of both countries left the building without a statement.";
        Assert.Empty(QuoteFinder.Find(Written(text)));
    }

    [Fact]
    public void AParagraphOfAdverbsAndAVerbThatIsNoSpeechIsNoAttributionForTheOneAbove()
    {
        const string text = "Завод снова работает после ремонта цехов и складов.\n\n– медленно, постепенно восстанавливается выпуск.";
        Assert.Empty(QuoteFinder.Find(Written(text, "ru")));
    }

    [Fact]
    public void AReportingParagraphIsNoAttributionForTheOneAbove()
    {
        Assert.Empty(QuoteFinder.Find(Written("The president visited the port on Tuesday morning.\nBiden said the port would reopen soon.")));
    }

    [Fact]
    public void EmbeddedPostAboveItsSignature()
    {
        const string text = "The president wrote on social media on Tuesday:\nThe bridge is vital to our economy.\nThat's why I've directed my team to work with the state.\n— President Biden (@POTUS) March 26, 2024";
        var quotes = QuoteFinder.Find(Written(text));
        Assert.Equal(["The bridge is vital to our economy.", "That's why I've directed my team to work with the state."], quotes.Select(q => q.Text));
    }

    [Fact]
    public void DashSpeechInsideAParagraphThatAlsoQuotes()
    {
        const string text = "Papież mówił o „białej fladze”. – Silniejszy jest ten, kto myśli o ludziach – oświadczył papież. – Nie wstydźcie się negocjować – zaapelował.";
        var quotes = QuoteFinder.Find(Written(text, "pl"));
        Assert.Equal(["białej fladze", "Silniejszy jest ten, kto myśli o ludziach", "Nie wstydźcie się negocjować"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void DashSpeechFromTheParagraphStartHoldingAQuotedWord()
    {
        const string text = "Все, кто стрелял, задержаны, для них было подготовлено \"окно\" на границе, - произнес президент.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ru")));
        Assert.Equal("Все, кто стрелял, задержаны, для них было подготовлено \"окно\" на границе", quote.Text);
    }

    [Fact]
    public void AMarkedQuotesOwnDashAttributionMakesNoSpeech()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("По словам Пескова, «все идет строго по плану», - сказал он.", "ru")));
        Assert.Equal("все идет строго по плану", quote.Text);
    }

    [Fact]
    public void LongLeadInWithASpeechVerbBeforeAColon()
    {
        const string text = "Президент также добавил, что задача всех граждан сейчас - сохранять спокойствие и единство:\nНикому не удастся расколоть наше общество.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ru")));
        Assert.Equal("Никому не удастся расколоть наше общество.", quote.Text);
    }

    [Fact]
    public void QuoteCardWithTheSpeakersSignatureOrAShareButton()
    {
        const string text = "Volodymyr Zelenskyy spoke in his evening address.\nThey always use the same methods. And they always blame others. Volodymyr Zelenskyy President of Ukraine\nEverything is completely predictable. Share";
        var quotes = QuoteFinder.Find(Written(text));
        Assert.Equal(["They always use the same methods. And they always blame others.", "Everything is completely predictable."], quotes.Select(q => q.Text));
    }

    [Fact]
    public void ACaptionWithCapitalisedWordsNamedNowhereElseIsNoCard()
    {
        Assert.Empty(QuoteFinder.Find(Written("Rescue teams worked through the night at the site. Baltimore Harbor Morning View")));
    }

    /// <summary>
    /// Yamal-Media in the rdk-bryansk evaluation set prints Putin's words as a quote card: a paragraph with no quote marks, then a
    /// caption paragraph with the speaker's name and title glued together ("Владимир ПутинПрезидент РФ").
    /// </summary>
    [Fact]
    public void QuoteCardWhoseCaptionIsTheNextParagraph()
    {
        const string text = "Губернатор Иван Чередников посетил село после обстрела.\n\n"
            + "Мы восстановим все дома, которые пострадали, и поможем каждой семье. Никто не останется без крыши над головой.\n\n"
            + "Иван ЧередниковГубернатор области\n\n"
            + "Чередников также сообщил, что в селе работают спасатели.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ru")));
        Assert.Equal("Мы восстановим все дома, которые пострадали, и поможем каждой семье. Никто не останется без крыши над головой.", quote.Text);
        Assert.Equal("Иван Чередников", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheWritersParagraphAboveAPhotoCaptionIsNoCard()
    {
        const string text = "Mayor Marta Kowalsky visited the flooded district on Monday morning with her deputies.\n\n"
            + "The storm destroyed forty houses and the bridge over the river in the night to Sunday.\n\n"
            + "Marta Kowalsky, Mayor of Eastford\n\n"
            + "Photo Marta Kowalsky";
        Assert.Empty(QuoteFinder.Find(Written(text)));
        Assert.Null(QuoteCaptions.Name(text, new QuoteLens.Corpus.Paragraph(text.LastIndexOf("Photo", StringComparison.Ordinal), text.Length)));
        Assert.Null(QuoteCaptions.Name("Автор: Иван Петров", new QuoteLens.Corpus.Paragraph(0, 18)));
    }

    [Fact]
    public void ASentenceOfShortClausesClosingAQuoteIsNoTagList()
    {
        const string text = "Title\n\n«Мы пришли сюда не сами, нас позвали.\n\nПоэтому мы — патриоты, а те, кто сегодня нам противостоит — это те, кто собрались вокруг подонков», – заявил он.\n\nРоссия, Украина, Вагнер, мятеж\n";
        var cleaned = QuoteLens.Corpus.ArticleCleaner.Clean(text, 0, markdown: false);
        Assert.Contains(cleaned.Paragraphs, p => text[p.Start..p.End].StartsWith("Поэтому мы", StringComparison.Ordinal));
        Assert.DoesNotContain(cleaned.Paragraphs, p => text[p.Start..p.End].StartsWith("Россия, Украина", StringComparison.Ordinal));
    }

    [Fact]
    public void ADatelineBeforeADashIsNoSpeech()
    {
        var quotes = QuoteFinder.Find(Written("Associated PressNEW YORK — Donald Trump said that he would “encourage” the other side to do as it pleased."));
        Assert.Equal(["encourage"], quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("– Vi står i en alvorlig situation, og vi skal handle nu, siger statsministeren.", "da", "Vi står i en alvorlig situation, og vi skal handle nu", "siger")]
    [InlineData("– Det kan vi ikke vente med, sagde hun til pressen i går.", "da", "Det kan vi ikke vente med", "sagde")]
    [InlineData("– Vi har ingen planer om å sende soldater, sier forsvarsministeren.", "nb", "Vi har ingen planer om å sende soldater", "sier")]
    [InlineData("– Vi måste bygga ut försvaret snabbare än vi trodde, säger hon.", "sv", "Vi måste bygga ut försvaret snabbare än vi trodde", "säger")]
    [InlineData("– Emme aio lähettää joukkoja alueelle, sanoo ministeri.", "fi", "Emme aio lähettää joukkoja alueelle", "sanoo")]
    [InlineData("– Hvorfor skulle vi vente med det? spørger hun.", "da", "Hvorfor skulle vi vente med det?", "spørger")]
    public void ScandinavianDashSpeechEndsAtTheCommaBeforeItsAttribution(string text, string language, string expected, string cue)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("Ministeren holdt et møde tirsdag.\n" + text, language)));
        Assert.Equal(expected, quote.Text);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void TheNordicSaidCountsOnlyAfterTheCommaOfADashLine()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("– Dette er en krevende tid for hele Europa, sa han til avisen.", "nb")));
        Assert.Equal("Dette er en krevende tid for hele Europa", quote.Text);
        Assert.Empty(QuoteFinder.Find(Written("– Premiér sa v pondelok stretol s ministrom a dohodli sa na pláne.", "sk")));
    }

    [Fact]
    public void ALineOfDashDialogueGoesOnWithTheSpeechOfTheLineBefore()
    {
        const string text = "– Vi står i en alvorlig situation, siger statsministeren.\n– Vi har ikke tid til at vente på de andre lande.\n– Hvad skal vi så gøre nu?\n– Det ved ingen endnu.";
        var quotes = QuoteFinder.Find(Written(text, "da"));
        Assert.Equal(["Vi står i en alvorlig situation", "Vi har ikke tid til at vente på de andre lande."], quotes.Select(q => q.Text));
    }

    [Fact]
    public void ADashBulletWhoseSentenceGoesOnAfterTheVerbIsNoDialogue()
    {
        const string text = "- Il cancelliere tedesco, Olaf Scholz, ha ribadito il suo rifiuto alla fornitura di missili da crociera alla regione in guerra.";
        Assert.Empty(QuoteFinder.Find(Written(text, "it")));
    }

    [Fact]
    public void AnEnglishDashBulletWithItsSubjectBeforeTheVerbIsNoDialogue()
    {
        Assert.Empty(QuoteFinder.Find(Written("- The bridge will reopen to traffic by the summer, Moore said.")));
        var quote = Assert.Single(QuoteFinder.Find(Written("— Nous ferons tout pour gagner cette bataille, a déclaré le ministre.", "fr")));
        Assert.Equal("Nous ferons tout pour gagner cette bataille", quote.Text);
    }

    [Fact]
    public void ABlockQuoteAfterALeadInGoesOnWhileItSpeaksInTheFirstPerson()
    {
        const string text = "The president said in his address on Tuesday:\nWe will never accept the so-called \"peace plan\" that they are offering.\n"
            + "Our soldiers will defend every metre of our land with courage and honour.\nThe address lasted twenty minutes.";
        var quotes = QuoteFinder.Find(Written(text));
        Assert.Equal(
            ["We will never accept the so-called \"peace plan\" that they are offering.", "Our soldiers will defend every metre of our land with courage and honour."],
            quotes.Select(q => q.Text));
    }

    [Fact]
    public void OnlyTheSentenceEndingInTheColonLeadsIn()
    {
        const string text = "The president spoke to reporters on Tuesday. The main points:\nThe budget will grow by ten percent next year.";
        Assert.Empty(QuoteFinder.Find(Written(text)));
    }

    [Fact]
    public void AHeadlineWithAColonCondensesTheSpeech()
    {
        const string text = "Президент обратился к народу: любая смута станет угрозой для всех нас\nОбращение длилось пять минут.";
        Assert.Empty(QuoteFinder.Find(Written(text, "ru")));
    }

    [Fact]
    public void InCyrillicUnmarkedWordsAfterAColonAreSpeechOnlyInTheFirstPerson()
    {
        const string text = "Обращение длилось пять минут.\nПрезидент подчеркнул: в стране сделают все, чтобы подобное не повторилось.\n"
            + "Президент добавил: мы никогда не отступим от своих целей.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ru")));
        Assert.Equal("мы никогда не отступим от своих целей.", quote.Text);
    }

    [Fact]
    public void ALinkPromptIsNoLeadIn()
    {
        const string text = "The talks ended on Friday.\nAlso read: Leader faces revolt as his former allies now threaten the capital\nRead more:\nThe old guard is back in charge of the party.";
        Assert.Empty(QuoteFinder.Find(Written(text)));
    }

    [Fact]
    public void ANameAndAnAppositionBetweenDashesIsNoSpeech()
    {
        Assert.Empty(QuoteFinder.Find(Written("Andrii Kovalenko – a spokesman for the regional military administration – claimed the bridge had been hit twice.")));
        var quote = Assert.Single(QuoteFinder.Find(Written("Это — наглая ложь, — сказал он журналистам.", "ru")));
        Assert.Equal("Это — наглая ложь", quote.Text);
    }

    [Fact]
    public void ReportedSpeechThatAnOutletsCreditClosesIsNoDashSpeech()
    {
        Assert.Empty(QuoteFinder.Find(Written("Білоруський диктатор заявив, що нападники не могли проникнути до країни, — пише видання.", "uk")));
        var quote = Assert.Single(QuoteFinder.Find(Written("Ми зробимо все, що потрібно для безпеки країни, — заявив він.", "uk")));
        Assert.Equal("Ми зробимо все, що потрібно для безпеки країни", quote.Text);
    }

    [Fact]
    public void AnEstonianBlockQuoteGoesOnInTheFirstPerson()
    {
        const string text = "Peaminister ütles pressikonverentsil:\nOlukord piiril on keeruline, kuid kontrolli all.\nMeie valitsus teeb kõik, et inimesed tunneksid end oma kodus turvaliselt.";
        var quotes = QuoteFinder.Find(Written(text, "et"));
        Assert.Equal(["Olukord piiril on keeruline, kuid kontrolli all.", "Meie valitsus teeb kõik, et inimesed tunneksid end oma kodus turvaliselt."], quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("Текст обращения:\nСитуация на границе остается под полным контролем.", "ru")]
    [InlineData("Volledige verklaring:\nDe situatie aan de grens blijft volledig onder controle.", "nl")]
    public void AStatementNounLeadsIn(string text, string language)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..], quote.Text);
    }

    [Fact]
    public void ArabicSpeechAfterAColonRunsOnThoughTheParagraphQuotesWords()
    {
        // alarabmedia.net in the prigozhin-ammunition set: the lead-in quotes the group's name and the speech quotes a cry of its own.
        const string text = "وقال مؤسس “فاغنر”: هؤلاء الشباب من مقاتلي فاغنر، قد قتلوا اليوم.. اسمعوني جيداً “أيها العهرة، اللعنة عليكم”: هؤلاء المقاتلون أبناء أسر أو آباء.";
        var quotes = QuoteFinder.Find(Written(text, "ar"));
        var speech = Assert.Single(quotes, q => q.Text.StartsWith("هؤلاء الشباب", StringComparison.Ordinal));
        Assert.Equal(text.IndexOf("هؤلاء الشباب", StringComparison.Ordinal), speech.Start);
        Assert.EndsWith("أبناء أسر أو آباء.", speech.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(quotes, q => q.Text == "أيها العهرة، اللعنة عليكم");
    }

    [Fact]
    public void ArabicColonBeforeAMarkedQuoteLeavesTheQuoteItsOwn()
    {
        const string text = "وقال بريغوجين: “شويغو.. غيراسيموف أين القذائف؟” ثم غادر المكان.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ar")));
        Assert.Equal("شويغو.. غيراسيموف أين القذائف؟", quote.Text);
    }

    [Fact]
    public void FirstPersonParagraphAfterAWhollyQuotedParagraphGoesOnWithIt()
    {
        const string text = "Про це Остап Кравчук сказав в ефірі телемарафону.\n\n"
            + "\"На місці лікарів я б найменше коментував для преси те, що відбувається в лікарнях\".\n\n"
            + "Тому що ми тоді полегшуємо роботу шахраям. Я впевнений, що все уважно прочитано і записано.\n\n"
            + "Кравчук також заявив, що йому дзвонили з міністерства.";
        var quotes = QuoteFinder.Find(Written(text, "uk"));
        Assert.Contains(quotes, q => q.Text.StartsWith("Тому що ми тоді", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Кравчук також", StringComparison.Ordinal));
    }

    [Fact]
    public void CapitalIOpeningAnItalianParagraphIsNoPronoun()
    {
        const string text = "Il ministro Aldo Ferri ha detto che il ponte riaprirà entro l'estate.\n\n"
            + "I lavori sul ponte sono cominciati a gennaio e costano dodici milioni di euro alla regione.";
        var quotes = QuoteFinder.Find(Written(text, "it"));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("I lavori", StringComparison.Ordinal));
    }

    [Fact]
    public void ThirdPersonParagraphAfterAWhollyQuotedParagraphIsTheWriters()
    {
        const string text = "Про це Остап Кравчук сказав в ефірі телемарафону.\n\n"
            + "\"На місці лікарів я б найменше коментував для преси те, що відбувається в лікарнях\".\n\n"
            + "Кравчук очолює комітет з питань охорони здоров'я з минулого року і раніше працював у міністерстві.";
        var quotes = QuoteFinder.Find(Written(text, "uk"));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Кравчук очолює", StringComparison.Ordinal));
    }
}
