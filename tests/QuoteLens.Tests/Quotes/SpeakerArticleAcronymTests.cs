using QuoteLens.Corpus;
using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A unit's acronym, defined in the article that quotes it ("het Noordelijke Vrijwilligerskorps (NVK) … Het NVK zegt"), is the
/// unit's name as that article writes it, even when other articles of the corpus define other acronyms for units keyed by the
/// same noun (so that the corpus-wide join of <see cref="SpeakerAcronyms"/> leaves them out). Made-up sentences.
/// </summary>
public class SpeakerArticleAcronymTests
{
    private static Quote Found(string start, params (string Text, string Language)[] articles)
    {
        var corpus = new ArticleCorpus("t", "t", articles.Select((a, i) => Written(a.Text, a.Language) with { Id = $"A{i}", File = $"A{i}.txt" }).ToList(), []);
        return Assert.Single(QuoteFinder.FindAll(corpus), q => Squash(q.Text).StartsWith(start, StringComparison.Ordinal));
    }

    [Fact]
    public void DutchAcronymIsTheCorpsNamedBefore()
    {
        var quote = Found("de dorpen",
            ("Achter de aanval zit het Noordelijke Vrijwilligerskorps (NVK), een groep strijders. Het NVK zegt dat het “de dorpen wil bevrijden”.", "nl"),
            ("The Northern Freedom Legion (NFL) said it crossed. The Southern Volunteer Corps (SVC) joined. \"We are home,\" SVC writes.", "en"));
        Assert.Equal("Noordelijke Vrijwilligerskorps", quote.CanonicalSpeaker);
    }

    [Fact]
    public void EnglishAcronymDropsTheSentenceArticle()
    {
        var quote = Found("We are at home",
            ("The Northern Freedom Legion (NFL) said it had crossed. The Southern Volunteer Corps (SVC) joined it. \"We are at home now,\" NFL writes.", "en"));
        Assert.Equal("Northern Freedom Legion", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("O Corpo de Voluntários do Norte (CVN) atravessou a fronteira. Depois, a CVN anunciou: “A aldeia está livre”.", "Corpo de Voluntários do Norte")]
    [InlineData("A Legião da Liberdade do Norte (LLN) atravessou a fronteira. Depois, a LLN anunciou: “A aldeia está livre”.", "Legião da Liberdade do Norte")]
    [InlineData("Dois grupos: o Corpo de Voluntários do Sul (CVS) e a Legião da Liberdade para a Rússia (LLR). O CVS publicou vídeos, enquanto a LLR anunciou o “A aldeia está livre”.", "Legião da Liberdade para a Rússia")]
    public void RomanceAcronymIsTheUnitItsNounOpens(string text, string unit)
    {
        Assert.Equal(unit, Found("A aldeia", (text, "pt"), ("El Cuerpo de Voluntarios del Sur (CVS) dijo: “Volvemos”.", "es")).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("Утром силы легиона Вольная Степь (ЛВС) зашли в район. Они призвали жителей не сопротивляться «освобождению от режима», сообщили в ЛВС.", "ru")]
    [InlineData("Легион «Вольная степь» (ЛВС) зашёл в район. «Мы призываем жителей не сопротивляться освобождению», — заявили в ЛВС.", "ru")]
    [InlineData("Легіон «Вольний степ» (ЛВС) зайшов у район. «Ми закликаємо жителів не опиратися звільненню», — зазначили в ЛВС.", "uk")]
    public void RussianAcronymIsTheUnitItsNounOpens(string text, string language)
    {
        // Russian and Ukrainian write the unit noun first ("легиона Вольная Степь (ЛВС)", "Легион «Вольная степь» (ЛВС)"): the
        // acronym is that unit, keyed by its noun as the unit's other names are.
        var corpus = new ArticleCorpus("t", "t", [Written(text, language) with { Id = "A0", File = "A0.txt" }, Written("The Western Volunteer Corps (WVC) said: \"We hold the line.\"") with { Id = "A1", File = "A1.txt" }], []);
        var quote = Assert.Single(QuoteFinder.FindAll(corpus), q => q.ArticleId == "A0");
        Assert.Equal(SpeakerNames.Key("Free Steppe Legion"), quote.SpeakerKey);
        Assert.StartsWith(language == "ru" ? "Легион «Вольная" : "Легіон «Вольний", quote.CanonicalSpeaker, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAcronymWhoseLettersAreNotTheNamesIsNoDefinition()
    {
        // "(ДРГ)" after "легиона Вольная Степь" spells other words: no definition.
        Assert.Empty(SpeakerArticleAcronyms.Definitions("Бойцы легиона Вольная Степь (ДРГ) зашли в район."));
        Assert.Empty(SpeakerAcronyms.HeadFirstDefinitions("Бойцы легиона Вольная Степь (ДРГ) зашли в район."));
        Assert.Equal([(SpeakerNames.Key("легион"), SpeakerNames.Key("ЛВС"), "Легион «Вольная Степь»")], SpeakerAcronyms.HeadFirstDefinitions("Бойцы легиона Вольная Степь (ЛВС) зашли в район."));
    }

    [Fact]
    public void AnAcronymNotDefinedInTheArticleIsLeft()
    {
        // "NVK" is defined in another article only: this article's quote keeps what the corpus-wide join gives it.
        var quote = Found("Wij komen",
            ("Het Noordelijke Vrijwilligerskorps (NVK) stak de grens over.", "nl"),
            ("Het Zuidelijke Vrijwilligerskorps (ZVK) trok ook op. Het NVK zegt: “Wij komen terug”.", "nl"));
        Assert.NotEqual("Zuidelijke Vrijwilligerskorps", quote.CanonicalSpeaker);
    }

    [Fact]
    public void AnInstitutionsAcronymIsNotExpanded()
    {
        Assert.Empty(SpeakerArticleAcronyms.Definitions("The Federal Security Service (FSB) said so."));
        Assert.Equal("Freedom of Russia Legion", SpeakerArticleAcronyms.Definitions("the Freedom of Russia Legion (FRL) said")[SpeakerNames.Key("FRL")]);
    }

    [Fact]
    public void APolishUnitWithItsAdjectiveAfterTheNounIsTheUnitOfTheOtherLanguages()
    {
        // "Północny Korpus Ochotniczy (PKO)": Polish writes the adjective after the unit noun; the Polish speaker (keyed by
        // "Ochotniczy") is the corps the English article names, not a speaker of its own.
        Assert.Contains((SpeakerNames.Key("Ochotniczy"), SpeakerNames.Key("corps"), ""), SpeakerAcronyms.Definitions("Do ataku przyznał się Północny Korpus Ochotniczy (PKO), oddział ochotników."));
        var polish = Found("Wrócimy",
            ("Do ataku przyznał się Północny Korpus Ochotniczy (PKO), oddział ochotników. „Wrócimy do domu” – oświadczył Północny Korpus Ochotniczy.", "pl"),
            ("The Northern Volunteer Corps said: “We are coming back home.”", "en"));
        var english = Found("We are coming",
            ("Do ataku przyznał się Północny Korpus Ochotniczy (PKO), oddział ochotników. „Wrócimy do domu” – oświadczył Północny Korpus Ochotniczy.", "pl"),
            ("The Northern Volunteer Corps said: “We are coming back home.”", "en"));
        Assert.Equal(english.SpeakerKey, polish.SpeakerKey);
        Assert.Equal("Northern Volunteer Corps", polish.CanonicalSpeaker);
    }
}
