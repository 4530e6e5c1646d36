using QuoteLens.Tests.Corpus;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Ten made-up articles, one per language of the hidden set (ru, uk, en, fr, de, nl, pt, ro, et, ar), reporting a leader's
/// remarks on a death the way such coverage does: each outlet quotes its own choice of sentences, in its own order, with its
/// own splits ("Что касается господина Навального. Да, он ушел из жизни." against "As for Mr Navalny, yes, he passed
/// away."), honorifics ("господина", "пана", "Herrn", "meneer", "senhor"), and the same idioms ("Такова жизнь", "Так бывает").
/// What the kit does with it stands here as exact figures; what it still gets wrong is said beside them.
/// </summary>
public sealed class RemarksInTenLanguagesTests
{
    private static readonly (string File, string Text)[] Articles =
    [
        ("n01_ru.txt", "«Такова жизнь»: Путин впервые назвал Навального по имени\n\nВладимир Путин после объявления предварительных итогов выборов впервые публично назвал Алексея Навального по фамилии.\n«Что касается господина Навального. Да, он ушел из жизни. Это всегда печальное событие», — сказал Путин на пресс-конференции в своем штабе.\nПо его словам, за несколько дней до смерти политика ему предложили обменять Навального на людей, находящихся в местах лишения свободы на Западе. «Я согласен», — ответил тогда Путин, по его словам.\n«Было одно условие: чтобы мы его обменяли, а он не возвращался. Но так бывает. Ничего не сделаешь. Такова жизнь», — добавил президент.\nПресс-секретарь Кремля Дмитрий Песков ранее заявлял, что Кремль не вмешивается в дела ФСИН.\n"),
        ("n02_uk.txt", "Путін вперше назвав ім'я Навального і розповів про обмін\n\nКремлівський диктатор Володимир Путін уперше публічно згадав Олексія Навального на ім'я.\n«Щодо пана Навального. Так, він пішов з життя. Це завжди сумна подія», — заявив Путін.\nЗа його словами, йому пропонували обміняти опозиціонера. «Я сказав: я згоден», — розповів Путін.\nВін додав: «Була одна умова: щоб ми його обміняли, а він не повертався. Але, на жаль, те, що сталося, те сталося».\nВдова політика Юлія Навальна раніше звинуватила Путіна у вбивстві чоловіка.\n"),
        ("n03_en.txt", "Putin names Navalny for first time, says he agreed to swap\n\nRussian President Vladimir Putin on Sunday referred to Alexei Navalny by name in public for the first time, calling his death \"a sad event\".\n\"As for Mr Navalny, yes, he passed away. This is always a sad event,\" Putin told reporters at his campaign headquarters.\nHe said that a few days before Navalny died, he had been told of a proposal to exchange him for people held in Western prisons. \"The person who was talking to me had not finished the sentence when I said: I agree,\" Putin said.\n\"But unfortunately, what happened happened,\" he said. \"There was one condition: that we exchange him and that he does not come back. Let him sit there. Such is life.\"\nNavalny's widow, Yulia Navalnaya, has accused Putin of killing her husband.\n"),
        ("n04_fr.txt", "Poutine prononce pour la première fois le nom de Navalny\n\nLe président russe a évoqué dimanche soir la mort de l'opposant Alexeï Navalny, qu'il a qualifiée d'« événement triste ».\n« Quant à M. Navalny, oui, il est décédé. C'est toujours un événement triste », a déclaré Vladimir Poutine.\nLe chef du Kremlin a affirmé avoir donné son accord à un échange de prisonniers quelques jours avant la mort de l'opposant. « J'ai dit : je suis d'accord », a-t-il assuré.\n« Il y avait une condition : que nous l'échangions et qu'il ne revienne pas. Mais ce qui est arrivé est arrivé. C'est la vie », a ajouté M. Poutine.\n"),
        ("n05_de.txt", "Putin nennt Nawalny erstmals beim Namen\n\nKremlchef Wladimir Putin hat den Tod des Oppositionellen Alexej Nawalny als „trauriges Ereignis“ bezeichnet.\n„Was Herrn Nawalny betrifft: Ja, er ist gestorben. Das ist immer ein trauriges Ereignis“, sagte Putin nach der Präsidentenwahl.\nEr sei mit einem Austausch einverstanden gewesen, behauptete der 71-Jährige. „Ich habe gesagt: Ich bin einverstanden“, so Putin.\n„Es gab eine Bedingung: dass wir ihn austauschen und er nicht zurückkommt. Aber so ist das Leben“, fügte er hinzu.\n"),
        ("n06_nl.txt", "Poetin noemt Navalny voor het eerst bij naam\n\nDe Russische president Vladimir Poetin heeft de dood van oppositieleider Aleksej Navalny een ‘droevige gebeurtenis’ genoemd.\n‘Wat meneer Navalny betreft, ja, hij is overleden. Dat is altijd een droevige gebeurtenis’, zei Poetin zondagavond.\nVolgens Poetin was er een plan om Navalny te ruilen. ‘Ik zei: ik ga akkoord’, aldus de Russische president.\n‘Er was één voorwaarde: dat we hem zouden ruilen en dat hij niet zou terugkomen. Maar helaas, wat er gebeurd is, is gebeurd’, zei hij. ‘Zo is het leven.’\n"),
        ("n07_pt.txt", "Putin cita Navalny pelo nome pela primeira vez\n\nO presidente russo, Vladimir Putin, classificou a morte do opositor Alexei Navalny como um “acontecimento triste”.\n“Quanto ao senhor Navalny, sim, ele faleceu. É sempre um acontecimento triste”, disse Putin.\nO líder russo afirmou que concordou com uma troca de prisioneiros. “Eu disse: concordo”, contou.\n“Havia uma condição: que o trocássemos e que ele não voltasse. Mas, infelizmente, o que aconteceu, aconteceu. Assim é a vida”, acrescentou o presidente.\n"),
        ("n08_ro.txt", "Putin l-a numit pentru prima dată pe Navalnîi\n\nPreședintele rus Vladimir Putin a vorbit duminică seara despre moartea opozantului Alexei Navalnîi, pe care a numit-o un „eveniment trist”.\n„Cât despre domnul Navalnîi, da, a decedat. Este întotdeauna un eveniment trist”, a declarat Putin.\nLiderul de la Kremlin a afirmat că a fost de acord cu un schimb de prizonieri. „Am spus: sunt de acord”, a spus el.\n„Era o singură condiție: să-l schimbăm și să nu se mai întoarcă. Dar, din păcate, ce s-a întâmplat s-a întâmplat. Asta e viața”, a adăugat Putin.\n"),
        ("n09_et.txt", "Putin nimetas Navalnõid esimest korda nimepidi\n\nVenemaa president Vladimir Putin nimetas pühapäeval opositsioonipoliitik Aleksei Navalnõi surma kurvaks sündmuseks.\n„Mis puudutab härra Navalnõid, siis jah, ta suri. See on alati kurb sündmus,“ ütles Putin.\nPutini sõnul oli ta nõus vangide vahetusega. „Ma ütlesin: olen nõus,“ rääkis Venemaa president.\n„Oli üks tingimus: et me vahetame ta ja ta ei tule tagasi. Aga kahjuks, mis juhtus, see juhtus. Selline on elu,“ lisas Putin.\n"),
        ("n10_ar.txt", "بوتين يذكر نافالني بالاسم لأول مرة\n\nوصف الرئيس الروسي فلاديمير بوتين وفاة المعارض أليكسي نافالني بأنها \"حدث حزين\".\nوقال بوتين: \"بالنسبة للسيد نافالني، نعم، لقد توفي. هذا دائما حدث حزين\".\nوأضاف الرئيس الروسي أنه وافق على تبادل للسجناء، قائلا: \"قلت: أنا موافق\".\nوتابع بوتين: \"كان هناك شرط واحد: أن نبادله وألا يعود. لكن للأسف، ما حدث قد حدث. هذه هي الحياة\".\n"),
    ];

    private static readonly Lazy<Analysis> Grouped = new(() => TempFolder.Analysed(Articles));

    private static string Carriers(string article, string opening)
    {
        var group = Assert.Single(Grouped.Value.Groups, g => g.Members.Any(m => m.ArticleId == article && m.Text.StartsWith(opening, StringComparison.Ordinal)));
        return string.Join(' ', group.Members.Select(m => m.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheConditionIsOneStatementInNineLanguages()
    {
        // Before the Russian and Ukrainian glosses of "возвращался", "обміняли", "повертався" (and with "щоб" read as "such"), the
        // Russian, Ukrainian and English versions were a group of their own beside the other six. The Arabic version is cut at
        // its colon ("كان هناك شرط واحد" / "أن نبادله وألا يعود") and its two halves stand alone: not fixed.
        Assert.Equal("n01_ru n02_uk n03_en n04_fr n05_de n06_nl n07_pt n08_ro n09_et", Carriers("n03_en", "There was one condition"));
    }

    [Fact]
    public void TheSadEventIsOneStatementInTenLanguages() =>
        Assert.Equal("n01_ru n02_uk n03_en n04_fr n05_de n06_nl n07_pt n08_ro n09_et n10_ar", Carriers("n03_en", "This is always a sad event"));

    [Fact]
    public void TheIdiomIsOneStatementWhereTheDictionaryMatchesItWordForWord()
    {
        // Every outlet prints "Such is life" as a short sentence of its own, and each language once: before short sentences
        // joined across languages on context (JoinShortAcrossLanguagesByContext), the English and Russian versions stood alone,
        // the others joined by place, and "Ничего не сделаешь" took the Russian seat. The Romanian "Asta e viața" (no Romanian
        // dictionary word for it) joins by its place as a piece, not a version: not fixed.
        Assert.Equal("n01_ru n03_en n04_fr n05_de n06_nl n07_pt n09_et n10_ar", Carriers("n03_en", "Such is life"));
    }

    [Fact]
    public void TheOpeningIsOneStatementWhereItIsOneSentence()
    {
        // The Russian and Ukrainian outlets print it as two sentences; their second ("Да, он ушел из жизни.") joins only its
        // Ukrainian twin: one sentence against two is not aligned across languages yet. The Russian first sentence ("Что
        // касается господина Навального."), alone in its article's group, joins: its link to the English version is both
        // sides' strongest and they share the name (QuoteGrouper.JoinMutualBestLinks).
        Assert.Equal("n01_ru n03_en n04_fr n05_de n06_nl n07_pt n08_ro n09_et n10_ar", Carriers("n03_en", "As for Mr Navalny"));
        Assert.Equal("n01_ru n02_uk", Carriers("n01_ru", "Да, он ушел из жизни"));
    }
}
