using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Made-up sentences for speaker rules: an office described without a name ("the Turkish leader",
/// "le chef de l'Etat turc", "ha detto il presidente turco", "заявил турецкий лидер") is the person the article names with
/// that office and qualifier; a pronoun after a sentence naming two people is its subject's; the place or audience of the
/// speech ("told parliament", "no Parlamento", "in Ankara") is no speaker; a body before a title is no person; a country's
/// genitive after a title ("Președintele Turciei", "Президент Туреччини") or before one ("sõnas Türgi juht") names no one,
/// and Romanian titles match in their cedilla spelling ("Preşedintele"); a person described by age ("the 71-year-old said",
/// "sagte der 71-Jährige", "— сказал 71-летний политик") is the article's main speaker, not whoever was named last; an office
/// no one in the article is named with ("aldus de gouverneur" where only "de Amerikaanse president" is named) is no one, not the
/// article's main speaker.
/// </summary>
public class SpeakerOfficeAndSubjectTests
{
    [Theory]
    [InlineData("en", "Turkish President Selim Kaya addressed lawmakers of his ruling party on Wednesday. Israeli Prime Minister David Levin said the army would continue.\n\n“The group is not a terrorist organisation, it is a liberation movement,” the Turkish leader said.", "Selim Kaya")]
    [InlineData("en", "Turkish President Selim Kaya spoke on Wednesday.\n\n“We will never accept this occupation of the land,” Kaya told parliament.", "Kaya")]
    [InlineData("en", "Turkish President Selim Kaya spoke on Wednesday.\n\n“We will never accept this occupation of the land,” he said in Ankara.", "Selim Kaya")]
    [InlineData("en", "Turkish President Selim Kaya spoke on Wednesday.\n\n“We will never accept this occupation of the land,” he told the Turkish Grand National Assembly.", "Selim Kaya")]
    [InlineData("en", "Speaking to his party's lawmakers in parliament, Selim Kaya said: “We will never accept this occupation of the land.”", "Selim Kaya")]
    [InlineData("en", "“We will never accept this occupation of the land,” Turkish President Selim Kaya said, speaking to his party's lawmakers in parliament.", "Selim Kaya")]
    [InlineData("en", "Turkish President Selim Kaya criticised Israeli Prime Minister David Levin on Wednesday.\n\nHe added: “We will never accept this occupation of the land.”", "Selim Kaya")]
    [InlineData("fr", "Le président turc Selim Kaya a critiqué mercredi le Premier ministre israélien David Levin devant le Parlement.\n\nIl a ajouté que « le groupe n'est pas une organisation terroriste, c'est un mouvement de libération ».", "Selim Kaya")]
    [InlineData("fr", "Le président turc Selim Kaya s'est exprimé mercredi. Le Premier ministre israélien David Levin a déclaré que l'armée continuerait.\n\n« Le groupe n'est pas une organisation terroriste, c'est un mouvement de libération », a déclaré le chef de l'Etat turc devant les députés de son parti.", "Selim Kaya")]
    [InlineData("fr", "Le président turc Selim Kaya s'est exprimé mercredi devant les députés. Il a ajouté : « Nous n'accepterons jamais cette occupation de la terre. »", "Selim Kaya")]
    [InlineData("it", "Il presidente turco Selim Kaya ha parlato al Parlamento. Il premier israeliano David Levin ha detto che l'esercito andrà avanti.\n\n“Il gruppo non è un'organizzazione terroristica, è un movimento di liberazione”, ha detto il presidente turco.", "Selim Kaya")]
    [InlineData("it", "Il presidente turco Selim Kaya ha parlato al Parlamento di Ankara.\n\nHa aggiunto: “Non accetteremo mai questa occupazione della terra”.", "Selim Kaya")]
    [InlineData("de", "Der türkische Präsident Selim Kaya sprach am Mittwoch vor dem Parlament in Ankara.\n\nEr fügte hinzu: „Wir werden diese Besetzung des Landes niemals akzeptieren.“", "Selim Kaya")]
    [InlineData("de", "Der türkische Präsident Selim Kaya sprach am Mittwoch. Israels Regierungschef David Levin sagte, die Armee werde weitermachen.\n\n„Die Gruppe ist keine Terrororganisation, sie ist eine Befreiungsbewegung“, sagte der türkische Staatschef vor Abgeordneten seiner Partei.", "Selim Kaya")]
    [InlineData("es", "El presidente turco, Selim Kaya, habló el miércoles. El primer ministro israelí, David Levin, dijo que el ejército continuará.\n\n“El grupo no es una organización terrorista, es un movimiento de liberación”, dijo el mandatario turco ante el Parlamento.", "Selim Kaya")]
    [InlineData("pt", "O presidente turco, Selim Kaya, falou na quarta-feira. O primeiro-ministro israelense, David Levin, disse que o exército vai continuar.\n\n“O grupo não é uma organização terrorista, é um movimento de libertação”, disse o líder turco no Parlamento.", "Selim Kaya")]
    [InlineData("ru", "Президент Турции Селим Кая выступил в парламенте. Премьер-министр Израиля Давид Левин заявил, что армия продолжит операцию.\n\n«Эта группа — не террористическая организация, это освободительное движение», — заявил турецкий лидер.", "Селим Кая")]
    [InlineData("uk", "Президент Туреччини Селім Кая виступив у парламенті. Прем'єр-міністр Ізраїлю Давид Левін заявив, що армія продовжить операцію.\n\n«Ця група — не терористична організація, це визвольний рух», — заявив турецький президент.", "Селім Кая")]
    [InlineData("en", "“We will never accept this occupation of the land,” Kaya said in a speech to parliament in Ankara on Wednesday.", "Kaya")]
    [InlineData("en", "“We will never accept this occupation of the land,” said the Turkish Grand National Assembly speaker.", null)]
    [InlineData("en", "Turkish President Selim Kaya spoke on Wednesday.\n\n“We will never accept this occupation of the land,” the president told the Turkish parliament.", "Selim Kaya")]
    [InlineData("fr", "Le président turc Selim Kaya s'est exprimé mercredi.\n\n« Nous n'accepterons jamais cette occupation de la terre », a-t-il déclaré à Ankara devant le Parlement.", "Selim Kaya")]
    [InlineData("de", "Der türkische Präsident Selim Kaya sprach am Mittwoch.\n\n„Wir werden diese Besetzung des Landes niemals akzeptieren“, sagte er im Parlament in Ankara.", "Selim Kaya")]
    [InlineData("et", "Türgi president Selim Kaya esines kolmapäeval parlamendis.\n\n“Rühmitus ei ole terroriorganisatsioon, vaid vabastusliikumine,” sõnas Türgi juht.", "Selim Kaya")]
    [InlineData("et", "Türgi president Selim Kaya esines kolmapäeval parlamendis.\n\n“Rühmitus ei ole terroriorganisatsioon,” ütles Türgi president.", "Selim Kaya")]
    [InlineData("uk", "Президент Туреччини Селім Кая виступив у середу в парламенті.\n\nПрезидент Туреччини вважає, що \"ця група – не терористична організація\".", "Селім Кая")]
    [InlineData("ro", "Președintele Turciei, Selim Kaya, a declarat miercuri că \"grupul nu este o organizație teroristă\".", "Selim Kaya")]
    [InlineData("ro", "Preşedintele Turciei, Selim Kaya, a declarat miercuri că \"grupul nu este o organizaţie teroristă\".", "Selim Kaya")]
    [InlineData("ar", "قال الرئيس التركي سليم كايا أمام البرلمان إن بلاده لن تقبل الاحتلال.\n\nوأعلن الرئيس التركي إلغاء زيارته إلى إسرائيل.\n\nوقال الرئيس التركي: \"حماس ليست منظمة إرهابية بل حركة تحرير\".", "سليم كايا")]
    [InlineData("ar", "وأكد الرئيس التركي سليم كايا في كلمته أمام نواب حزبه أن الاحتلال لن يدوم.\n\nوقال الرئيس التركي: \"لن نقبل هذا الاحتلال أبدا\".", "سليم كايا")]
    [InlineData("it", "Kaya attacca Israele. Il leader turco ha parlato ad Ankara.\n\n\"Il gruppo non è un'organizzazione terroristica\", ha detto il presidente turco.", "Kaya")]
    [InlineData("en", "Turkish President Selim Kaya spoke in parliament on Wednesday. Kaya said the group was a liberation movement.\n\nLawmakers walked out, with Israeli Foreign Minister David Levin calling the remarks \"a disgrace to the country\".", "David Levin")]
    [InlineData("pt", "O presidente turco Selim Kaya falou na quarta-feira. Kaya disse que o grupo é um movimento de libertação.\n\nOs deputados saíram, com o ministro israelense David Levin chamando as declarações de \"uma vergonha para o país\".", "David Levin")]
    [InlineData("en", "Russian President Vladimir Putin spoke late on Sunday. US President Joe Biden blamed him.\n\n\"This is always a sad event,\" the Russian president said.", "Vladimir Putin")]
    [InlineData("de", "Russlands Präsident Wladimir Putin sprach am Sonntag. US-Präsident Joe Biden machte ihn verantwortlich.\n\n„Das ist immer ein trauriges Ereignis“, sagte der russische Präsident.", "Wladimir Putin")]
    [InlineData("en", "Russian President Vladimir Putin won a fifth term. US President Joe Biden called the vote rigged.\n\n\"As for Mr Navalny, yes, he passed away,\" the 71-year-old said.", "Vladimir Putin")]
    [InlineData("de", "Der russische Präsident Wladimir Putin hat die Wahl gewonnen. „Das ist ein Sieg“, sagte Putin. US-Präsident Joe Biden sprach von Betrug.\n\n„Was Herrn Nawalny betrifft, ja, er ist verstorben“, sagte der 71-Jährige.", "Wladimir Putin")]
    [InlineData("ru", "Президент России Владимир Путин победил на выборах. «Это победа», — сказал Путин. Президент США Джо Байден назвал их нечестными.\n\n«Что касается господина Навального, да, он ушел из жизни», — сказал 71-летний политик.", "Владимир Путин")]
    [InlineData("uk", "Президент Росії Володимир Путін переміг на виборах. «Це перемога», — сказав Путін. Президент США Джо Байден назвав їх нечесними.\n\n«Щодо пана Навального, так, він пішов з життя», — заявив 71-річний диктатор.", "Володимир Путін")]
    [InlineData("nl", "De Amerikaanse president Tom Harris heeft gezegd dat de regering betaalt. \"Ik reken op het Congres\", aldus de president.\n\nTussenkop\n\nDe gouverneur van de staat zegt dat de bemanning alarm sloeg. \"De mensen die dat deden zijn helden\", aldus de gouverneur.", null)]
    [InlineData("en", "US President Tom Harris said the government would pay. \"I count on Congress,\" the president said.\n\nThe state's governor praised the crew. \"They are heroes,\" the governor said.", null)]
    [InlineData("en", "US President Tom Harris said the government would pay. Governor Anna Berg praised the crew.\n\n\"They are heroes,\" the governor said.", "Anna Berg")]
    public void TheSpeakerIsThePersonNotThePlaceTheAudienceOrAnotherOfficeHolder(string language, string text, string? expected)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];
        Assert.Equal(expected, quote.CanonicalSpeaker);
    }

    /// <summary>
    /// "The Russian president said" in an article that titles only another country's president ("US President Joe Biden",
    /// "Le président biélorusse Alexandre Loukachenko") is not that president: a description with a country takes no holder
    /// whose title names another country, and a president the article does not title is the head of state on record. So is
    /// the head of the Kremlin in each language's words ("the Kremlin leader", "le maître du Kremlin", "der Kremlchef", "o chefe
    /// do Kremlin", "liderul de la Kremlin", "кремлівський диктатор", "Kremli liider", "سيد الكرملين"; all were "Joe Biden"),
    /// and "he said" after "The Kremlin leader mentioned Alexei Navalny by name" is the leader's, not the name after the verb.
    /// </summary>
    [Theory]
    [InlineData("en", "US President Joe Biden said he was outraged by the death of Alexei Navalny.\n\n\"As for Mr Navalny, yes, he passed away. This is always a sad event,\" the Russian president said.")]
    [InlineData("de", "US-Präsident Joe Biden machte den Kreml für den Tod Nawalnys verantwortlich.\n\n„Was Herrn Nawalny betrifft, ja, er ist verstorben“, sagte der russische Präsident in der Nacht.")]
    [InlineData("nl", "De Amerikaanse president Joe Biden hield het Kremlin verantwoordelijk.\n\n\"Wat meneer Navalny betreft, ja, hij is overleden\", zei Ruslands president zondag.")]
    [InlineData("pt", "O presidente dos EUA, Joe Biden, responsabilizou o Kremlin pela morte de Navalny.\n\n\"Quanto ao senhor Navalny, sim, ele faleceu\", disse o presidente russo no domingo.")]
    [InlineData("ro", "Președintele SUA, Joe Biden, a acuzat Kremlinul pentru moartea lui Navalnîi.\n\n„Cât despre domnul Navalnîi, da, a decedat”, a declarat președintele rus duminică.")]
    [InlineData("ru", "Президент США Джо Байден обвинил Кремль в смерти Навального.\n\n«Что касается господина Навального, да, он ушел из жизни», — сказал российский президент.")]
    [InlineData("uk", "Президент США Джо Байден звинуватив Кремль у смерті Навального.\n\n«Щодо пана Навального, так, він пішов з життя», — сказав російський президент.")]
    [InlineData("ar", "حمّل الرئيس الأمريكي جو بايدن الكرملين مسؤولية وفاة نافالني.\n\nوقال الرئيس الروسي: \"أما بالنسبة للسيد نافالني، نعم، لقد توفي\".")]
    [InlineData("et", "USA president Joe Biden ütles, et Navalnõi surma eest vastutab Kreml.\n\n„Mis puutub härra Navalnõisse, siis jah, ta suri,“ ütles Venemaa president pühapäeval.")]
    [InlineData("fr", "Le président biélorusse Alexandre Loukachenko contredit son homologue russe.\n\n« Ils ont tenté de se cacher et se sont dirigés vers l’Ukraine », a déclaré samedi le président russe.")]
    [InlineData("en", "Vladimir Putin has claimed victory. US President Joe Biden called the vote undemocratic.\n\nSpeaking to supporters, the Kremlin leader mentioned Alexei Navalny by name for the first time. \"As for Mr Navalny, yes, he passed away,\" he said.")]
    [InlineData("de", "Wladimir Putin hat die Wahl gewonnen.\n\nDer Kremlchef erwähnte Alexej Nawalny zum ersten Mal namentlich. „Was Herrn Nawalny betrifft, ja, er ist verstorben“, sagte er.")]
    [InlineData("fr", "Vladimir Poutine a revendiqué sa victoire. Le président américain Joe Biden a dénoncé un scrutin truqué.\n\n« Quant à M. Navalny, oui, il est décédé », a affirmé le maître du Kremlin.")]
    [InlineData("de", "Wladimir Putin hat die Wahl gewonnen. US-Präsident Joe Biden kritisierte die Abstimmung.\n\n„Was Herrn Nawalny betrifft, ja, er ist verstorben“, sagte der Kremlchef.")]
    [InlineData("nl", "Vladimir Poetin heeft de verkiezingen gewonnen. De Amerikaanse president Joe Biden noemde de stemming oneerlijk.\n\n\"Wat meneer Navalny betreft, ja, hij is overleden\", aldus de Kremlin-leider.")]
    [InlineData("pt", "Vladimir Putin venceu as eleições. O presidente dos EUA, Joe Biden, criticou a votação.\n\n\"Quanto ao senhor Navalny, sim, ele faleceu\", afirmou o chefe do Kremlin.")]
    [InlineData("ro", "Vladimir Putin a câștigat alegerile. Președintele SUA, Joe Biden, a criticat votul.\n\n„Cât despre domnul Navalnîi, da, a decedat”, a spus liderul de la Kremlin.")]
    [InlineData("uk", "Володимир Путін переміг на виборах. Президент США Джо Байден розкритикував голосування.\n\n«Щодо пана Навального, так, він пішов з життя», — сказав кремлівський диктатор.")]
    [InlineData("et", "Vladimir Putin võitis valimised. USA president Joe Biden kritiseeris hääletust.\n\n„Mis puutub härra Navalnõisse, siis jah, ta suri,“ ütles Kremli liider.")]
    [InlineData("ar", "فاز فلاديمير بوتين في الانتخابات. وانتقد الرئيس الأمريكي جو بايدن التصويت.\n\nوقال سيد الكرملين: \"أما بالنسبة للسيد نافالني، نعم، لقد توفي\".")]
    [InlineData("uk", "Президент США Джо Байден звинуватив Кремль у смерті Навального.\n\n«Щодо пана Навального, так, він пішов з життя», – заявив очільник Кремля.")]
    [InlineData("uk", "Президент США Джо Байден звинуватив Кремль у смерті Навального.\n\n«Щодо пана Навального, так, він пішов з життя», – заявив очільник РФ.")]
    [InlineData("ru", "Президент США Джо Байден обвинил Кремль в смерти Навального.\n\n«Что касается господина Навального, да, он ушел из жизни», — сказал глава Кремля.")]
    [InlineData("et", "USA president Joe Biden kritiseeris valimisi. „See on alati kurb sündmus,“ ütles Venemaa riigipea.")]
    [InlineData("ro", "Președintele SUA, Joe Biden, a criticat alegerile. „Este întotdeauna un eveniment trist”, a declarat șeful statului rus.")]
    [InlineData("nl", "De Amerikaanse president Joe Biden sprak van fraude. \"Dat is altijd een trieste gebeurtenis\", zei de Russische leider.")]
    [InlineData("nl", "De Amerikaanse president Joe Biden sprak van fraude. \"Dat is altijd een trieste gebeurtenis\", zei het Russische staatshoofd.")]
    public void TheRussianPresidentDescribedIsNotTheTitledPresidentOfAnotherCountry(string language, string text)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];
        Assert.Equal("Vladimir Putin", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AFormerOfficeIsNotTheCurrentHolder()
    {
        var article = Written(
            "O presidente do Conselho, o belga Pierre Durand, criticou as palavras de Marco Lenz. " +
            "\"Vocês têm de pagar as vossas dívidas com a aliança\", declarou o ex-Presidente Lenz num comício.", "pt");
        var quote = QuoteFinder.Find(article)[^1];
        Assert.NotEqual("Pierre Durand", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ANameAfterATitleAndOfIsTheTitlesBodyNotAHolder()
    {
        var article = Written(
            "Ivan Berg responde em comunicado, afirmou este domingo o secretário-geral da Aliança Atlântica.\n\n" +
            "“Qualquer ataque contra a aliança vai ter uma resposta unida e enérgica”, afirma o secretário-geral da organização.", "pt");
        var quote = QuoteFinder.Find(article)[^1];
        Assert.NotEqual("Aliança Atlântica", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ABodyBeforeALowerCaseTitleIsNotTheSpeaker()
    {
        Assert.Equal("Ivan Petrov", SpeakerNames.Canonical("Free Legion spokesman Ivan Petrov", "en"));
        Assert.Null(SpeakerNames.Canonical("the Grand National Assembly speaker", "en"));
    }

    [Theory]
    [InlineData("turc", "turkish", true)]
    [InlineData("турецкий", "турции", true)]
    [InlineData("israeli", "turkish", false)]
    [InlineData("tur", "turkish", false)]
    public void QualifiersOfOneRootAreAkin(string a, string b, bool akin) => Assert.Equal(akin, SpeakerOffices.Akin(a, b));

    [Fact]
    public void AnItalianArticleIlIsNoPronoun()
    {
        var article = Written(
            "Il presidente turco Selim Kaya ha parlato al Parlamento. Il premier israeliano David Levin ha detto che l'esercito andrà avanti.\n\n" +
            "“Non accetteremo mai questa occupazione della terra”, ha detto il presidente turco davanti ai deputati.", "it");
        var quote = QuoteFinder.Find(article)[^1];
        Assert.Equal("il presidente turco", quote.Speaker);
        Assert.Equal("Selim Kaya", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("fr", "Le Premier ministre israélien David Levin a déclaré que l'armée continuerait.\n\nLe président turc Selim Kaya s'est exprimé mercredi devant les députés de son parti. Il a ajouté que « le groupe n'est pas une organisation terroriste, c'est un mouvement de libération ».", "Selim Kaya")]
    [InlineData("de", "Israels Regierungschef David Levin sagte, die Armee werde weitermachen.\n\nDer türkische Präsident Selim Kaya sprach am Mittwoch vor den Abgeordneten seiner Partei. Er fügte hinzu: „Wir werden diese Besetzung des Landes niemals akzeptieren.“", "Selim Kaya")]
    [InlineData("it", "Il premier israeliano David Levin ha detto che l'esercito andrà avanti.\n\nIl presidente turco Selim Kaya ha parlato ai deputati del suo partito. “Non accetteremo mai questa occupazione della terra”, ha aggiunto in Parlamento.", "Selim Kaya")]
    [InlineData("fr", "Le Premier ministre israélien David Levin a déclaré que l'armée continuerait.\n\nLe président turc Selim Kaya s'est exprimé mercredi. « Nous n'accepterons jamais cette occupation de la terre », a-t-il ajouté devant les députés.", "Selim Kaya")]
    [InlineData("en", "President Marco Lenz spoke on Tuesday.\n\nHe had promised Governor Anna Weiss that the port would reopen “as fast as humanly possible” and that the bridge would be rebuilt.", "Marco Lenz")]
    public void APronounOrADroppedSubjectTakesThePersonOpeningTheSentencesBefore(string language, string text, string expected)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];
        Assert.Equal(expected, quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheOpinionOfSomeoneIsASourceCue()
    {
        var article = Written("По мнению главы альянса Ивана Берга, такие заявления \"подрывают общую безопасность всех союзников\".", "ru");
        var quote = QuoteFinder.Find(article)[^1];
        Assert.Equal("Ивана Берга", quote.CanonicalSpeaker);
    }
}
