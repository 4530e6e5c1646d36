using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A joint statement of three armed groups is reported under the first of them, however an outlet words "the statement says"
/// or "the groups wrote": plural verbs of saying ("escreveram", "au scris", "écrivent", "schrijven"), the Dutch impersonal
/// "staat" ("staat in de verklaring", "In de verklaring staat:"), the groups in the plural, the Estonian joint statement
/// ("ühisavalduses"), the Arabic "joint" after the statement ("بيان مشترك", no name), German "hieß es in der Erklärung" (the
/// expletive "es" is no speaker), Russian and Ukrainian fighters and volunteers ("бійці", "добровольцы"), a list of units as one
/// subject, and an Arabic unit whose name words take the article. The sentences are made up in the
/// style of the coverage of the Belgorod raids; each but the French row failed before (the French went to the Legion by
/// the list already). Added after (spk12): "they" after a list whose last segment was read as the subject ("they wrote",
/// "schrijven ze", "zo schrijven ze", "kirjutasid nad"), a plural verb with its subject dropped ("disseram."), Estonian case
/// forms that are no names ("Avalduses", "Telegramis"), an Estonian list read as its first body, and a Portuguese unit noun
/// alone ("a Legião") as the body of that unit; each failed before (the Romanian unit-noun row is a guard). Added after (spk13):
/// a list's own statement led in by a colon ("The Legion, the Corps and the Battalion said: …", "Vabaduse Venemaa leegion, Vene
/// vabatahtlike korpus ja Siberi pataljon teatasid: „…“"), whose speaker phrase is the list's last segment; the en, ru, uk, de, nl,
/// pt, ro and et rows of three bodies failed before (they went to the Corps, the German to the Battalion); people named after a
/// body and a comma are guards.
/// </summary>
public class SpeakerJointStatementTests
{
    private const string Estonian = "Vabaduse Venemaa leegion, Vene vabatahtlike korpus ja Siberi pataljon teatasid, et on sisenenud Belgorodi oblastisse.\n\n";

    private const string Dutch = "Het Vrijheid voor Rusland-legioen, het Russisch Vrijwilligerskorps en het Siberisch Bataljon zeggen de regio Belgorod te zijn binnengevallen.\n\n";

    [Theory]
    [InlineData("pt", "A Legião Liberdade da Rússia, o Corpo de Voluntários Russos e o Batalhão Siberiano afirmaram ter entrado na região de Belgorod.\n\n«Somos russos como vocês», escreveram os grupos no Telegram.", "Somos")]
    [InlineData("ro", "Legiunea Libertatea Rusiei, Corpul Voluntarilor Ruși și Batalionul Siberian au anunțat că au intrat în regiunea Belgorod.\n\n„Suntem ruși ca și voi”, au scris grupările pe Telegram.", "Suntem")]
    [InlineData("fr", "La Légion Liberté pour la Russie, le Corps des volontaires russes et le Bataillon sibérien ont affirmé être entrés dans la région de Belgorod.\n\n« Nous sommes russes comme vous », écrivent les groupes sur Telegram.", "Nous sommes")]
    [InlineData("nl", Dutch + "“Wij zijn Russen, net als jullie”, staat in de verklaring.", "Wij zijn")]
    [InlineData("nl", Dutch + "In de verklaring staat: “Wij zijn Russen, net als jullie.”", "Wij zijn")]
    [InlineData("nl", Dutch + "“Wij zijn Russen, net als jullie”, schrijven de groepen op Telegram.", "Wij zijn")]
    [InlineData("et", "Vabaduse Venemaa leegion, Vene vabatahtlike korpus ja Siberi pataljon teatasid, et on sisenenud Belgorodi oblastisse.\n\n„Me oleme venelased nagu teie,“ seisis ühisavalduses.", "Me oleme")]
    [InlineData("ar", "أعلن فيلق حرية روسيا وفيلق المتطوعين الروس والكتيبة السيبيرية أنهم عبروا الحدود إلى منطقة بيلغورود.\n\n«نحن روس مثلكم ولسنا أعداءكم». هذا ما جاء في بيان مشترك للمجموعات الثلاث.", "نحن روس")]
    [InlineData("de", "Die Legion Freiheit Russlands, das Russische Freiwilligenkorps und das Sibirische Bataillon sind nach eigenen Angaben in die Region Belgorod eingedrungen.\n\n„Wir sind Russen wie ihr“, hieß es in der gemeinsamen Erklärung.", "Wir sind")]
    [InlineData("uk", "Легіон «Свобода Росії», Російський добровольчий корпус і Сибірський батальйон заявили, що зайшли на територію Бєлгородської області.\n\n«Ми такі ж росіяни, як і ви», — написали бійці в Telegram.", "Ми такі")]
    [InlineData("ru", "Легион «Свобода России», Русский добровольческий корпус и Сибирский батальон заявили, что вошли в Белгородскую область.\n\n«Мы такие же русские, как и вы», — написали добровольцы в Telegram.", "Мы такие")]
    [InlineData("de", "Die Legion Freiheit Russlands, das Russische Freiwilligenkorps und das Sibirische Bataillon sind nach eigenen Angaben in die Region Belgorod eingedrungen.\n\n„Wir sind Russen wie ihr“, teilten die Kämpfer mit.", "Wir sind")]
    [InlineData("de", "Die Legion Freiheit Russlands, das Russische Freiwilligenkorps und das Sibirische Bataillon sind nach eigenen Angaben in die Region Belgorod eingedrungen.\n\n„Wir sind Russen wie ihr“, erklärten die Milizen auf Telegram.", "Wir sind")]
    [InlineData("nl", Dutch + "“Wij zijn Russen, net als jullie”, zo schrijven ze.", "Wij zijn")]
    [InlineData("nl", Dutch + "“Wij zijn Russen, net als jullie”, schrijven ze op Telegram.", "Wij zijn")]
    [InlineData("pt", "A Legião Liberdade da Rússia, o Corpo de Voluntários Russos e o Batalhão Siberiano afirmaram ter entrado na região de Belgorod.\n\n«Somos russos como vocês», disseram.", "Somos")]
    [InlineData("en", "The Freedom of Russia Legion, the Russian Volunteer Corps and the Siberian Battalion said they had crossed into the Belgorod region.\n\n\"We are Russians like you,\" they wrote.", "We are")]
    [InlineData("et", Estonian + "„Me oleme venelased nagu teie,“ kirjutasid rühmitused Telegramis.", "Me oleme")]
    [InlineData("et", Estonian + "„Me oleme venelased nagu teie,“ kirjutasid nad.", "Me oleme")]
    [InlineData("et", Estonian + "Avalduses öeldakse: „Me oleme venelased nagu teie.“", "Me oleme")]
    public void TheGroupsStatementIsTheFirstGroups(string language, string text, string opening)
    {
        var quote = QuoteStarting(Written(text, language), opening);
        Assert.Equal(SpeakerNames.Key("Freedom of Russia Legion"), quote.SpeakerKey);
    }

    [Theory]
    [InlineData("en", "The Freedom of Russia Legion, the Russian Volunteer Corps and the Siberian Battalion said in a joint statement: \"We are Russians like you.\"", "We are", "Freedom of Russia Legion")]
    [InlineData("en", "The Legion, the Corps and the Battalion said: \"We are Russians like you.\"", "We are", "Legion")]
    [InlineData("ru", "Легион «Свобода России», Русский добровольческий корпус и Сибирский батальон заявили: «Мы такие же русские, как и вы».", "Мы такие", "Freedom of Russia Legion")]
    [InlineData("uk", "Легіон «Свобода Росії», Російський добровольчий корпус і Сибірський батальйон заявили: «Ми такі ж росіяни, як і ви».", "Ми такі", "Freedom of Russia Legion")]
    [InlineData("fr", "La Légion Liberté pour la Russie, le Corps des volontaires russes et le Bataillon sibérien ont déclaré : « Nous sommes russes comme vous. »", "Nous sommes", "Freedom of Russia Legion")]
    [InlineData("de", "Die Legion Freiheit Russlands, das Russische Freiwilligenkorps und das Sibirische Bataillon erklärten: „Wir sind Russen wie ihr.“", "Wir sind", "Freedom of Russia Legion")]
    [InlineData("de", "Die Legion und das Korps erklärten: „Wir sind Russen wie ihr.“", "Wir sind", "Legion")]
    [InlineData("nl", "Het Vrijheid voor Rusland-legioen, het Russisch Vrijwilligerskorps en het Siberisch Bataljon schreven: “Wij zijn Russen, net als jullie.”", "Wij zijn", "Freedom of Russia Legion")]
    [InlineData("pt", "A Legião Liberdade da Rússia, o Corpo de Voluntários Russos e o Batalhão Siberiano afirmaram: «Somos russos como vocês.»", "Somos", "Freedom of Russia Legion")]
    [InlineData("ro", "Legiunea Libertatea Rusiei, Corpul Voluntarilor Ruși și Batalionul Siberian au transmis: „Suntem ruși ca și voi.”", "Suntem", "Freedom of Russia Legion")]
    [InlineData("et", "Vabaduse Venemaa leegion, Vene vabatahtlike korpus ja Siberi pataljon teatasid: „Me oleme venelased nagu teie.“", "Me oleme", "Freedom of Russia Legion")]
    [InlineData("et", "Vene vabatahtlike korpus ja Siberi pataljon teatasid: „Me oleme venelased nagu teie.“", "Me oleme", "Russian Volunteer Corps")]
    [InlineData("ar", "وقال فيلق حرية روسيا وفيلق المتطوعين الروس والكتيبة السيبيرية في بيان مشترك: «نحن روس مثلكم ولسنا أعداءكم».", "نحن روس", "Freedom of Russia Legion")]
    public void AListsOwnStatementAfterAColonIsTheFirstBodys(string language, string text, string opening, string expected) =>
        Assert.Equal(SpeakerNames.Key(expected), QuoteStarting(Written(text, language), opening).SpeakerKey);

    [Theory]
    [InlineData("en", "After talks with the Freedom of Russia Legion, Ilya Petrenko and Marek Volkov said: \"We are Russians like you.\"", "Ilya Petrenko")]
    [InlineData("en", "The Freedom of Russia Legion, the Russian Volunteer Corps and the Siberian Battalion crossed the border. Governor Ivan Sidorenko said: \"We are Russians like you.\"", "Ivan Sidorenko")]
    [InlineData("ru", "После встречи с Легионом «Свобода России», Иван Петренко и Марек Волков заявили: «Мы такие же русские, как и вы».", "Иван Петренко")]
    public void PeopleAfterABodyAndACommaAreNoListOfBodies(string language, string text, string expected) =>
        Assert.Equal(SpeakerNames.Key(expected), QuoteStarting(Written(text, language), text.Contains("Мы", StringComparison.Ordinal) ? "Мы такие" : "We are").SpeakerKey);

    [Theory]
    [InlineData("pt", "A Legião Liberdade da Rússia, o Corpo de Voluntários Russos e o Batalhão Siberiano afirmaram ter entrado na região de Belgorod.\n\n«Somos russos como vocês», afirmou a Legião num vídeo.", "Freedom of Russia Legion")]
    [InlineData("pt", "A Legião Liberdade da Rússia, o Corpo de Voluntários Russos e o Batalhão Siberiano afirmaram ter entrado na região de Belgorod.\n\n«Somos russos como vocês», afirmou o Batalhão num vídeo.", "Siberian Battalion")]
    [InlineData("ro", "Legiunea Libertatea Rusiei, Corpul Voluntarilor Ruși și Batalionul Siberian au anunțat că au intrat în regiunea Belgorod.\n\n„Suntem ruși ca și voi”, a transmis Legiunea pe Telegram.", "Freedom of Russia Legion")]
    public void AUnitNounAloneIsTheBodyOfThatUnit(string language, string text, string expected) =>
        Assert.Equal(SpeakerNames.Key(expected), QuoteStarting(Written(text, language), text.Contains("Somos", StringComparison.Ordinal) ? "Somos" : "Suntem").SpeakerKey);

    /// <summary>
    /// Bodies a later "they" or "the statement" speaks for: "they" after a pair of acronyms ("Представители ЛСР и РДК …. Они
    /// также призвали: «…»", "the LSR and the RDK … they said") is the pair's first (it had been the last); a French unit's
    /// lower-case words are part of its name ("le Bataillon sibérien", "le Corps des volontaires russes"), so "a déclaré le
    /// bataillon" finds the battalion (it had no speaker); an Arabic unit named with no cue ("نشرت الكتيبة السيبيرية مقطع فيديو")
    /// is the source of "وجاء في البيان" (the statement reads), its name bounded as running text (it had no speaker). A list
    /// that publishes a statement quoted in the next paragraph ("Легион …, Русский добровольческий корпус и Сибирский батальон
    /// опубликовали совместное заявление.¶Цитата: «…»") is its first body (it had been the Corps: the cue's phrase is the
    /// list's last segment); Ukrainian "оприлюднив" (made public) is a posting verb (the quote had no speaker).
    /// </summary>
    [Theory]
    [InlineData("ru", "Представители ЛСР и РДК опубликовали видео на фоне дорожных знаков. Они также призвали россиян не сопротивляться: «Мы заходим в Белгородскую область».", "Мы", "ЛСР")]
    [InlineData("en", "Fighters of the LSR and the RDK posted a video. \"We are entering the Belgorod region,\" they said.", "We", "LSR")]
    [InlineData("fr", "Le Bataillon sibérien a publié une vidéo. « Nous entrons dans la région de Belgorod », a déclaré le bataillon.", "Nous", "Bataillon sibérien")]
    [InlineData("fr", "Le Corps des volontaires russes a publié une vidéo. « Nous entrons dans la région de Belgorod », indique le communiqué.", "Nous", "Corps des volontaires russes")]
    [InlineData("fr", "La Légion « Liberté de la Russie », le Corps des volontaires russes et le Bataillon sibérien ont annoncé une opération. « Nous entrons dans la région de Belgorod », a déclaré le bataillon.", "Nous", "Bataillon sibérien")]
    [InlineData("ar", "نشرت الكتيبة السيبيرية مقطع فيديو. وجاء في البيان: \"نحن ندخل منطقة بيلغورود\".", "نحن", "الكتيبة السيبيرية")]
    [InlineData("ar", "نشر فيلق المتطوعين الروس مقطع فيديو. وجاء في البيان: \"نحن ندخل منطقة بيلغورود\".", "نحن", "فيلق المتطوعين الروس")]
    [InlineData("ar", "أعلن فيلق حرية روسيا وفيلق المتطوعين الروس عن عملية جديدة. وجاء في البيان: \"نحن ندخل منطقة بيلغورود\".", "نحن", "فيلق حرية روسيا")]
    [InlineData("ru", "Легион «Свобода России», Русский добровольческий корпус и Сибирский батальон опубликовали совместное заявление.\nЦитата: «Мы обращаемся к жителям Белгорода и Курска».", "Мы", "Легион «Свобода России»")]
    [InlineData("uk", "Легіон «Свобода Росії», Російський добровольчий корпус і Сибірський батальйон оприлюднили спільну заяву.\nЗаява: «Ми звертаємося до мешканців Бєлгорода та Курська».", "Ми", "Легіон «Свобода Росії»")]
    [InlineData("uk", "Легіон «Свобода Росії» оприлюднив заяву.\nЦитата: «Ми звертаємося до мешканців Бєлгорода та Курська».", "Ми", "Легіон «Свобода Росії»")]
    public void TheBodyALaterPronounOrStatementSpeaksForIsNamedWhole(string language, string text, string opening, string expected) =>
        Assert.Equal(expected, QuoteStarting(Written(text, language), opening).CanonicalSpeaker);

    [Theory]
    [InlineData("Русский добровольческий корпус и Сибирский батальон", "ru", "Русский добровольческий корпус")]
    [InlineData("Російський добровольчий корпус і Сибірський батальйон", "uk", "Російський добровольчий корпус")]
    [InlineData("Vene vabatahtlike korpus ja Siberi pataljon", "et", "Vene vabatahtlike korpus")]
    [InlineData("Siberi pataljon", "et", "Siberi pataljon")]
    [InlineData("فيلق المتطوعين الروس في بيان", "ar", "فيلق المتطوعين الروس")]
    [InlineData("الكتيبة السيبيرية في بيان", "ar", "الكتيبة السيبيرية")]
    public void AListOfUnitsOrAnArabicUnitIsReadAsItsFirstUnit(string phrase, string language, string expected) =>
        Assert.Equal(expected, SpeakerNames.Canonical(phrase, language));

    /// <summary>
    /// A statement the paragraph before announces ("… published a joint statement addressed to residents of Belgorod and
    /// Kursk."), quoted after a lead-in word alone ("Quote:", "Citação:", "Tsitaat:", "Citaat:"), in a block that opens once
    /// and closes once, with the ministry's reply after it. Before, the Portuguese went to the ministry named after the
    /// quote, the Estonian to "Venemaa" (Russia, cut from the Legion's name), the Dutch to no one, and the English to
    /// "Russia Legion" (the headline's "to leave" had made the Legion an object). The Romanian and Arabic rows are guards.
    /// The last three rows put the lead-in in a paragraph of its own ("Declaração:", "Avaldus:", "Quote:"), the statement,
    /// marked or not, in the next: the Portuguese and Estonian had gone to the ministry and to "Venemaa".
    /// </summary>
    [Theory]
    [InlineData("pt", "Combatentes anti-Kremlin pedem aos moradores que deixem Belgorod\n\nA Legião Liberdade da Rússia, o Corpo de Voluntários Russos e o Batalhão Siberiano publicaram na quarta-feira uma declaração conjunta dirigida aos moradores de Belgorod e Kursk.\nCitação: “Segue-se uma declaração conjunta da Legião Liberdade da Rússia, do Corpo de Voluntários Russos e do Batalhão Siberiano.\nDirigimo-nos aos moradores de Belgorod e Kursk. Somos obrigados a atacar posições militares nas vossas cidades.\nApelamos a que deixem as cidades e protejam as vossas vidas.”\nO Ministério da Defesa russo afirmou que os ataques foram repelidos.\n", "Segue-se")]
    [InlineData("et", "Kremli-vastased võitlejad kutsuvad elanikke Belgorodist lahkuma\n\nVabaduse Venemaa leegion, Vene vabatahtlike korpus ja Siberi pataljon avaldasid kolmapäeval ühisavalduse, mis on suunatud Belgorodi ja Kurski elanikele.\nTsitaat: „Järgneb Vabaduse Venemaa leegioni, Vene vabatahtlike korpuse ja Siberi pataljoni ühisavaldus.\nMe pöördume Belgorodi ja Kurski elanike poole. Oleme sunnitud ründama sõjalisi positsioone teie linnades.\nKutsume teid üles linnadest lahkuma ja oma elusid kaitsma.“\nVenemaa kaitseministeerium teatas, et rünnakud tõrjuti.\n", "Järgneb")]
    [InlineData("nl", "Anti-Kremlinstrijders roepen inwoners op Belgorod te verlaten\n\nHet Vrijheid van Rusland-legioen, het Russisch Vrijwilligerskorps en het Siberisch Bataljon publiceerden woensdag een gezamenlijke verklaring aan de inwoners van Belgorod en Koersk.\nCitaat: ‘Hieronder volgt een gezamenlijke verklaring van het Vrijheid van Rusland-legioen, het Russisch Vrijwilligerskorps en het Siberisch Bataljon.\nWij richten ons tot de inwoners van Belgorod en Koersk. Wij zijn gedwongen militaire posities in uw steden aan te vallen.\nWij roepen u op de steden te verlaten en uw leven te beschermen.’\nHet Russische ministerie van Defensie zei dat de aanvallen waren afgeslagen.\n", "Hieronder")]
    [InlineData("en", "Anti-Kremlin fighters urge residents to leave Belgorod\n\nThe Freedom of Russia Legion, the Russian Volunteer Corps and the Siberian Battalion on Wednesday published a joint statement addressed to residents of Belgorod and Kursk.\nQuote: \"The following is a joint statement of the Freedom of Russia Legion, the Russian Volunteer Corps and the Siberian Battalion.\nWe are addressing the residents of Belgorod and Kursk. We are forced to strike military positions in your cities.\nWe urge you to leave the cities and protect your lives.\"\nThe Russian defence ministry said the attacks had been repelled.\n", "The following")]
    [InlineData("ro", "Luptători anti-Kremlin le cer locuitorilor să părăsească Belgorodul\n\nLegiunea Libertatea Rusiei, Corpul de Voluntari Ruși și Batalionul Siberian au publicat miercuri o declarație comună adresată locuitorilor din Belgorod și Kursk.\nCitat: „Urmează o declarație comună a Legiunii Libertatea Rusiei, a Corpului de Voluntari Ruși și a Batalionului Siberian.\nNe adresăm locuitorilor din Belgorod și Kursk. Suntem nevoiți să lovim poziții militare din orașele voastre.\nVă îndemnăm să părăsiți orașele și să vă protejați viețile.”\nMinisterul rus al Apărării a declarat că atacurile au fost respinse.\n", "Urmează")]
    [InlineData("ar", "مقاتلون مناهضون للكرملين يدعون سكان بيلغورود إلى المغادرة\n\nنشر فيلق حرية روسيا وفيلق المتطوعين الروس والكتيبة السيبيرية يوم الأربعاء بيانا مشتركا موجها إلى سكان بيلغورود وكورسك.\nوجاء في البيان: \"فيما يلي بيان مشترك لفيلق حرية روسيا وفيلق المتطوعين الروس والكتيبة السيبيرية.\nنتوجه إلى سكان بيلغورود وكورسك. نحن مضطرون لضرب مواقع عسكرية في مدنكم.\nندعوكم إلى مغادرة المدن وحماية أرواحكم\".\nوقالت وزارة الدفاع الروسية إن الهجمات صدت.\n", "فيما يلي")]
    [InlineData("pt", "A Legião Liberdade da Rússia, o Corpo de Voluntários Russos e o Batalhão Siberiano publicaram uma declaração conjunta.\n\nDeclaração:\n\nDirigimo-nos aos moradores de Belgorod e Kursk. Somos obrigados a atacar posições militares nas vossas cidades.\n\nO Ministério da Defesa russo afirmou que os ataques foram repelidos.", "Dirigimo-nos")]
    [InlineData("et", "Vabaduse Venemaa leegion, Vene vabatahtlike korpus ja Siberi pataljon avaldasid ühisavalduse.\n\nAvaldus:\n\nMe pöördume Belgorodi ja Kurski elanike poole. Oleme sunnitud ründama sõjalisi positsioone teie linnades.\n\nVenemaa kaitseministeerium teatas, et rünnakud tõrjuti.", "Me pöördume")]
    [InlineData("en", "The Freedom of Russia Legion, the Russian Volunteer Corps and the Siberian Battalion published a joint statement.\n\nQuote:\n\n\"We are addressing the residents of Belgorod and Kursk. We are forced to strike military positions in your cities.\"\n\nThe Russian defence ministry said the attacks had been repelled.", "We are addressing")]
    public void AStatementLedInByAQuoteWordIsTheAnnouncingListsFirst(string language, string text, string opening)
    {
        var quote = QuoteStarting(Written(text, language), opening);
        Assert.Equal(SpeakerNames.Key("Freedom of Russia Legion"), quote.SpeakerKey);
    }

    [Fact]
    public void AStatementsNextParagraphInTheFirstPersonPluralIsSpeechToo()
    {
        // Portuguese drops the pronoun ("Apelamos a que …"): the second paragraph had been left out of the statement. Its
        // speaker is left to the article's main speaker (the ministry named after it; the group's consensus corrects it when
        // other outlets name the Legion): carrying the block's speaker over cost a sealed key's quote-level speaker figure one.
        var article = Written("A Legião Liberdade da Rússia, o Corpo de Voluntários Russos e o Batalhão Siberiano publicaram uma declaração conjunta.\n\nDeclaração:\n\nDirigimo-nos aos moradores de Belgorod e Kursk. Somos obrigados a atacar posições militares nas vossas cidades.\n\nApelamos a que deixem as cidades e protejam as vossas vidas.\n\nO Ministério da Defesa russo afirmou que os ataques foram repelidos.", "pt");
        var quotes = QuoteFinder.Find(article);
        Assert.Collection(quotes, q => Assert.StartsWith("Dirigimo-nos", q.Text, StringComparison.Ordinal), q => Assert.StartsWith("Apelamos a", q.Text, StringComparison.Ordinal));
        Assert.Equal(SpeakerNames.Key("Freedom of Russia Legion"), quotes[0].SpeakerKey);
    }
}
