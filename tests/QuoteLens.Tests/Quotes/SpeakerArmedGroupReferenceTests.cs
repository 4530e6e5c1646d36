using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Coverage of a raid by armed groups names the groups, then the governor who reports the shelling; the statements that follow
/// are the groups' ("the groups said", "the fighters wrote", "les combattants", "de milities", "os paramilitares", "у спільній
/// заяві підрозділів", "teatas leegion", "aldus het legioen", "— заявили в «Свободе России»"), and "it" after an institution is
/// the institution: none of them is the governor named last. A unit's name in quote marks ("Легион «Свобода России»") quotes
/// no one. The sentences are made up after the kind of coverage the issue describes.
/// </summary>
public class SpeakerArmedGroupReferenceTests
{
    private const string Legion = "Légion «Liberté de la Russie»";

    [Theory]
    [InlineData("en", "The Freedom of Russia Legion and the Russian Volunteer Corps said they had entered the region. Governor Vyacheslav Gladkov reported shelling.\n\n\"We urge residents to leave,\" the groups said in a joint statement.", "Freedom of Russia Legion")]
    [InlineData("en", "The Freedom of Russia Legion and the Russian Volunteer Corps said they had entered the region. Governor Vyacheslav Gladkov reported shelling.\n\n\"The fighting continues,\" the fighters wrote on Telegram.", "Freedom of Russia Legion")]
    [InlineData("fr", "La Légion « Liberté de la Russie » et le Corps des volontaires russes ont annoncé une incursion. Le gouverneur Viatcheslav Gladkov a fait état de bombardements.\n\n« Nous appelons les habitants à partir », ont écrit les combattants sur Telegram.", Legion)]
    [InlineData("de", "Die Legion „Freiheit Russlands“ und das Russische Freiwilligenkorps meldeten einen Angriff. Gouverneur Wjatscheslaw Gladkow sprach von Beschuss.\n\n„Wir rufen die Bewohner auf, die Stadt zu verlassen“, hieß es in einer gemeinsamen Erklärung der Gruppen.", "Legion «Freiheit Russlands»")]
    [InlineData("nl", "Het Legioen Vrijheid voor Rusland en het Russisch Vrijwilligerskorps meldden een aanval. Gouverneur Vjatsjeslav Gladkov sprak van beschietingen.\n\n\"De gevechten gaan door\", aldus het legioen.", "Legioen Vrijheid voor Rusland")]
    [InlineData("pt", "A Legião Liberdade da Rússia e o Corpo de Voluntários Russos anunciaram uma incursão. O governador Viacheslav Gladkov relatou bombardeios.\n\n\"Apelamos aos moradores para que deixem a cidade\", escreveram os paramilitares no Telegram.", "Legião Liberdade da Rússia")]
    [InlineData("et", "Vabaduse Venemaa leegion ja Vene vabatahtlike korpus teatasid rünnakust. Kuberner Vjatšeslav Gladkov rääkis pommitamisest.\n\n„Lahingud jätkuvad,“ teatas leegion.", "Vabaduse Venemaa leegion")]
    [InlineData("et", "Vene vabatahtlike korpus teatas rünnakust. Kuberner Vjatšeslav Gladkov rääkis pommitamisest.\n\nVene vabatahtlike korpuse sõnul „kannab vaenlane kaotusi“.", "Vene vabatahtlike korpus")]
    [InlineData("uk", "Легіон «Свобода Росії» і Російський добровольчий корпус заявили про рейд. Губернатор В'ячеслав Гладков повідомив про обстріли.\n\n«Закликаємо мешканців залишити місто», — йдеться у спільній заяві підрозділів.", "Легіон «Свобода Росії»")]
    [InlineData("uk", "Легіон «Свобода Росії» і Російський добровольчий корпус заявили про рейд. Губернатор В'ячеслав Гладков повідомив про обстріли.\n\n«Бої тривають», — повідомили у «Свободі Росії».", "Легіон «Свобода Росії»")]
    [InlineData("ru", "Легион «Свобода России» и Русский добровольческий корпус заявили о рейде. Губернатор Вячеслав Гладков сообщил об обстрелах.\n\n«Бои продолжаются», — заявили в «Свободе России».", "Легион «Свобода России»")]
    public void TheGroupsSpeakNotTheGovernorNamedLast(string language, string text, string body)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)), q => q.Kind != QuoteKind.Scare);
        Assert.Equal(body, quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("en", "Kursk governor Roman Starovoit reported an attack on Tyotkino.\n\nIn a Telegram post, the Legion said: \"The fighting is in the village itself.\"", "Legion")]
    [InlineData("en", "Kursk governor Roman Starovoit reported an attack on Tyotkino. The Siberian Battalion said it held its positions.\n\n\"We will not stop,\" a Legion fighter told Reuters.", "Legion")]
    [InlineData("ru", "Губернатор Курской области Роман Старовойт сообщил об атаке. В Легионе «Свобода России» заявили о бое.\n\n«Мы заняли позиции», — написали бойцы РДК в своем Telegram-канале.", "РДК")]
    public void AUnitNamedOnlyByItsNounOrAcronymSpeaks(string language, string text, string unit)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(unit, quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("nl", "Volgens het Russisch Vrijwilligerskorps \"lijdt de vijand verliezen\".", "lijdt de vijand verliezen")]
    [InlineData("de", "Nach Angaben des Russischen Freiwilligenkorps „erleidet der Feind Verluste“.", "erleidet der Feind Verluste")]
    public void AQuoteRightAfterAUnitNounIsNoUnitName(string language, string text, string quoted)
    {
        // The quote marks after "…korps" had been read as the corps' name ("Vrijwilligerskorps «lijdt …»"), and the quote was lost.
        Assert.Equal(quoted, Assert.Single(QuoteFinder.Find(Written(text, language))).Text);
    }

    [Fact]
    public void NachAngabenNamesTheSourceAfterIt()
    {
        var article = Written(
            "Der Gouverneur der Region Kursk, Roman Starowoit, berichtete von einem Angriff.\n\nNach Angaben des Russischen Freiwilligenkorps „erleidet der Feind Verluste“.",
            "de");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("des Russischen Freiwilligenkorps", quote.Speaker);
        Assert.Equal("Russischen Freiwilligenkorps", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("fr", "Le président Marek Volkov a dénoncé une attaque. « Nous répondrons », a déclaré Marek Volkov.\n\nMardi 4 avril, le Corps des volontaires du Nord, un groupe de combattants exilés, a revendiqué des attaques dans la région pour « libérer le pays ».", "Corps")]
    [InlineData("en", "President Marek Volkov condemned the attack. \"We will respond,\" Marek Volkov said.\n\nOn Tuesday, the Northern Volunteer Corps, a group of exiled fighters, claimed the attacks in the region to \"free the country\".", "Northern Volunteer Corps")]
    public void AnArmedUnitThatOpensTheQuotesSentenceSaysItsWords(string language, string text, string unit)
    {
        // The unit opening the sentence (after a fronted date) is its subject; the quote had gone to the president, the article's
        // main speaker. The French name is read as far as its capitalised words go ("Corps des volontaires").
        var quote = QuoteFinder.Find(Written(text, language)).Last();
        Assert.StartsWith(unit, quote.CanonicalSpeaker, StringComparison.Ordinal);
    }

    [Fact]
    public void ItIsTheInstitutionNamedBefore()
    {
        var article = Written("Governor Vyacheslav Gladkov reported shelling. Russia's defence ministry said the attack had been repelled.\n\n\"The enemy lost 60 men,\" it said.");
        Assert.Equal("Russian defence ministry", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Fact]
    public void AUnitsNameInQuoteMarksIsNoQuote()
    {
        var article = Written(
            "Легион «Свобода России», Русский добровольческий корпус и Сибирский батальон заявили о новом рейде в область.\n\n«Мы обращаемся к жителям: покиньте город», — говорится в совместном заявлении ЛСР, РДК и СБ.",
            "ru");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Мы обращаемся к жителям: покиньте город", quote.Text);

        // The statement of a list of bodies is reported under the first of them.
        Assert.Equal("ЛСР", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("ar", "قال الرئيس الروسي فلاديمير بوتين إن وفاة نافالني حدث حزين.\n\nوقال سيد الكرملين: \"هذه هي الحياة\".", "فلاديمير بوتين")]
    [InlineData("nl", "De Russische president Vladimir Poetin heeft over Aleksej Navalny gesproken.\n\n\"Ik ging akkoord\", aldus de Kremlin-baas.", "Vladimir Poetin")]
    [InlineData("nl", "Vladimir Poetin noemde Navalny bij naam.\n\n‘Dat is altijd een droevige gebeurtenis’, zei het Kremlin-hoofd.", "Vladimir Poetin")]
    [InlineData("nl", "Vladimir Poetin noemde Navalny bij naam.\n\n‘Ik ga akkoord’, zei de Kremlinheerser.", "Vladimir Poetin")]
    public void TheKremlinsMasterIsThePresident(string language, string text, string president)
    {
        Assert.Equal(president, Assert.Single(QuoteFinder.Find(Written(text, language))).CanonicalSpeaker);
    }
}

/// <summary>
/// French writes the subject pronoun inside an inverted verb after a quote ("« … », a-t-il ajouté", "estime-t-elle", "ont-ils
/// déclaré"): that pronoun is the attribution, so a short quote so attributed is speech, not a scare quote. Made-up sentences.
/// </summary>
public class SpeakerFrenchInversionTests
{
    [Fact]
    public void AnInvertedPronounAttributesTheQuote()
    {
        var article = Written(
            "Le ministre Jean Dupont a parlé mardi.\n\n« C'est la vie », a-t-il ajouté.\n\n« Nous verrons », a-t-elle dit.\n\n« Rien ne change », ont-ils affirmé.\n\n« Tout va bien », estime-t-il.",
            "fr");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(["il", "elle", "ils", "il"], quotes.Select(q => q.Speaker));
        Assert.Equal(["a-t-il ajouté", "a-t-elle dit", "ont-ils affirmé", "estime-t-il"], quotes.Select(q => q.Cue));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Full, q.Kind));
        Assert.All(quotes, q => Assert.Equal("Jean Dupont", q.CanonicalSpeaker));
    }
}

/// <summary>
/// Languages that drop the subject pronoun ("«Ya veremos», dijo.", "«Vedremo», ha detto.", "„Zobaczymy” – powiedział.") attribute
/// a short quote as fully as a named speaker would: it is speech (a version that can group), not a scare quote. Made-up sentences.
/// </summary>
public class ShortQuoteDroppedSubjectTests
{
    [Theory]
    [InlineData("es", "«Ya veremos», dijo.")]
    [InlineData("it", "«Vedremo», ha detto.")]
    [InlineData("pl", "„Zobaczymy” – powiedział.")]
    public void AShortQuoteBeforeASubjectlessVerbIsSpeech(string language, string sentence)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("Vladimir Putin spoke on Sunday.\n\n" + sentence, language)));
        Assert.Equal(QuoteKind.Full, quote.Kind);
        Assert.Equal("Vladimir Putin", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AShortQuoteWithNoCueStaysAScareQuote()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("Vladimir Putin visitó los «nuevos territorios» el domingo.", "es")));
        Assert.Equal(QuoteKind.Scare, quote.Kind);
    }
}

/// <summary>
/// An office no one was named with ("the president", "the Russian president", "the Kremlin leader") after a sentence in which one
/// person acts on another ("Vladimir Putin named Alexei Navalny …") is the sentence's subject, not the person named last: the
/// quote had gone to Navalny, and so never grouped with the same words quoted as Putin's. Made-up sentences.
/// </summary>
public class SpeakerOfficeSubjectTests
{
    [Theory]
    [InlineData("the president")]
    [InlineData("the Russian president")]
    [InlineData("the Kremlin leader")]
    public void AnUnnamedOfficeIsTheSubjectNotTheObject(string office)
    {
        var article = Written($"Vladimir Putin named Alexei Navalny for the first time.\n\n\"Well, such is life,\" {office} said.");
        Assert.Equal("Vladimir Putin", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }
}

/// <summary>
/// "Selon le Corps des volontaires russes, « … »": the words of the source after "selon" are the speaker, no gap between the
/// cue and the quote; a long name had put the lead-in too far from the quote to introduce it. Made-up sentences.
/// </summary>
public class SpeakerLongSourceTests
{
    [Theory]
    [InlineData("fr", "Selon le Corps des volontaires russes, « l'ennemi subit de lourdes pertes ».", "le Corps des volontaires russes")]
    [InlineData("en", "According to the Russian Volunteer Corps of Denis Kapustin, \"the enemy is suffering heavy losses\".", "the Russian Volunteer Corps of Denis Kapustin")]
    public void ALongSourceStillLeadsIn(string language, string sentence, string phrase)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("Le gouverneur Roman Starovoït a parlé.\n\n" + sentence, language)));
        Assert.Equal(phrase, quote.Speaker);
        Assert.Equal(QuoteKind.Full, quote.Kind);
    }
}

/// <summary>
/// Russian and Ukrainian write a unit's quoted name inside the quote marks of its statement ("в заявлении «Легиона «Свобода
/// России»»", the closing marks shared): that is the speaker, no quote of its own; and a Telegram channel ("В Telegram-канале
/// легиона сообщили") is where the words were posted, its owner speaks. Made-up sentences.
/// </summary>
public class SpeakerNestedUnitNameTests
{
    [Theory]
    [InlineData("ru", "Губернатор Вячеслав Гладков сообщил об обстрелах.\n\n«Мы призываем жителей покинуть город», — говорится в заявлении «Легиона «Свобода России»».\n\nВ Telegram-канале легиона сообщили: «Наши подразделения продвигаются вперед».", "Легион «Свобода России»")]
    [InlineData("uk", "Губернатор Вячеслав Гладков заявив про обстріли.\n\n«Ми закликаємо мешканців залишити місто», — йдеться у заяві «Легіону «Свобода Росії»».\n\nУ Telegram-каналі легіону повідомили: «Наші підрозділи просуваються вперед».", "Легіон «Свобода Росії»")]
    public void TheLegionSpeaksInItsStatementAndChannel(string language, string text, string legion)
    {
        var quotes = QuoteFinder.Find(Written(text, language));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(legion, q.CanonicalSpeaker));
    }
}

/// <summary>
/// German capitalises a person's title, so "Ein Sprecher der Legion" had made the body "Sprecher der Legion", which then
/// named the Legion in every article of the corpus. A title opens no body's name. Made-up sentences.
/// </summary>
public class SpeakerGermanTitleBodyTests
{
    [Fact]
    public void ASpokesmansTitleIsNoPartOfTheBodysName()
    {
        var article = Written(
            "Der Gouverneur der Region Kursk, Roman Starowoit, berichtete von einem Angriff.\n\nDie Legion schrieb auf Telegram: „Die Kämpfe finden im Dorf statt.“\n\nEin Sprecher der Legion sagte: „Wir hören nicht auf.“",
            "de");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(["Legion", "Legion"], quotes.Select(q => q.CanonicalSpeaker));
    }
}

/// <summary>
/// Italian and Spanish plural forms attribute a short quote to the groups named before ("hanno scritto i gruppi su Telegram",
/// "escribieron los grupos"): "i" before a lower-case word is the Italian article, no English "I". Made-up sentences.
/// </summary>
public class SpeakerItalianSpanishPluralTests
{
    [Theory]
    [InlineData("it", "La Legione Libertà della Russia e il Corpo dei volontari russi hanno annunciato un'incursione. Il governatore Vyacheslav Gladkov ha riferito di bombardamenti.\n\n\"Continueremo\", hanno scritto i gruppi su Telegram.", "i gruppi su Telegram")]
    [InlineData("es", "La Legión Libertad de Rusia y el Cuerpo de Voluntarios Rusos anunciaron una incursión. El gobernador Viacheslav Gladkov informó de bombardeos.\n\n\"Continuaremos\", escribieron los grupos en Telegram.", "los grupos")]
    public void TheGroupsWroteTheShortQuote(string language, string text, string phrase)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(QuoteKind.Full, quote.Kind);
        Assert.Equal(phrase, quote.Speaker);
        Assert.DoesNotContain("Gladkov", quote.CanonicalSpeaker, StringComparison.Ordinal);
    }
}
