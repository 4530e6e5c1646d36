using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Russian and Ukrainian attributions with "so" between the dash and the verb after a quote ("…», - так прокомментировал это
/// Володин", as Artsakh Press writes in the il76 evaluation set): "так" is no speaker, the name after the verb is, past the
/// thing commented on ("это", "ситуацию") or the question answered. The sentences are shortened from the set's.
/// </summary>
public class SpeakerSoBeforeVerbTests
{
    [Theory]
    [InlineData("«Своих солдат расстреляли в воздухе», - так прокомментировал это Володин.", "ru", "Володин")]
    [InlineData("«Это было сделано специально и цинично», - так прокомментировал ситуацию Андрей Картаполов.", "ru", "Андрей Картаполов")]
    [InlineData("«Мы не знали о самолёте», - так ответил на вопрос журналистов Зеленский.", "ru", "Зеленский")]
    [InlineData("«Ми не знали про літак», — так прокоментував це Зеленський.", "uk", "Зеленський")]
    public void TheNameAfterTheVerbSpeaks(string sentence, string language, string speaker)
    {
        var article = Written((language == "ru" ? "Спикер Госдумы выступил в среду.\n\n" : "Президент виступив у середу.\n\n") + sentence, language);
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.NotEqual("так", quote.Speaker);
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}

/// <summary>
/// "As" before the verb ("…», как сообщает ТАСС", "Как заявил Песков, «…»", "…", як зазначає Генштаб", as Radio Svoboda writes
/// in the il76 evaluation set), today or yesterday opening the clause ("Сегодня в Минобороны заявили"), and the General Staff
/// named bare, which is the text's own country's as a bare ministry is.
/// </summary>
public class SpeakerAsBeforeVerbTests
{
    [Theory]
    [InlineData("«Противник продолжает наступление», как сообщает ТАСС.", "ru", "ТАСС", "ТАСС")]
    [InlineData("Как заявил Песков, «это провокация Киева и его кураторов».", "ru", "Песков", "Песков")]
    [InlineData("Сегодня в Минобороны заявили, что «на борту были 65 пленных».", "ru", "в Минобороны", "Russian defence ministry")]
    [InlineData("\"Ворог продовжує наступ на кількох напрямках\", як зазначає Генштаб.", "uk", "Генштаб", "Ukrainian General Staff")]
    public void TheSubjectAfterTheAdverbSpeaks(string sentence, string language, string phrase, string speaker)
    {
        var article = Written((language == "ru" ? "Самолёт упал в среду.\n\n" : "Літак впав у середу.\n\n") + sentence, language);
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal(phrase, quote.Speaker);
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}

/// <summary>
/// The General Staff named with the abbreviation of the forces it commands ("в Генштабі ЗСУ", "Генштаба ВСУ", as Ukrainian and
/// Russian news write in the black-sea-fleet-ships evaluation set) is Ukraine's, in a Russian text too (it had been read as
/// the abbreviation alone, and joined with another body that ends in it).
/// </summary>
public class SpeakerForcesGeneralStaffTests
{
    [Theory]
    [InlineData("\"Ворог втратив ще один корабель\", — зазначили в Генштабі ЗСУ.", "uk")]
    [InlineData("«Противник потерял еще один корабль», — сообщили в Генштабе ВСУ.", "ru")]
    public void TheStaffOfUkrainesForcesIsUkraines(string sentence, string language)
    {
        var article = Written((language == "ru" ? "Корабль затонул в среду.\n\n" : "Корабель затонув у середу.\n\n") + sentence, language);
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Ukrainian General Staff", quote.CanonicalSpeaker);
    }
}

/// <summary>
/// The Israeli army by any of its names ("у ЦАХАЛ заявили", "the IDF wrote", "Армии обороны Израиля", as the houthi-red-sea
/// evaluation set writes it) is one speaker, "Israel Defense Forces"; its spokesman is a person, not the army.
/// </summary>
public class SpeakerIsraeliArmyTests
{
    [Theory]
    [InlineData("\"Корабель не був ізраїльським\", — заявили у ЦАХАЛ.", "uk")]
    [InlineData("«Судно не было израильским», — говорится в комментарии Армии обороны Израиля.", "ru")]
    [InlineData("\"The ship was not Israeli,\" the IDF wrote.", "en")]
    public void EveryNameIsTheSameArmy(string sentence, string language)
    {
        var opening = language switch { "ru" => "Судно захватили в воскресенье.\n\n", "uk" => "Судно захопили в неділю.\n\n", _ => "The ship was seized on Sunday.\n\n" };
        var quote = Assert.Single(QuoteFinder.Find(Written(opening + sentence, language)));
        Assert.Equal("Israel Defense Forces", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ItsSpokesmanIsNoArmy() => Assert.Null(InstitutionNames.IsraeliArmy("Пресс-секретарь ЦАХАЛа"));
}

/// <summary>
/// A Portuguese, Spanish or Italian adverb of manner after a verb with no subject ("”, ameaça diretamente, visivelmente
/// irado.", as Observador writes in the prigozhin-ammunition evaluation set) is how the words were said, not a speaker; an
/// adverb with the speaker after it ("disse finalmente o chefe …") still names the speaker.
/// </summary>
public class SpeakerMannerAdverbTests
{
    private const string Opening = "O chefe da Wagner, Yevgeny Prigozhin, falou num vídeo.\n\n";

    [Fact]
    public void AnAdverbAfterASubjectlessVerbIsNoSpeaker()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(Opening + "“Eles são pais e filhos de alguém. E vocês não nos dão munições”, ameaça diretamente, visivelmente irado.", "pt")));
        Assert.Null(quote.Speaker);
        Assert.Equal("Yevgeny Prigozhin", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AnAdverbBeforeTheNamedSpeakerKeepsTheSpeaker()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(Opening + "“Vocês sentam-se nas vossas discotecas de luxo”, disse finalmente o chefe Yevgeny Prigozhin.", "pt")));
        Assert.Equal("disse", quote.Cue);
        Assert.Equal("Yevgeny Prigozhin", quote.CanonicalSpeaker);
    }
}

/// <summary>
/// Russian and Ukrainian verbs of denying and of asking are verbs of saying: the body that denies speaks ("Раніше в ГУР
/// спростували заяву ФСБ про нібито бажання терористів втекти в Україну: "Це нісенітниця"", as Ostro writes in the
/// putin-crocus-address evaluation set), and so does the asker (the interviewer's question in the putin-biden evaluation
/// set: "Для нас кто лучше – Байден или Трамп?"), not the one asked.
/// </summary>
public class SpeakerDenialAndAskingVerbTests
{
    [Theory]
    [InlineData("Раніше в ГУР спростували заяву ФСБ про нібито бажання терористів втекти в Україну: \"Це нісенітниця і брехня від початку до кінця\".", "uk", "Ukrainian military intelligence")]
    [InlineData("В РДК опровергли заявление Минобороны о потерях: «Это ложь от начала до конца».", "ru", "РДК")]
    [InlineData("Журналист Павел Зарубин спросил: «Для нас кто лучше – Байден или Трамп?»", "ru", "Павел Зарубин")]
    [InlineData("Журналіст Павло Зарубін запитав: «Для нас хто кращий – Байден чи Трамп?»", "uk", "Павло Зарубін")]
    public void TheOneWhoDeniesOrAsksSpeaks(string sentence, string language, string speaker)
    {
        var article = Written((language == "ru" ? "Бои продолжались в среду.\n\n" : "Бої тривали в середу.\n\n") + sentence, language);
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}

/// <summary>
/// French "reprocher" (to reproach someone with) reports the reproacher's words ("le ministère russe de la Défense avait
/// reproché à l'Ukraine d'avoir « abattu » un avion …", as Yahoo/AFP writes in the il76 evaluation set).
/// </summary>
public class SpeakerReproachVerbTests
{
    [Fact]
    public void TheMinistryThatReproachesSpeaks()
    {
        const string text = "L’avion s’est écrasé mercredi.\n\nPlus tôt, le ministère russe de la Défense avait reproché à l’Ukraine d’avoir « abattu » un avion militaire russe qui transportait « des militaires ukrainiens en vue d’un échange ».";
        var quotes = QuoteFinder.Find(Written(text, "fr"));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Russian defence ministry", q.CanonicalSpeaker));
        Assert.All(quotes, q => Assert.Equal("avait reproché", q.Cue));
    }
}

/// <summary>
/// Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, named by its adjective and body noun
/// ("Координаційний штаб заявив", as Suspilne writes in the il76 evaluation set), is one speaker, "Ukrainian Coordination HQ
/// for POWs"; the body noun alone later ("Штаб наголосив") names no one and refers back to it.
/// </summary>
public class SpeakerCoordinationHeadquartersTests
{
    [Fact]
    public void TheAdjectiveAndTheNounAreOneBody()
    {
        const string text = "Обмін полоненими відклали.\n\nКоординаційний штаб з питань поводження з військовополоненими випустив заяву.\n\nКоординаційний штаб заявив, що \"збирає та аналізує всю необхідну інформацію\".\n\nШтаб наголосив, що \"ворог поширює неправдиві чутки про обмін\".";
        var quotes = QuoteFinder.Find(Written(text, "uk"));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ukrainian Coordination HQ for POWs", q.CanonicalSpeaker));
    }

    [Fact]
    public void TheRussianNameToo() =>
        Assert.Equal("Ukrainian Coordination HQ for POWs", InstitutionNames.CoordinationHeadquarters("Координационный штаб по обращению с военнопленными"));

    [Fact]
    public void AnotherHeadquartersIsNotIt() => Assert.Null(InstitutionNames.CoordinationHeadquarters("Оперативный штаб"));
}

/// <summary>
/// Russia's "federal police" ("la police fédérale russe", "de Russische federale politie", as outlets render the Federal Security
/// Service in the rdk-bryansk-raid evaluation set) and its Romance "security services" ("i servizi di sicurezza di Mosca") are
/// the FSB, not the person named last.
/// </summary>
public class SpeakerRussianFederalPoliceTests
{
    [Theory]
    [InlineData("Ivan Petrenko a visité la ville mardi. La police fédérale russe a déclaré que « des hommes armés sont entrés dans la ville ».", "fr")]
    [InlineData("Ivan Petrenko bezocht de stad dinsdag. De Russische federale politie zei dat \"gewapende mannen de stad zijn binnengekomen\".", "nl")]
    [InlineData("Ivan Petrenko ha visitato la città martedì. I servizi di sicurezza di Mosca sostengono che \"uomini armati sono entrati in città\".", "it")]
    public void RussiasFederalPoliceIsTheFsb(string paragraph, string language)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("Bryansk\n\n" + paragraph, language)));
        Assert.Equal("FSB", quote.CanonicalSpeaker);
    }
}
