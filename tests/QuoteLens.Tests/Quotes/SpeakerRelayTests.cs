using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A news outlet that relays a first-person quote ("«Мы готовы …», — пишет Meduza", "“We are ready,” reports Reuters") is not
/// its speaker: the person the article is about is. An outlet's own words, and a person who writes, keep their speaker.
/// Invented people, outlets and sentences.
/// </summary>
public class SpeakerRelayTests
{
    [Theory]
    [InlineData("ru", "Глава компании Марек Волков выступил на форуме в Минске.\n\n«Мы готовы к переговорам с любыми партнёрами», — пишет Ньюсхаб.")]
    [InlineData("ru", "Глава компании Марек Волков выступил на форуме в Минске.\n\n«Мы готовы к переговорам с любыми партнёрами», — пишет Newshub.")]
    [InlineData("ru", "Глава компании Марек Волков прибыл в Минск.\n\n«Мы готовы к переговорам», — передаёт агентство Ньюсхаб.")]
    [InlineData("uk", "Голова компанії Марек Волков прибув до Мінська.\n\n«Ми готові до переговорів», — повідомляє НХБ.")]
    [InlineData("en", "Company chief Marek Volkov spoke at a forum in Minsk on Monday.\n\n\"We are ready for talks with any partner,\" reports Newshub.")]
    [InlineData("en", "Company chief Marek Volkov spoke at a forum in Minsk on Monday.\n\n\"Our offer stands,\" Newshub reported.")]
    [InlineData("fr", "Le patron de l'entreprise Marek Volkov s'est exprimé lundi à Minsk.\n\n« Nous sommes prêts à négocier », rapporte l'ANP.")]
    [InlineData("fr", "Le patron de l'entreprise Marek Volkov s'est exprimé lundi à Minsk.\n\n« Je suis prêt à négocier », a écrit le quotidien Les Nouvelles.")]
    [InlineData("de", "Konzernchef Marek Volkov sprach am Montag in Minsk.\n\n„Wir sind zu Gesprächen bereit“, schrieb die Nachrichtenagentur Newshub.")]
    [InlineData("pt", "O presidente da empresa, Marek Volkov, falou em Minsk.\n\n\"Estamos prontos, o nosso lado quer negociar\", escreveu o jornal Notícias.")]
    public void AnOutletRelayingAFirstPersonQuoteGivesWayToThePersonNamedBefore(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Contains("Volkov", Transliterated(quote.CanonicalSpeaker), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutletRelayingTheOnlyQuoteGivesWayToThePersonOfTheLead()
    {
        var article = Written("Марек Волков прибыл в Минск в понедельник.\n\nВ ходе встречи обсуждались вопросы торговли.\n\n«Мы готовы к переговорам с любыми партнёрами», — передаёт Ньюсхаб.", "ru");
        Assert.Equal("Марек Волков", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("ru", "Марек Волков прибыл в Минск в понедельник.\n\n«Атака унесла жизни десяти человек», — пишет Newshub.", "Newshub")]
    [InlineData("en", "Marek Volkov arrived in Minsk on Monday.\n\n\"The attack killed ten people,\" reports Newshub.", "Newshub")]
    public void AnOutletsOwnWordsStayTheOutlets(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(Written(text, language))).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("ru", "Марек Волков прибыл в Минск, где встретился с Анной Ковальской.\n\n«Мы готовы к переговорам», — пишет Ковальская в своём телеграм-канале.")]
    [InlineData("en", "Marek Volkov arrived in Minsk, where he met Anna Kowalska.\n\n\"We are ready for talks,\" writes Kowalska on her blog.")]
    public void APersonWhoWritesIsNoOutlet(string language, string text)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Contains("Kowalska", Transliterated(quote.CanonicalSpeaker), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Мы готовы", "ru", true)]
    [InlineData("Готовы к диалогу", "ru", false)]
    [InlineData("J'espère que oui", "fr", true)]
    [InlineData("Die Lage ist ernst", "de", false)]
    [InlineData("Uns bleibt keine Wahl", "de", true)]
    public void FirstPersonWordsAreReadByLanguage(string quoted, string language, bool expected)
    {
        Assert.Equal(expected, SpeakerRelays.SpeaksInFirstPerson(quoted, language));
    }

    private static string Transliterated(string? name) =>
        name is null ? "" : name.Replace("Марек Волков", "Marek Volkov", StringComparison.Ordinal).Replace("Волков", "Volkov", StringComparison.Ordinal)
            .Replace("Анна Ковальская", "Anna Kowalska", StringComparison.Ordinal).Replace("Ковальская", "Kowalska", StringComparison.Ordinal)
            .Replace("Ковальской", "Kowalska", StringComparison.Ordinal);
}

/// <summary>
/// An outlet that names the one it cites ("— передаёт ТАСС со ссылкой на Ивана Петренко", "reported Newshub, citing Ivan
/// Petrenko", "unter Berufung auf", "cu referire la", "слова Ивана Петренко", "a déclaré l'agence de presse officielle Newshub
/// citant …" after the outlet's description): the one cited speaks. Invented sentences.
/// </summary>
public class SpeakerCitedSourceTests
{
    [Theory]
    [InlineData("ru", "Марек Волков провёл переговоры в понедельник.\n\n«Решение окончательное», — передаёт Ньюсхаб со ссылкой на Ивана Петренко.", "Петренко")]
    [InlineData("ru", "Марек Волков провёл переговоры в понедельник.\n\n«Решение окончательное», — передаёт Ньюсхаб слова Ивана Петренко.", "Петренко")]
    [InlineData("uk", "Марек Волков провів переговори в понеділок.\n\n«Рішення остаточне», — повідомляє Ньюсхаб з посиланням на Івана Петренка.", "Петренка")]
    [InlineData("en", "Marek Volkov held talks on Monday.\n\n\"The decision is final,\" Newshub reported, citing Ivan Petrenko.", "Ivan Petrenko")]
    [InlineData("en", "Marek Volkov held talks on Monday.\n\n\"The decision is final,\" reported Newshub, citing Ivan Petrenko.", "Ivan Petrenko")]
    [InlineData("de", "Marek Volkov führte am Montag Gespräche.\n\n„Die Entscheidung ist endgültig“, berichtete Newshub unter Berufung auf Ivan Petrenko.", "Ivan Petrenko")]
    [InlineData("ro", "Marek Volkov a purtat negocieri luni.\n\n„Decizia este definitivă”, a transmis Newshub, cu referire la Ivan Petrenko.", "Ivan Petrenko")]
    [InlineData("fr", "Marek Volkov a mené des pourparlers lundi.\n\n« La décision est définitive », a déclaré l’agence de presse officielle Newshub citant Ivan Petrenko.", "Ivan Petrenko")]
    [InlineData("fr", "Marek Volkov a mené des pourparlers lundi.\n\n« La décision est définitive », a déclaré l’agence de presse officielle Newshub citant le ministère de la Défense.", "Défense")]
    public void TheOneCitedSpeaks(string language, string text, string expected)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Contains(expected, quote.CanonicalSpeaker, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWordsOfOneDescribedAreHisNotTheOutlets()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("Президент Ильмар Вескин выступил с обращением.\n\n«Мы ответим», — передает Ньюсхаб слова главы государства.", "ru")));
        Assert.Equal("главы государства", quote.Speaker);
        Assert.Equal("Ильмар Вескин", quote.CanonicalSpeaker);
    }
}

/// <summary>
/// A verb of quoting ("цитирует", "приводит слова", "цитує", "наводить слова", "zitiert", "citeert", "citó") names the one
/// quoted after it, before or after the outlet that quotes ("цитирует Петренко агентство ТАСС", "приводит слова министра РИА
/// Новости", "citeert persbureau Newshub het ministerie"): the one quoted speaks, not the person named last before the quote.
/// Invented people, outlets and sentences.
/// </summary>
public class SpeakerQuotingVerbTests
{
    [Theory]
    [InlineData("ru", "Министр обороны Иван Петренко провёл совещание в Москве. Президент Олег Сидоров не присутствовал.\n\n«Армия должна быть готова к любым сценариям», — цитирует Петренко агентство Ньюсхаб.", "Петренко")]
    [InlineData("ru", "Министр обороны Иван Петренко провёл совещание в Москве. Президент Олег Сидоров не присутствовал.\n\n«Армия должна быть готова к любым сценариям», — цитирует НХБ Ивана Петренко.", "Петренко")]
    [InlineData("ru", "Министр обороны Иван Петренко провёл совещание в Москве. Президент Олег Сидоров не присутствовал.\n\n«Армия должна быть готова к любым сценариям», — приводит слова Петренко НХБ Новости.", "Петренко")]
    [InlineData("uk", "Міністр оборони Іван Петренко провів нараду в Києві. Президент Олег Сидоренко не був присутній.\n\n«Армія має бути готова до будь-яких сценаріїв», - цитує Петренка агентство Ньюсхаб.", "Петренк")]
    [InlineData("de", "Verteidigungsminister Hans Mahler sprach am Montag in Berlin. Kanzler Karl Schmidt war nicht anwesend.\n\n„Die Armee muss auf alle Szenarien vorbereitet sein“, zitiert die Nachrichtenagentur Newshub den Minister.", "Mahler")]
    [InlineData("es", "El ministro de Defensa Juan Garrido habló el lunes en Madrid. El presidente Pedro Ruiz no asistió.\n\n\"El ejército debe estar preparado para cualquier escenario\", citó la agencia Newshub a Garrido.", "Garrido")]
    public void TheOneQuotedSpeaksNotTheOutlet(string language, string text, string expected)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Contains(expected, quote.CanonicalSpeaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Министр обороны Иван Петренко провёл совещание в Москве. Президент Олег Сидоров не присутствовал.\n\n«Армия должна быть готова к любым сценариям», — приводит слова министра обороны Ньюсхаб.", "министра обороны")]
    [InlineData("nl", "Minister Jan Vermeer sprak maandag in Den Haag. Premier Karel Smit was afwezig.\n\n\"Het leger moet klaar zijn voor elk scenario\", citeert persbureau Newshub het ministerie.", "het ministerie")]
    [InlineData("ru", "Член совета движения Ахмед аль-Карими выступил в понедельник.\n\n«К экипажу будут относиться как к гостям», — цитирует НХБ Новости представителя движения.", "представителя движения")]
    public void TheOneQuotedIsReadPastTheOutletsName(string language, string text, string phrase)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)));
        Assert.Equal(phrase, quote.Speaker);
    }
}
