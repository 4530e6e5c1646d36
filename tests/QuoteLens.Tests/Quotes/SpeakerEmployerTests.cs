using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A spokesman's employer named with the title ("explained Volkov's spokesman, Ivan Petrenko", "Volkovs Sprecher Ivan Petrenko")
/// is not the speaker: the title's holder is, named after it. With them: a repeated statement ("repitió", "повторил",
/// "wiederholte") is attributed like any other; the Ukrainian "прес-секретар" is a spokesman's title; "Como observou o
/// porta-voz" ("as the spokesman noted") opens with no name. Invented people and sentences.
/// </summary>
public class SpeakerEmployerTests
{
    [Theory]
    [InlineData("en", "President Marek Volkov replaced his finance minister on Sunday.\n\n\"The ministry must be open to new ideas,\" explained Volkov's spokesman, Ivan Petrenko.")]
    [InlineData("en", "President Marek Volkov replaced his finance minister on Sunday.\n\n\"The ministry must be open to new ideas,\" explained Volkov’s spokesman Ivan Petrenko.")]
    [InlineData("de", "Präsident Marek Volkov ersetzte am Sonntag seinen Finanzminister.\n\n„Das Ministerium muss offen für neue Ideen sein“, erklärte Volkovs Sprecher Ivan Petrenko.")]
    [InlineData("ru", "Президент Марек Волков в воскресенье заменил министра финансов. Об этом сообщил пресс-секретарь президента Иван Петренко.\n\n«Министерство должно быть открыто для новых идей», — пояснил представитель администрации.")]
    [InlineData("it", "Il presidente Marek Volkov ha sostituito domenica il ministro delle Finanze.\n\n\"Il ministero deve essere aperto alle nuove idee\", ha detto il portavoce Ivan Petrenko spiegando la decisione del presidente Marek Volkov.")]
    [InlineData("es", "El presidente Marek Volkov dijo el domingo que el ministerio debe cambiar.\n\n\"El ministerio debe estar abierto a nuevas ideas\", repitió Ivan Petrenko, el portavoz de la presidencia.")]
    [InlineData("pt", "O presidente Marek Volkov substituiu no domingo o ministro das Finanças, disse o porta-voz Ivan Petrenko.\n\nComo observou o porta-voz, a integração da indústria na economia \"é muito importante\".")]
    [InlineData("uk", "Президент Марек Волков у неділю замінив міністра фінансів.\n\n«Міністерство має бути відкритим для нових ідей», – підкреслив прес-секретар Ivan Petrenko.")]
    [InlineData("it", "Il ministro Ivan Petrenko ha parlato domenica a Roma.\n\n\"Il ministero deve essere aperto alle nuove idee\", ha detto il portavoce del governo Ivan Petrenko spiegando la decisione del presidente Marek Volkov.")]
    [InlineData("es", "El ministro Ivan Petrenko habló el domingo en Madrid.\n\n\"El ministerio debe estar abierto a nuevas ideas\", dijo el portavoz del gobierno Ivan Petrenko explicando la decisión del presidente Marek Volkov.")]
    [InlineData("it", "Il ministro Ivan Petrenko ha parlato domenica a Roma.\n\n\"Il ministero deve essere aperto alle nuove idee\", ha detto il portavoce del Cremlino Ivan Petrenko spiegando la decisione del presidente russo Marek Volkov.")]
    public void TheTitleHolderSpeaksNotHisEmployer(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(language is "ru" ? "Иван Петренко" : "Ivan Petrenko", quote.CanonicalSpeaker);
    }

    /// <summary>
    /// A spokesman's title with his employer's name and no name of his own ("заявив прес-секретар Петренка", "the spokesman for
    /// Petrenko", "der Sprecher von Petrenko") is said by the spokesman the article names elsewhere with a title that names the
    /// same employer ("Прес-секретар Петренка Іван Сидоренко", "Petrenko spokesman Ivan Sidorenko"), not by the employer.
    /// </summary>
    [Theory]
    [InlineData("uk", "Президент Олександр Петренко провів нараду в Києві. Прес-секретар Петренка Іван Сидоренко розповів про її підсумки журналістам.\n\n\"Ми не будемо підписувати цю угоду за жодних умов\", - заявив прес-секретар Петренка.")]
    [InlineData("ru", "Президент Александр Петренко провёл совещание в Москве. Пресс-секретарь Петренко Иван Сидоренко рассказал о его итогах журналистам.\n\n«Мы не будем подписывать это соглашение ни при каких условиях», — заявил пресс-секретарь Петренко.")]
    [InlineData("en", "President Alan Petrenko held a meeting in Kyiv. Petrenko spokesman Ivan Sidorenko briefed reporters afterwards.\n\n\"We will not sign this agreement under any conditions,\" the spokesman for Petrenko said.")]
    [InlineData("de", "Präsident Alan Petrenko hielt in Kiew eine Sitzung ab. Petrenkos Sprecher Ivan Sidorenko sagte danach, man sei zufrieden.\n\n\"Wir werden dieses Abkommen unter keinen Umständen unterzeichnen\", sagte der Sprecher von Petrenko.")]
    [InlineData("fr", "Le président Alan Petrenko a tenu une réunion à Kiev. Le porte-parole de Petrenko, Ivan Sidorenko, a informé la presse ensuite.\n\n« Nous ne signerons cet accord en aucun cas », a déclaré le porte-parole de Petrenko.")]
    [InlineData("es", "El presidente Alan Petrenko celebró una reunión en Kiev. El portavoz de Petrenko, Ivan Sidorenko, informó después a la prensa.\n\n\"No firmaremos este acuerdo bajo ninguna condición\", dijo el portavoz de Petrenko.")]
    public void TheEmployersNamedSpokesmanSpeaksForHim(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(language is "ru" ? "Иван Сидоренко" : language is "uk" ? "Іван Сидоренко" : "Ivan Sidorenko", quote.CanonicalSpeaker);
    }

    /// <summary>"Kremlin spokesman Dmitry Peskov": a spokesman's title before the spokesman's own name still gives his name.</summary>
    [Theory]
    [InlineData("en", "President Alan Petrenko held a meeting in Kyiv. Petrenko spokesman Ivan Sidorenko briefed reporters afterwards.\n\n\"We will not sign this agreement under any conditions,\" said Petrenko spokesman Ivan Sidorenko.")]
    [InlineData("uk", "Президент Олександр Петренко провів нараду в Києві. Прес-секретар Петренка Іван Сидоренко розповів про її підсумки.\n\n\"Ми не будемо підписувати цю угоду\", - заявив прес-секретар Петренка Іван Сидоренко.")]
    public void TheSpokesmanNamedWithHisTitleSpeaks(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(language is "uk" ? "Іван Сидоренко" : "Ivan Sidorenko", quote.CanonicalSpeaker);
    }

    /// <summary>
    /// The spokesman of Vladimir Putin, named only by his title and Putin's name ("purtătorul de cuvânt al lui Putin",
    /// "пресс-секретарь Путина", "le porte-parole de Poutine", "de woordvoerder van Poetin", "o porta-voz de Putin", "المتحدث
    /// باسم بوتين"), with no spokesman of his named in the article, is his press secretary on record, Dmitry Peskov: not Putin.
    /// The president is the point; the rest is invented.
    /// </summary>
    [Theory]
    [InlineData("ro", "Vladimir Putin a vorbit luni. Oficialii au fost prezenți la Kremlin.\n\nTotodată, purtătorul de cuvânt al lui Putin a subliniat că „forțele de securitate raportează în fiecare zi”.")]
    [InlineData("ru", "Владимир Путин выступил в понедельник. Чиновники были в Кремле.\n\nПресс-секретарь Путина заявил, что это «террористическая атака боевиков».")]
    [InlineData("uk", "Володимир Путін виступив у понеділок. Чиновники були в Кремлі.\n\nРечник Путіна заявив, що це «терористична атака бойовиків».")]
    [InlineData("fr", "Vladimir Poutine a parlé lundi. Les officiels étaient au Kremlin.\n\nLe porte-parole de Poutine a déclaré que l'incident était « une attaque terroriste des combattants ».")]
    [InlineData("nl", "Vladimir Poetin sprak maandag. De ambtenaren waren in het Kremlin.\n\nDe woordvoerder van Poetin zei dat het incident „een terroristische aanval van strijders” was.")]
    [InlineData("pt", "Vladimir Putin falou na segunda-feira. Os funcionários estavam no Kremlin.\n\nO porta-voz de Putin disse que o incidente foi \"um ataque terrorista dos combatentes\".")]
    [InlineData("ar", "تحدث الرئيس فلاديمير بوتين يوم الاثنين.\n\nوقال المتحدث باسم بوتين إن الحادث كان \"هجوما إرهابيا من المقاتلين\".")]
    public void PutinsSpokesmanUnnamedIsHisPressSecretaryOnRecord(string language, string text)
    {
        var quote = QuoteFinder.Find(Written("Title\n\n" + text, language))[^1];
        Assert.Equal("Dmitry Peskov", quote.CanonicalSpeaker);
    }
}
