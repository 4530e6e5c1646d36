using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Arabic puts the subject after its verb, and the verb carries it when no noun follows: "وأضاف أن روسيا لديها «…»" ("he added
/// that Russia has …") names no new speaker (the words after "that" are the reported clause), and "وفي كلمة تلفزيونية مسجّلة اعتبر
/// بوتين أنّه «…»" ("in a recorded televised speech Putin held that …") is said by the name after the verb, not by the adverbial
/// before it (mobilization's alhadeel and aljazirah). Invented people and places.
/// </summary>
public class SpeakerArabicImplicitSubjectTests
{
    private const string Opening = "قال الوزير يان كوفال إن الحكومة ستدعم المزارعين.\n\nوقال كوفال: «نحن ندعم هذه القرى».\n\n";

    [Fact]
    public void A_phrase_that_opens_with_that_after_the_verb_is_the_reported_clause_not_a_speaker()
    {
        var quote = QuoteFinder.Find(Written(
            Opening + "كما اتهم الجيران بالتقصير. وأضاف أن فالدوريا لديها «أسلحة كثيرة للرد» على ما وصفها بالتهديدات.", "ar"))[^1];

        Assert.Equal("كوفال", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("وفي كلمة تلفزيونية مسجّلة اعتبر كوفال أنّه “من الضروري دعم اقتراح الوزارة لتعبئة المتطوعين في القرى”.")]
    [InlineData("وبعد عام وتسعة أشهر من الجفاف، أكد كوفال أن أهدافه “لم تتغير أبدا في هذه السنوات الطويلة”.")]
    public void After_a_fronted_adverbial_the_name_after_the_verb_speaks(string paragraph)
    {
        var quote = QuoteFinder.Find(Written("أعلنت الوزارة خطة جديدة للقرى.\n\n" + paragraph, "ar"))[^1];

        Assert.Equal("كوفال", quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_that_with_its_pronoun_ends_the_phrase_and_the_verb_after_it_is_no_speaker()
    {
        // "قالت جماعة … إنها استولت على “…”": the words after إنها ("that it") are the reported clause; the verb استولت ("seized")
        // had been taken as the speaker (houthi's aljazeeramubasher).
        var quote = QuoteFinder.Find(Written("قالت جماعة فالدوريا المسلحة إنها استولت على “سفينة تجارية كبيرة” واقتادتها إلى الساحل.", "ar"))[^1];

        Assert.True(string.IsNullOrEmpty(quote.CanonicalSpeaker), quote.CanonicalSpeaker);
    }
}
