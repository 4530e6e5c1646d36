using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Spanish and Portuguese verbs of judgement ("consideró", "opinó", "sublinha"), sentence-opening adverbs that never speak
/// ("Dorénavant, …, a averti le maire Paul Girard"), and the Arabic complementizer typed without its hamza ("ان").
/// Invented people and sentences.
/// </summary>
public class SpeakerVerbAndAdverbTests
{
    /// <summary>The canonical speaker of the one quote an article of <paramref name="text"/> holds.</summary>
    private static string? OnlySpeaker(string text, string language) => Assert.Single(QuoteFinder.Find(Written(text, language))).CanonicalSpeaker;

    [Theory]
    [InlineData("es", "El alcalde Tomás Ribera consideró que \"el puente debe reabrirse pronto\".", "Tomás Ribera")]
    [InlineData("es", "\"El puente debe reabrirse pronto\", opinó el alcalde Tomás Ribera.", "Tomás Ribera")]
    [InlineData("es", "\"El puente debe reabrirse pronto\", reiteró el alcalde Tomás Ribera.", "Tomás Ribera")]
    [InlineData("pt", "\"A ponte deve reabrir em breve\", sublinha o presidente da câmara Tomás Ribeiro.", "Tomás Ribeiro")]
    [InlineData("pt", "\"A ponte deve reabrir em breve\", refere o presidente da câmara Tomás Ribeiro.", "Tomás Ribeiro")]
    public void VerbsOfJudgementLeadToTheSpeaker(string language, string text, string speaker)
    {
        Assert.Equal(speaker, OnlySpeaker(text, language));
    }

    [Theory]
    [InlineData("fr", "Dorénavant, la mairie refuse les camions, a averti le maire Paul Girard : « Le pont restera fermé la nuit. »")]
    [InlineData("fr", "Désormais, la ville change de cap, a affirmé le maire Paul Girard : « Nous fermerons le pont la nuit. »")]
    [InlineData("es", "Ahora, la ciudad cambia de rumbo, afirmó el alcalde Paul Girard: \"Cerraremos el puente de noche.\"")]
    public void ASentenceOpeningAdverbNeverSpeaks(string language, string text)
    {
        var article = Written(text, language);
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.NotEqual("Dorénavant", quote.CanonicalSpeaker);
        Assert.Equal("Paul Girard", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("pt", "Na sua primeira reação, Girard referiu-se a Volkov, em declarações no porto, como um homem \"talentoso\".\n\nMorreu também Dmitri Orlov, um dos fundadores do grupo.")]
    [InlineData("en", "In his first reaction, Girard described Volkov, in remarks at the port, as a \"talented\" man.\n\nOthers died, among them Dmitri Orlov, a founder of the group.")]
    [InlineData("es", "En su primera reacción, Girard se refirió a Volkov como un hombre \"talentoso\".\n\nMurió también Dmitri Orlov, uno de los fundadores del grupo.")]
    [InlineData("fr", "Dans sa première réaction, Girard a qualifié Volkov d'homme « talentueux ».\n\nEst mort aussi Dmitri Orlov, un des fondateurs du groupe.")]
    public void WhoDescribesSomeoneInQuotedWordsSaysThem(string language, string text)
    {
        // Before, the describing verb was no cue, the bare surname no mention, and the one full name of the article (named
        // after the quote) took it.
        Assert.Equal("Girard", OnlySpeaker(text, language));
    }

    /// <summary>
    /// Verbs of naming in German, Dutch, Italian, Polish and French ("nannte", "bezeichnete … als", "noemde", "definì", "nazwał",
    /// "a qualifiés de") lead to their subject, not to the speaker of the quotes before; a German or Dutch pronoun right after
    /// the verb is its subject ("Den Streit bezeichnete er als „…“").
    /// </summary>
    [Theory]
    [InlineData("de", "\"Wir sind zu Verhandlungen bereit\", sagte der Präsident Marek Volkov. \"Der Westen muss unsere Interessen achten\", fügte Volkov hinzu.\n\nJean Girard nannte die Aussagen \"zynisch und eine Verhöhnung aller Opfer dieses Krieges\".", "Jean Girard")]
    [InlineData("de", "\"Wir sind zu Verhandlungen bereit\", sagte der Präsident Marek Volkov. \"Der Westen muss unsere Interessen achten\", fügte Volkov hinzu.\n\nJean Girard bezeichnete die Aussagen als \"zynisch und eine Verhöhnung aller Opfer dieses Krieges\".", "Jean Girard")]
    [InlineData("de", "\"Wir sind zu Verhandlungen bereit\", sagte der Präsident Marek Volkov. \"Der Westen muss unsere Interessen achten\", fügte Volkov hinzu.\n\nAußenminister Jean Girard reiste am Montag nach Rom. Den Streit über die Aussagen bezeichnete er als \"zynisch und eine Verhöhnung aller Opfer\".", "Jean Girard")]
    [InlineData("nl", "\"We zijn klaar voor onderhandelingen\", zei president Marek Volkov. \"Het Westen moet onze belangen respecteren\", voegde Volkov toe.\n\nJean Girard noemde de uitspraken \"cynisch en een bespotting van alle slachtoffers van deze oorlog\".", "Jean Girard")]
    [InlineData("it", "\"Siamo pronti ai negoziati\", ha detto il presidente Marek Volkov. \"L’Occidente deve rispettare i nostri interessi\", ha aggiunto Volkov.\n\nJean Girard definì le dichiarazioni \"ciniche e una presa in giro di tutte le vittime di questa guerra\".", "Jean Girard")]
    [InlineData("pl", "„Jesteśmy gotowi do negocjacji” – powiedział prezydent Marek Volkov. „Zachód musi szanować nasze interesy” – dodał Volkov.\n\nJean Girard nazwał te słowa „cynicznymi i obraźliwymi dla wszystkich ofiar tej wojny”.", "Jean Girard")]
    [InlineData("fr", "« Nous sommes prêts à négocier », a déclaré le président Marek Volkov. « L'Occident doit respecter nos intérêts », a ajouté Volkov.\n\nDes propos que Jean Girard a qualifiés de « cyniques et insultants pour toutes les victimes de cette guerre ».", "Jean Girard")]
    public void WhoNamesSomethingInQuotedWordsSaysThem(string language, string text, string speaker)
    {
        Assert.Equal(speaker, QuoteFinder.Find(Written(text, language)).Last().CanonicalSpeaker);
    }

    /// <summary>Russian and Ukrainian verbs of accusing ("обвинил", "звинуватив") lead to the accuser, whose words are quoted.</summary>
    [Theory]
    [InlineData("ru", "«Мы готовы к переговорам», — заявил президент Марек Волков. «Запад должен уважать наши интересы», — добавил Волков.\n\nЖан Жирар обвинил Москву в том, что она «разжигает войну в Европе и толкает мир к катастрофе».", "Жан Жирар")]
    [InlineData("uk", "\"Ми готові до переговорів\", - заявив президент Марек Волков. \"Захід має поважати наші інтереси\", - додав Волков.\n\nЖан Жирар звинуватив Москву в тому, що вона \"розпалює війну в Європі та штовхає світ до катастрофи\".", "Жан Жирар")]
    public void WhoAccusesInQuotedWordsSaysThem(string language, string text, string speaker)
    {
        Assert.Equal(speaker, QuoteFinder.Find(Written(text, language)).Last().CanonicalSpeaker);
    }

    /// <summary>
    /// Turkish titles ("Dışişleri Bakanı", "Cumhurbaşkanı", "Sözcüsü") stand before the name and are no part of it: the speaker
    /// is the person, named the same way in every article that quotes him.
    /// </summary>
    [Theory]
    [InlineData("Cumhurbaşkanı Selim Kaya, Ankara’da bir görüşme yaptı.\n\nDışişleri Bakanı Kemal Aydın, \"Bölgede kalıcı barış için iki devletli çözüm şarttır\" dedi.", "Kemal Aydın")]
    [InlineData("Dışişleri Bakanı Kemal Aydın, \"Bölgede kalıcı barış için iki devletli çözüm şarttır\" dedi.", "Kemal Aydın")]
    [InlineData("Cumhurbaşkanı Selim Kaya, \"Bölgede kalıcı barış için iki devletli çözüm şarttır\" dedi.", "Selim Kaya")]
    public void TurkishTitlesAreNoPartOfTheName(string text, string speaker)
    {
        Assert.Equal(speaker, QuoteFinder.Find(Written(text, "tr")).Last().CanonicalSpeaker);
    }

    [Theory]
    [InlineData("fr", "Le ministre Jean Roux a parlé lundi.\n\n« La situation est grave », a pour sa part indiqué le ministre Karl Huber.")]
    [InlineData("fr", "Le ministre Jean Roux a parlé lundi.\n\n« La situation est grave », a de son côté affirmé le ministre Karl Huber.")]
    [InlineData("it", "Il ministro Gianni Rossi ha parlato lunedì.\n\n\"La situazione è grave\", ha a sua volta detto il ministro Karl Huber.")]
    [InlineData("fr", "Le ministre Jean Roux a parlé lundi.\n\n« La situation est grave », a précisé, peu après la réunion, le ministre Karl Huber.")]
    public void AnAdverbialPhraseOrAnAsideInsideTheCueKeepsTheSpeakerAfterIt(string language, string text)
    {
        // Before, "pour sa part" between the auxiliary and the participle hid the cue, and an aside after it hid a speaker that
        // opens with an article; the quote fell to the first figure of the article.
        Assert.Equal("Karl Huber", OnlySpeaker(text, language));
    }

    [Theory]
    [InlineData("es", "El presidente Pedro Alonso habló el lunes en Madrid.\n\nEl ministro de Exteriores, Luis Pardo, pidió calma a los dos países.\n\n\"Será un error grave\", añadió el ministro.", "Luis Pardo")]
    [InlineData("it", "Il presidente Pietro Alfieri ha parlato lunedì a Roma.\n\nIl ministro degli Esteri, Luca Pardi, ha chiesto calma ai due paesi.\n\n\"Sarà un errore grave\", ha aggiunto il ministro.", "Luca Pardi")]
    [InlineData("fr", "Le président Pierre Allard a parlé lundi à Paris.\n\nLe ministre des Affaires étrangères, Luc Perrin, a réclamé le calme.\n\n« Ce sera une grave erreur », a ajouté le ministre.", "Luc Perrin")]
    public void AMinisterNamedWhileAskingIsTheMinisterWhoSpeaksLater(string language, string text, string speaker)
    {
        // "pidió", "ha chiesto", "a réclamé" were no cues: the minister's name was no subject mention, and "the minister" fell to
        // the president, the article's first figure.
        Assert.Equal(speaker, OnlySpeaker(text, language));
    }

    [Theory]
    [InlineData("Επίσης δήλωσε ότι \"η χώρα δεν θα υποχωρήσει ποτέ\".")]
    [InlineData("Παράλληλα ανέφερε ότι \"όλοι πρέπει να βοηθήσουν\".")]
    public void AGreekSentenceOpeningAdverbNeverSpeaks(string sentence)
    {
        var article = Written("Ο πρόεδρος Νίκος Παπαδόπουλος μίλησε τη Δευτέρα στην Αθήνα.\n\n" + sentence, "el");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Νίκος Παπαδόπουλος", quote.CanonicalSpeaker);
    }

    [Fact]
    public void APlaceAfterARussianPrepositionInTheSubjectsClauseIsNoSpeaker()
    {
        // "… отменила поездку в Рим и сказала": Rome is where the trip went, the president of Moldova is the one named before.
        var article = Written(
            "Президент Молдавии Майя Санду прилетела в Париж в среду.\n\n" +
            "Президент Молдавии отменила поездку в Рим и сказала, что \"это не время для визитов\".", "ru");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Майя Санду", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ARussianPrepositionOpeningTheSourceStillNamesIt()
    {
        var article = Written("«Мы продолжаем бой у села», — заявили в РДК.", "ru");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("РДК", quote.CanonicalSpeaker);
    }

    [Fact]
    public void WhoClaimsSomethingInQuotedWordsIsTheSubjectALaterPronounRefersTo()
    {
        // "a prétendu" was no cue: the minister was no subject mention, and "Il" fell to the president named first.
        var article = Written(
            "Le président Paul Girard a critiqué mercredi le port devant les députés.\n\n" +
            "Le ministre Marek Volkov a prétendu que ‘le port est sûr’ dans un message.\n\n" +
            "Il a ajouté que ‘les navires reviendront’.", "fr");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marek Volkov", q.CanonicalSpeaker));
    }

    [Theory]
    [InlineData("Russia’s Marek Volkov said the rescuers showed “courage” on Friday.", "Marek Volkov")]
    [InlineData("Marek Volkov’s TV address said the rescuers showed “courage” on Friday.", "Marek Volkov")]
    public void AOneWordPossessiveBeforeAFullNameIsTheCountry(string text, string speaker)
    {
        Assert.Equal(speaker, OnlySpeaker(text, "en"));
    }

    [Fact]
    public void TheArabicComplementizerWithoutHamzaOpensTheClause()
    {
        var article = Written("وأكد الرئيس ماريك فولكوف ان بلاده \"لن تتراجع عن قرارها\".", "ar");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.NotNull(quote.CanonicalSpeaker);
        Assert.DoesNotContain("ان بلاده", quote.CanonicalSpeaker!);
        Assert.Contains("فولكوف", quote.CanonicalSpeaker!);
    }
}

/// <summary>"Volgens hem zal Volkov …": the pronoun after "according to" speaks, resolved to the previous speaker.</summary>
public class SpeakerAccordingToPronounTests
{
    [Fact]
    public void AccordingToHimTheEarlierSpeakerSpeaksNotTheNameInTheClause()
    {
        var article = Written(
            "Paul Girard zei: \"De brug gaat 's nachts dicht.\"\n\n" +
            "Volgens hem zal Marek Volkov \"nooit akkoord gaan met dat plan\".", "nl");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Paul Girard", quotes[1].CanonicalSpeaker);
    }
}

/// <summary>Arabic subjects followed by a time clause, and the Kremlin's genitive before a spokesman's name. Invented sentences.</summary>
public class SpeakerArabicClauseAndGenitiveTests
{
    [Fact]
    public void TheArabicNameAfterTheVerbSpeaksNotTheNounOfTheTimeClause()
    {
        var article = Written("عقد المجلس اجتماعا.\n\nوقال فولكوف بعد ساعات من اجتماع المجلس في العاصمة إن \"القرار نهائي\".", "ar");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("فولكوف", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheKremlinsGenitiveBeforeTheSpokesmansNameIsNoPartOfIt()
    {
        var article = Written("Svet se je sestal.\n\n\"Odločitev je dokončna,\" je dejal tiskovni predstavnik Kremlja Ivan Petrenko.", "sl");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Ivan Petrenko", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("fr", "Le ministre Paul Girard a parlé lundi.\n\nLe président moldave Vortan a assuré que le port « restera ouvert ».")]
    [InlineData("it", "Il ministro Paolo Girardi ha parlato lunedì.\n\nIl presidente moldavo Vortan ha assicurato che il porto \"resterà aperto\".")]
    [InlineData("es", "El ministro Pablo Girardo habló el lunes.\n\nEl presidente moldavo Vortan aseguró que el puerto \"seguirá abierto\".")]
    public void ATitleANationalityAndASurnameNameTheSpeaker(string language, string text)
    {
        // "le président moldave Vortan": the nationality between the title and the surname made the surname untitled, and a
        // description ("le …") with an untitled single word names no one: the quote fell to the article's first figure.
        Assert.Equal("Vortan", Assert.Single(QuoteFinder.Find(Written(text, language))).CanonicalSpeaker);
    }
}
