using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An ombudsman's office is a title, not a name: the person after it speaks ("declaró el Defensor del Pueblo ucraniano, Dmitró
/// Lubinets", il76's contratapa, had given the quote to "Defensor del Pueblo"). And the Arabic "but he" written as one word
/// ("لكنه قال إنه كان «…»", il76's somaaktuel) is a pronoun for the person named before, not a speaker's name. Invented
/// people; the sentences are the keys' own shapes.
/// </summary>
public class SpeakerOmbudsmanAndArabicButHeTests
{
    [Theory]
    [InlineData("es", "Kiev investiga el caso.\n\n“En estos momentos”, declaró el Defensor del Pueblo ucraniano, Marek Volkov, “estoy tratando de establecer los detalles”.")]
    [InlineData("es", "“Rusia miente”, dijo el defensor del pueblo Marek Volkov.")]
    [InlineData("pt", "“A Rússia mente”, disse o provedor de Justiça ucraniano, Marek Volkov.")]
    [InlineData("en", "\"Russia is lying,\" Ukraine's human rights ombudsman Marek Volkov said.")]
    [InlineData("fr", "« La Russie ment », a déclaré le Défenseur des droits, Marek Volkov.")]
    public void TheOmbudsmanIsTheNameAfterTheOffice(string language, string text)
    {
        Assert.Equal("Marek Volkov", QuoteFinder.Find(Written(text, language))[^1].CanonicalSpeaker);
    }

    [Fact]
    public void AnUkrainianOmbudsmanTitleInFullBeforeTheName()
    {
        var quote = QuoteFinder.Find(Written("Уповноважений Верховної Ради з прав людини Марек Волков заявив: «Росія бреше».", "uk"))[^1];
        Assert.Equal("Марек Волков", quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheArabicButHeIsThePersonNamedBefore()
    {
        var article = Written("وقال ماريك فولكوف في خطابه اليومي: \"من الواضح أن الجانب الآخر يتلاعب بحياة السجناء\". ورغم أنه لم يؤكد أو ينفي المزاعم، لكنه قال إنه كان \"يوما صعبا للغاية\".", "ar");
        var quote = QuoteFinder.Find(article)[^1];
        Assert.Equal("يوما صعبا للغاية", quote.Text);
        Assert.Equal(QuoteFinder.Find(article)[0].CanonicalSpeaker, quote.CanonicalSpeaker);
        Assert.NotNull(quote.CanonicalSpeaker);
        Assert.DoesNotContain("لكن", quote.CanonicalSpeaker, StringComparison.Ordinal);
    }
}

/// <summary>
/// Capitalised words that end with a nationality describe what follows them and name no one: "Independent Ukrainian media
/// outlet Ukrainska Pravda initially said" (il76's novayagazeta) had made "Independent Ukrainian" a speaker, whose key
/// (Ukrainian) then renamed every quote of Ukraine in the corpus. Invented outlet and people.
/// </summary>
public class SpeakerNationalityEndedNameTests
{
    [Fact]
    public void CapitalisedWordsEndingWithANationalityNameNoOne()
    {
        var article = Written("Independent Ukrainian media outlet Kyiv Herald initially said the plane was \"carrying missiles\".", "en");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Kyiv Herald", quote.CanonicalSpeaker);
    }

    [Fact]
    public void ACountrySpeakerKeepsItsNameAcrossTheCorpus()
    {
        var corpus = new QuoteLens.Corpus.ArticleCorpus("t", "t",
        [
            Written("Independent Ukrainian media outlet Kyiv Herald initially said the plane was \"carrying missiles\".\n\nUkraine said it would \"insist on an international inquiry\".") with { Id = "A0", File = "A0.txt" },
            Written("Ukraine said it wanted \"a full investigation\".") with { Id = "A1", File = "A1.txt" },
        ], []);
        var speakers = QuoteFinder.FindAll(corpus).Select(q => q.CanonicalSpeaker).ToList();
        Assert.DoesNotContain("Independent Ukrainian", speakers);
        Assert.Equal(2, speakers.Count(s => s == "Ukraine"));
    }
}
