using QuoteLens.Corpus;
using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// The Romance languages and Romanian put the unit noun first ("Corpo de Voluntários Russos", "Cuerpo de Voluntarios Rusos",
/// "Légion Liberté de la Russie", "Batalhão Siberiano", "Batalionul Siberian"): the name is keyed by that noun in English, as
/// "Russian Volunteer Corps" is by its last word, so that one body is one speaker across languages. Sentences made up in the
/// style of the coverage of the Belgorod raids.
/// </summary>
public class SpeakerLeadingUnitKeyTests
{
    [Theory]
    [InlineData("Corpo de Voluntários Russos", "Russian Volunteer Corps")]
    [InlineData("Cuerpo de Voluntarios Rusos", "Russian Volunteer Corps")]
    [InlineData("Corpul Voluntarilor Ruși", "Russian Volunteer Corps")]
    [InlineData("Corps des volontaires russes", "Russian Volunteer Corps")]
    [InlineData("Légion Liberté de la Russie", "Freedom of Russia Legion")]
    [InlineData("Legião Liberdade da Rússia", "Freedom of Russia Legion")]
    [InlineData("Legión Libertad de Rusia", "Freedom of Russia Legion")]
    [InlineData("Batalhão Siberiano", "Siberian Battalion")]
    [InlineData("Batallón Siberiano", "Siberian Battalion")]
    [InlineData("Batalionul Siberian", "Siberian Battalion")]
    [InlineData("Bataillon sibérien", "Siberian Battalion")]
    public void AUnitNamedWithItsNounFirstIsKeyedByTheNounInEnglish(string name, string english)
    {
        Assert.Equal(SpeakerNames.Key(english), SpeakerNames.Key(name));
        Assert.Equal(SpeakerNames.Key(english), SpeakerNames.Key(UnitNames.LeadingUnit(name)!));
    }

    [Theory]
    [InlineData("فيلق حرية روسيا", "Freedom of Russia Legion")]
    [InlineData("فيلق المتطوعين الروس", "Russian Volunteer Corps")]
    [InlineData("الفيلق الروسي التطوعي", "Russian Volunteer Corps")]
    [InlineData("الكتيبة السيبيرية", "Siberian Battalion")]
    public void AnArabicUnitIsKeyedByItsNounInEnglish(string name, string english) =>
        Assert.Equal(SpeakerNames.Key(english), SpeakerNames.Key(name));

    [Fact]
    public void TheArabicLegionIsTheEnglishLegionInACorpus()
    {
        var articles = new[]
        {
            Written("دعا فيلق حرية روسيا سكان بيلغورود إلى مغادرة المدينة.\n\n«لسنا أعداء الشعب الروسي»، قال فيلق حرية روسيا في بيان على تلغرام.", "ar") with { Id = "a" },
            Written("The Freedom of Russia Legion urged residents of Belgorod to leave the city.\n\n\"We are not enemies of the Russian people,\" the Freedom of Russia Legion said in a statement on Telegram.") with { Id = "b" },
        };
        var quotes = QuoteFinder.FindAll(new ArticleCorpus("d", "d", articles, [])).Where(q => q.Kind == QuoteKind.Full).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Freedom of Russia Legion", q.CanonicalSpeaker));
    }

    [Theory]
    [InlineData("Vrijheid voor Rusland-legioen", "Freedom of Russia Legion")]
    [InlineData("Siberisch Bataljon", "Siberian Battalion")]
    [InlineData("Vene vabatahtlike korpus", "Russian Volunteer Corps")]
    [InlineData("Siberi pataljon", "Siberian Battalion")]
    public void ADutchOrEstonianUnitIsKeyedByItsNounInEnglish(string name, string english) =>
        Assert.Equal(SpeakerNames.Key(english), SpeakerNames.Key(name));

    [Fact]
    public void TheThreeBodiesKeepThreeKeys()
    {
        var keys = new[] { "Corpo de Voluntários Russos", "Legião Liberdade da Rússia", "Batalhão Siberiano" }.Select(SpeakerNames.Key).ToList();
        Assert.Equal(3, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("Corpo")]
    [InlineData("Maria Corpo")]
    [InlineData("Vladimir Putin")]
    public void ANameThatDoesNotOpenWithAUnitNounHasNoLeadingUnit(string name) => Assert.Null(UnitNames.LeadingUnit(name));

    [Fact]
    public void APortugueseUnitWithItsNounFirstIsABodyByItsWholeName()
    {
        const string Text = "O Corpo de Voluntários Russos, a Legião Liberdade da Rússia e o Batalhão Siberiano anunciaram na terça-feira que entraram na região.";
        Assert.Equal(["Corpo de Voluntários Russos", "Legião Liberdade da Rússia", "Batalhão Siberiano"],
            SpeakerResolver.BodyNames(Text, QuotedText.Of(Text)).Select(b => b.Name));
    }

    [Theory]
    [InlineData("pt", "O Corpo de Voluntários Russos, a Legião Liberdade da Rússia e o Batalhão Siberiano anunciaram na terça-feira que entraram na região de Belgorod.\n\n«Somos russos como vocês», lê-se no comunicado.", "Somos")]
    [InlineData("es", "El Cuerpo de Voluntarios Rusos, la Legión Libertad de Rusia y el Batallón Siberiano anunciaron el martes que entraron en la región de Bélgorod.\n\n«Somos rusos como ustedes», señala el comunicado.", "Somos")]
    [InlineData("ro", "Corpul Voluntarilor Ruși, Legiunea Libertatea Rusiei și Batalionul Siberian au anunțat marți că au intrat în regiunea Belgorod.\n\n«Suntem ruși ca și voi», se arată în comunicat.", "Suntem")]
    public void AStatementOfAListLedByTheCorpsIsTheCorps(string language, string text, string opening)
    {
        var quote = QuoteStarting(Written(text, language), opening);
        Assert.Equal(SpeakerNames.Key("Russian Volunteer Corps"), quote.SpeakerKey);
    }

    [Fact]
    public void APortugueseAndASpanishCorpsAreTheEnglishCorpsInACorpus()
    {
        var articles = new[]
        {
            Written("O Corpo de Voluntários Russos voltou a atacar a região de Belgorod.\n\n«Não somos inimigos do povo russo», afirmou o Corpo de Voluntários Russos num comunicado divulgado no Telegram.", "pt") with { Id = "a" },
            Written("El Cuerpo de Voluntarios Rusos atacó de nuevo la región de Bélgorod.\n\n«No somos enemigos del pueblo ruso», afirmó el Cuerpo de Voluntarios Rusos en un comunicado.", "es") with { Id = "b" },
            Written("The Russian Volunteer Corps attacked the Belgorod region again.\n\n\"We are not enemies of the Russian people,\" the Russian Volunteer Corps said in a statement on Telegram.") with { Id = "c" },
        };
        var quotes = QuoteFinder.FindAll(new ArticleCorpus("d", "d", articles, [])).Where(q => q.Kind == QuoteKind.Full).ToList();
        Assert.Equal(3, quotes.Count);

        // One speaker, written one way (the form with the most words wins: "Corpo de Voluntários Russos"), that is the English Corps.
        Assert.Single(quotes.Select(q => q.CanonicalSpeaker).Distinct());
        Assert.All(quotes, q => Assert.True(q.IsSpokenBy("Russian Volunteer Corps")));
        Assert.All(quotes, q => Assert.False(q.IsSpokenBy("Freedom of Russia Legion")));
    }
}
