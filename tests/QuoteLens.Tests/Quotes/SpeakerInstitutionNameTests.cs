using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A ministry carries one English name in every language ("Rosyjskie Ministerstwo Obrony", "Vene kaitseministeerium" and
/// "o Ministério da Defesa da Rússia" are all the Russian defence ministry), keyed by the whole name so that two ministries
/// stay two speakers. The sentences are made up after the kind of coverage the issue describes.
/// </summary>
public class SpeakerInstitutionNameTests
{
    [Theory]
    [InlineData("Rosyjskie Ministerstwo Obrony", "Russian defence ministry")]
    [InlineData("Vene kaitseministeerium", "Russian defence ministry")]
    [InlineData("Ministério da Defesa da Rússia", "Russian defence ministry")]
    [InlineData("Минобороны России", "Russian defence ministry")]
    [InlineData("Міністерство оборони України", "Ukrainian defence ministry")]
    [InlineData("ministère russe des Affaires étrangères", "Russian foreign ministry")]
    [InlineData("russische Außenministerium", "Russian foreign ministry")]
    [InlineData("وزارة الدفاع الروسية", "Russian defence ministry")]
    [InlineData("Russia's Ministry of Defence", "Russian defence ministry")]
    [InlineData("Ministerul Afacerilor Externe al Ucrainei", "Ukrainian foreign ministry")]
    [InlineData("het Russische ministerie van Binnenlandse Zaken", "Russian interior ministry")]
    public void AMinistryHasOneEnglishName(string written, string english)
    {
        Assert.Equal(english, InstitutionNames.English(written));
    }

    [Theory]
    [InlineData("Ministerio de Defensa venezolano")]
    [InlineData("the defence ministry")]
    [InlineData("Vladimir Putin")]
    [InlineData("Russian Volunteer Corps")]
    public void ANameWithoutCountryKindAndHeadKeepsItsWords(string written)
    {
        Assert.Null(InstitutionNames.English(written));
    }

    [Fact]
    public void TwoMinistriesAreTwoSpeakers()
    {
        Assert.Equal("ministry:russian-defence", SpeakerNames.Key("Russian defence ministry"));
        Assert.NotEqual(SpeakerNames.Key("Russian defence ministry"), SpeakerNames.Key("Ukrainian defence ministry"));
        Assert.NotEqual(SpeakerNames.Key("Russian defence ministry"), SpeakerNames.Key("Russian foreign ministry"));
    }

    [Theory]
    [InlineData("pl", "Rosyjskie Ministerstwo Obrony przekazało we wtorek, że \"w trakcie operacji formacje nacjonalistyczne były blokowane\".")]
    [InlineData("pt", "O Ministério da Defesa da Rússia anunciou hoje a eliminação dos sabotadores, observando que \"mais de setenta terroristas foram liquidados\".")]
    [InlineData("et", "Samal ajal väidab Vene kaitseministeerium, et rünnak on tagasi löödud. „Natsionalistide riismed suruti tagasi,“ teatab ministeerium.")]
    public void AQuoteOfAMinistryIsTheRussianDefenceMinistrysInEveryLanguage(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal("Russian defence ministry", quote.CanonicalSpeaker);
    }
}

/// <summary>
/// Polish puts the country, place or body a title belongs to in the genitive between the title and the name ("Prezydent
/// Rosji Władimir Putin", "Gubernator Biełgorodu, Wiaczesław Gładkow,"): the person is the name, not the genitive. An Arabic
/// abstract noun in -iyya is no name, and the Arabic relative "الذي" speaks for the name before its comma.
/// </summary>
public class SpeakerGenitiveAndRelativeTests
{
    [Theory]
    [InlineData("Prezydent Rosji Władimir Putin powiedział: \"Prowadzone są wszelkie niezbędne działania\".", "Władimir Putin")]
    [InlineData("Założyciel Korpusu Ochotniczego Denis Kapustin powiedział dziennikarzom: „Każde przekroczenie granicy jest sukcesem”.", "Denis Kapustin")]
    [InlineData("Gubernator Biełgorodu, Wiaczesław Gładkow, opublikował na Telegramie aktualizację. \"Prowadzone są wszelkie niezbędne działania\" - napisał.", "Wiaczesław Gładkow")]
    [InlineData("Prezydent Duda, który przebywa w Kijowie, powiedział: \"Prowadzone są wszelkie niezbędne działania\".", "Duda")]
    [InlineData("Jak podaje \"The Guardian\", doradca ministra obrony Ukrainy Jurij Sak w rozmowie z brytyjskim Times Radio powiedział: \"Jest dla nas dość zaskakujące, że tak długo to trwało\".", "Jurij Sak")]
    public void APolishGenitiveAfterATitleIsNoPartOfTheName(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "pl")), q => q.Kind != QuoteKind.Scare);
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void AnArabicAbstractNounIsNoOfficeHolder()
    {
        var article = Written(
            "أعلن حاكم مقاطعة بيلغورود الروسية فياتشيسلاف غلادكوف عن إصابة 8 أشخاص، كما أعلن تفعيل النظام القانوني لعملية مكافحة الإرهاب في بيلغورود. وقال حاكم بيلغورود إن \"مجموعة تخريب دخلت المنطقة\".",
            "ar");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("فياتشيسلاف غلادكوف", quote.CanonicalSpeaker);
        Assert.True(SpeakerNames.IsArabicCommonNoun("لعملية"));
        Assert.False(SpeakerNames.IsArabicCommonNoun("ناتاليا"));
    }

    [Fact]
    public void AnArabicRelativeSpeaksForTheNameBeforeItsComma()
    {
        var article = Written(
            "كان رد الكرملين فوريًا. لذلك المتحدث باسم الكرملين، ديمتري بيسكوف، الذي أضاف بعد ذلك \"أبلغت وزارة الدفاع الرئيس الروسي عن محاولة مجموعة تخريبية\".",
            "ar");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("ديمتري بيسكوف", quote.CanonicalSpeaker);
    }
}

/// <summary>
/// A body that opens the sentence a colon leads into the quote from is its speaker ("Het Vrijheid voor Rusland Legioen roept
/// de inwoners op: “…”"), not the body the article quoted before, nor a person named after it.
/// </summary>
public class SpeakerOpeningBodyTests
{
    [Theory]
    [InlineData("nl", "Het Russische Vrijwilligerskorps (RVK) en het Vrijheid voor Rusland Legioen zitten achter de operatie. Het RVK zegt dat het “gebieden wil bevrijden”.\n\nHet Vrijheid voor Rusland Legioen roept de inwoners van Belgorod op: “Wij zijn niet uw vijanden. De vrijheid is nabij!”", "Legioen")]
    [InlineData("en", "The Russian Volunteer Corps (RDK) and the Freedom of Russia Legion crossed the border. The RDK said it wanted to “liberate the land”.\n\nThe Freedom of Russia Legion called on Governor Vyacheslav Gladkov: “Stay at home and do not resist. Freedom is near!”", "Legion")]
    public void ABodyOpeningTheLeadInSentenceSpeaks(string language, string text, string unit)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];
        Assert.NotNull(quote.CanonicalSpeaker);
        Assert.Contains(unit, quote.CanonicalSpeaker, StringComparison.Ordinal);
    }
}

/// <summary>
/// Places are no speakers: a headline's one-word name that the story writes as a place ("بيلغورود: …" over "في منطقة
/// بيلغورود"), the complement of a region noun ("Autoridades da região de Belgorod"), the authorities themselves, and Arabic
/// function words ("تفعيل ما سماه") are never a speaker's name.
/// </summary>
public class SpeakerPlaceTests
{
    [Fact]
    public void AHeadlinePlaceIsNoSpeaker()
    {
        var article = Written("بيلغورود: معبر حدودي أوكراني أم ثورة داخلية؟\n\nالاشتباكات في منطقة بيلغورود الروسية مستمرة. وفي نداء صادق، خاطبوا الروس: \"نحن روس مثلكم\".", "ar");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Null(quote.CanonicalSpeaker);
    }

    [Fact]
    public void AHeadlineSpeakerWhoIsNoPlaceStands()
    {
        var article = Written("Peskov: the appointment is logical\n\nThe decision came in Moscow on Monday. \"This is a logical decision,\" the statement reads.", "en");
        Assert.Equal("Peskov", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("pt", "Autoridades da região de Belgorod, perto da fronteira, afirmaram que “um grupo de sabotagem e reconhecimento” do exército ucraniano entrou no território russo.")]
    [InlineData("en", "Authorities of the city of Belgorod said that “a sabotage group” had crossed the border.")]
    public void TheAuthoritiesOfARegionAreNoName(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(QuoteKind.Full, quote.Kind);
        Assert.Null(quote.CanonicalSpeaker);
        Assert.Null(SpeakerNames.Canonical("the governor of the region of Belgorod", "en"));
    }

    [Fact]
    public void AnArabicFunctionWordIsNoName()
    {
        var article = Written(
            "أعلن حاكم مقاطعة بيلغورود الروسية فياتشيسلاف غلادكوف عن إصابة 8 أشخاص، كما أعلن تفعيل ما سماه النظام القانوني في بيلغورود. وقال حاكم بيلغورود إن \"مجموعة تخريب دخلت المنطقة\".",
            "ar");
        Assert.Equal("فياتشيسلاف غلادكوف", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}

/// <summary>
/// A unit's whole name in quote marks ("Grupos conhecidos como “Legião da Liberdade da Rússia”") is a name, not a quote, and
/// is a body "eles" can refer to; a connective before a subjectless verb ("No entanto, ressaltou") describes no one; and a
/// sentence between that names no one keeps the subject before it for a later "ele".
/// </summary>
public class SpeakerQuotedUnitAndConnectiveTests
{
    private const string Story =
        "O porta-voz do Kremlin, Dmitry Peskov, afirmou que as forças russas estão lutando.\n\n" +
        "Andriy Yusov, representante da agência de inteligência da Ucrânia, confirmou que um grupo cruzou a fronteira. No entanto, ressaltou que eram “entidades independentes”.\n\n" +
        "“Podemos confirmar que esta operação foi realizada por cidadãos russos”, disse ele.\n\n" +
        "Grupos conhecidos como “Legião da Liberdade da Rússia” e “Corpo de Voluntários Russos” reivindicaram o ataque. Em postagem no Telegram, eles disseram que “liberaram totalmente” o assentamento.";

    [Fact]
    public void AQuotedUnitNameIsNoQuote()
    {
        var quotes = QuoteFinder.Find(Written(Story, "pt"));
        Assert.Equal(["entidades independentes", "Podemos confirmar que esta operação foi realizada por cidadãos russos", "liberaram totalmente"], quotes.Select(q => q.Text));
        Assert.True(UnitNames.IsQuotedUnitName("Russian Volunteer Corps"));
        Assert.False(UnitNames.IsQuotedUnitName("the corps will return"));
    }

    [Fact]
    public void TheyAreTheUnitsNamedInQuoteMarks()
    {
        var quote = QuoteFinder.Find(Written(Story, "pt"))[^1];
        Assert.Equal("Legião da Liberdade da Rússia", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AConnectiveAndASentenceNamingNoOneKeepTheSubjectBefore()
    {
        var quotes = QuoteFinder.Find(Written(Story, "pt"));
        Assert.Equal(["Andriy Yusov", "Andriy Yusov"], quotes.Take(2).Select(q => q.CanonicalSpeaker));
    }
}

/// <summary>
/// The outlet that quotes a speaker ("ha dichiarato, citato da Sky News", "said, quoted by Reuters") is no speaker; and a bare
/// ministry noun in a case form ("Ministeeriumi sõnul") is the ministry named before with that noun at the end of a compound.
/// </summary>
public class SpeakerQuotedByAndCaseFormTests
{
    [Theory]
    [InlineData("it", "Il comandante del Corpo dei volontari russi Denis Kapustin ha riferito che i combattenti torneranno presto. \"Non posso rivelare la direzione\", ma \"i nostri piani futuri sono nuovi territori\", ha dichiarato, citato da Sky News.")]
    [InlineData("en", "Russian Volunteer Corps commander Denis Kapustin spoke to reporters near the border on Wednesday. \"Our future plans are new territories,\" he said, quoted by Sky News.")]
    public void TheOutletThatQuotesIsNoSpeaker(string language, string text)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];
        Assert.Equal("Denis Kapustin", quote.CanonicalSpeaker);
        Assert.Equal("Sky News", SpeakerRelays.QuotedBy("citato da Sky News"));
        Assert.Null(SpeakerRelays.QuotedBy("Denis Kapustin"));
    }

    [Fact]
    public void ABareMinistryNounInACaseFormIsTheMinistryNamedBefore()
    {
        var article = Written(
            "Rünnakute tõrjumine jätkub kuberner Vjatšeslav Gladkovi sõnul ka teisipäeval.\n\nSamal ajal väidab Vene kaitseministeerium, et rünnak on tagasi löödud. Ministeeriumi sõnul blokeeriti „natsionalistlike moodustiste“ edasiliikumine.",
            "et");
        Assert.Equal("Russian defence ministry", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}

/// <summary>
/// Dutch and German put the verb before its pronoun subject after a quote ("zo richtten ze zich tot de lokale bevolking"): the
/// pronoun speaks, and "ze" takes the armed group named before, not the city named last.
/// </summary>
public class SpeakerInvertedPronounTests
{
    [Fact]
    public void TheInvertedPronounSpeaks()
    {
        var article = Written(
            "Een onbekend aantal mannen van het 'Vrijheid voor Rusland Legioen’ en het ‘Russische Vrijwilligers Corps’ hebben een grenspost overvallen.\n\n" +
            "De mannen, die vechten aan de zijde van het Oekraïense leger, wisten volgens eigen zeggen een aantal gehuchten te ‘bevrijden’. “Kozinka is geheel bevrijd”, meldden ze op zeker moment.\n\n" +
            "“Blijf thuis, verzet u niet, en wees niet bang”, zo richtten ze zich tot de lokale bevolking.\n\n" +
            "Moskou wees gelijk met de beschuldigende vinger naar Oekraïne: het zou gaan om een Oekraïense ‘spionage- en saboteursgroep’, zei het Kremlin.",
            "nl");
        var quote = QuoteFinder.Find(article).Single(q => q.Text.StartsWith("Blijf thuis", StringComparison.Ordinal));
        Assert.Equal("Vrijheid voor Rusland Legioen", quote.CanonicalSpeaker);
    }
}

/// <summary>
/// A "Source:" line ("Source: the press service of the Ministry of Defence of the Russian Federation, the Freedom of Russia
/// Legion (FRL) on Telegram", "Джерело: коментар пресслужби легіону "Свобода Росії" для "Суспільне"") names whom the story's
/// unattributed quotes ("Quote: "…"") come from, unless it credits the page's own outlet ("Source: Meduza").
/// </summary>
public class SpeakerSourceLineTests
{
    [Theory]
    [InlineData("Source: the press service of the Ministry of Defence of the Russian Federation, the Freedom of Russia Legion (FRL), Russian Volunteer Corps (RVC) on Telegram", "Ministry of Defence of the Russian Federation")]
    [InlineData("Source: Vyacheslav Gladkov, Governor of Belgorod Oblast, on Telegram", "Vyacheslav Gladkov")]
    [InlineData("Джерело: коментар пресслужби легіону \"Свобода Росії\" для \"Суспільне\"", "легіону \"Свобода Росії\"")]
    [InlineData("Source: Reuters, citing Pope Francis’s interview with Swiss broadcaster RSI", "Pope Francis’s interview with Swiss broadcaster RSI")]
    [InlineData("Sources say the attack was repelled.", null)]
    public void TheFirstSourceOfASourceLine(string line, string? source)
    {
        Assert.Equal(source, SpeakerSourceLines.FirstSource(line));
    }

    [Fact]
    public void AnUnattributedQuoteIsTheSourceLines()
    {
        var article = Written(
            "The Russian Defence Ministry has claimed to have defeated the fighters.\n\nSource: the press service of the Ministry of Defence of the Russian Federation, the Freedom of Russia Legion (FRL) on Telegram\n\nQuote: \"During the counter-terrorist operation, the nationalist formations were blocked and defeated by air strikes.\"",
            "en");
        Assert.Equal("Russian defence ministry", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Fact]
    public void TheOwnOutletIsACreditNotASource()
    {
        var text = "Source: Meduza\n\nWagner Group founder Yevgeny Prigozhin says that the actions are not a military coup: \"This is a justice march.\"";
        var article = QuoteTestArticles.Written(text, "en") with { Outlet = "Meduza" };
        Assert.Equal("Yevgeny Prigozhin", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}

/// <summary>
/// A message in any language ("In der Telegram-Nachricht heißt es", "na mensagem", "у дописі") is the body named before it
/// issued it, not the person the story quotes most.
/// </summary>
public class SpeakerMessageNounTests
{
    [Fact]
    public void AGermanTelegramMessageIsTheBodys()
    {
        var article = Written(
            "Kremlsprecher Dmitri Peskow sagte: „Wir verstehen sehr gut den Zweck solcher Sabotage.“\n\n" +
            "Im Internet kursierte die Erklärung einer angeblich kämpfenden »Legion Freies Russland«. In der Telegram-Nachricht heißt es: »Bleiben Sie zu Hause! Wir sind nicht Ihre Feinde!«",
            "de");
        var quote = QuoteFinder.Find(article)[^1];
        Assert.Equal("Legion", quote.CanonicalSpeaker);
        Assert.True(SpeakerResolver.IsSourceNoun("nachricht"));
    }
}

/// <summary>
/// A country's armed forces named as the speaker ("The Russian military said", "l'armée russe") are reported under its defence
/// ministry; a nationality alone names none of the article's speakers ("Insurgents of Russian nationality" is no one "the
/// Russian military" refers to).
/// </summary>
public class SpeakerMilitaryTests
{
    [Theory]
    [InlineData("The Russian military", "en", "Russian defence ministry")]
    [InlineData("l'armée russe", "fr", "Russian defence ministry")]
    [InlineData("die ukrainische Armee", "de", "Ukrainian defence ministry")]
    [InlineData("the Russian military leadership", "en", null)]
    [InlineData("Russian Volunteer Corps", "en", null)]
    public void AnArmyIsItsDefenceMinistry(string phrase, string language, string? ministry)
    {
        Assert.Equal(ministry, InstitutionNames.Military(phrase, language));
    }

    [Fact]
    public void TheRussianMilitaryIsNoArmedGroupNamedBefore()
    {
        var article = Written(
            "Insurgents of Russian nationality against the government of Vladimir Putin have announced the capture of Russian soldiers.\n\nThe Russian Volunteer Corps (RDK) posted a video.\n\nThe Russian military said on Sunday that its artillery had hit a group near the village, adding that “the enemy scattered and retreated”.",
            "en");
        Assert.Equal("Russian defence ministry", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}

/// <summary>
/// "The press secretary of the head of state" is the head of state's spokesman, not the head of state: the office after a
/// spokesman's title names whom he speaks for.
/// </summary>
public class SpeakerPressSecretaryTests
{
    [Fact]
    public void ThePressSecretaryOfTheHeadOfStateIsTheSpokesman()
    {
        var article = Written(
            "Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n“This once again confirms that the militants continue their activities,” the press secretary of the head of state said.\n\nPresident Vladimir Putin was informed.");
        Assert.Equal("Dmitry Peskov", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}

/// <summary>
/// Portuguese lead-ins read on real coverage (Diário de Notícias, Diálogos do Sul): "reportou", "asseverou" are speech verbs; the
/// conjunction that opens the clause ("depois que", "enquanto") is no part of the speaker's name; the subject of a colon lead-in
/// speaks though its verb is no speech verb.
/// </summary>
public class SpeakerPortugueseLeadInTests
{
    [Fact]
    public void TheMinistryAfterAConjunctionReportsTheQuote()
    {
        var article = Written(
            "O governador levantou o regime, depois que o Ministério da Defesa da Rússia reportou que “o exército matou todos os terroristas ucranianos”.", "pt");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("reportou", quote.Cue);
        Assert.Equal("Russian defence ministry", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AnInstitutionsNameDropsTheConjunctionThatOpensItsClause()
    {
        var article = Written("O governador levantou o regime, depois que o Ministério da Defesa reportou que “o exército matou todos”.", "pt");
        Assert.Equal("Ministério da Defesa", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Fact]
    public void TheSubjectOfAColonLeadInSpeaksAndEachSpokesmanKeepsHisQuote()
    {
        var article = Written(
            "O porta-voz da presidência russa, Dmitry Peskov, expressou a preocupação do Kremlin pelos fatos em Belgorod: “Sem dúvida, o que sucedeu ontem é motivo de grande preocupação”.\n\n"
            + "Em sua entrevista coletiva diária, o general Igor Konashenkov, o porta-voz oficial da dependência castrense, asseverou que “os grupos armados nacionalistas foram rodeados e eliminados”.", "pt");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(["Dmitry Peskov", "Igor Konashenkov"], quotes.Select(q => q.CanonicalSpeaker));
        Assert.Equal("asseverou", quotes[1].Cue);
    }
}

/// <summary>
/// Two sentence shapes read on real coverage (Meduza, Chas News): an English sentence opened by "On" and a date is no Polish "on"
/// (he) pointing back to an earlier speaker; a Ukrainian or Russian sentence "Про це … заявив X" after the quote's own sentence
/// names who said it.
/// </summary>
public class SpeakerDateOpenerAndReportedNextTests
{
    [Fact]
    public void OnAndADateOpenNoPronounSentence()
    {
        var article = Written(
            "Governor Vyacheslav Gladkov spoke later.\n\nOn June 4, the Russian Volunteer Corps (RDK) posted a video addressed to Belgorod Governor Vyacheslav Gladkov, “inviting [Gladkov] to a dialogue at the church.”");
        Assert.StartsWith("Russian Volunteer Corps", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uk", "Бєлгородський губернатор В'ячеслав Гладков говорив про евакуацію.\n\nЛегіон та корпус проводять операцію для створення «смуги безпеки» для захисту цивільних. Про це речник ГУР Андрій Юсов заявив у коментарі Суспільному.", "Андрій Юсов")]
    [InlineData("ru", "Губернатор Вячеслав Гладков говорил об эвакуации.\n\nЛегион и корпус проводят операцию для создания «полосы безопасности» для защиты мирных жителей. Об этом заявил представитель ГУР Андрей Юсов.", "Андрей Юсов")]
    public void TheNextSentenceThatReportsTheQuotesSentenceNamesItsSpeaker(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(Written(text, language))).CanonicalSpeaker);
    }
}
