using QuoteLens.Quotes;
using QuoteLens.Tests.Corpus;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// How Arabic news leads into a group spokesman's statement (the houthi-red-sea key: "وقال المتحدث العسكري للحوثيين العميد يحيى
/// سريع في بيان نشره على منصة «إكس» (تويتر سابقًا)، «…»", "the Houthis' military spokesman, Brigadier Yahya Saree, said in a
/// statement he posted on the "X" platform (formerly Twitter), "…""): the Arabic comma before the quote, where and how he spoke
/// between the name and the quote (with a platform's name in quote marks), a rank after a "for the …" complement, and a
/// surname of two consonants that meets its Latin spelling with the first name. Invented people.
/// </summary>
public class SpeakerArabicStatementLeadInTests
{
    private const string Words = "«نفذت القوات البحرية عملية عسكرية في البحر الأحمر».";

    [Theory]
    // The Arabic comma (،) leads into the quote as a colon does (the attribution had been dropped).
    [InlineData("وقال كوفال، " + Words, "كوفال")]
    // "in a statement on the X platform:": "on" (على) opens the adverbial too, and the words the subject's phrase ran on over are
    // no distance from the quote.
    [InlineData("وقال يان كوفال في بيان على منصة إكس: " + Words, "يان كوفال")]
    // A platform's name in quote marks within the adverbial ("على منصة «إكس» (تويتر سابقًا)،"), and a rank (العميد) after "for
    // the Houthis" (للحوثيين), which makes no addressee of the name after the rank.
    [InlineData("وقال المتحدث العسكري للحوثيين العميد يان كوفال في بيان نشره على منصة «إكس» (تويتر سابقًا)، " + Words, "يان كوفال")]
    public void An_Arabic_statement_lead_in_names_the_spokesman(string paragraph, string speaker)
    {
        var quote = QuoteFinder.Find(Written("تحدث المسؤول عن العملية.\n\n" + paragraph, "ar"))[^1];

        Assert.Equal("وقال", quote.Cue);
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_comma_closes_an_adverbial_lead_in_as_a_colon_does()
    {
        var quote = QuoteFinder.Find(Written("Title\n\nMeanwhile, Kovar said in a statement posted on Telegram late on Monday, \"We will not leave the town until every family is safe.\""))[^1];

        Assert.NotNull(quote.Speaker);
        Assert.Equal("Kovar", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("يحيى سريع", "Yahya Saree")]
    // Another first name is another person: the Arabic name stays as written.
    [InlineData("محمد سريع", "محمد سريع")]
    public void An_Arabic_surname_of_two_consonants_meets_the_latin_full_name_with_the_same_first_name_only(string arabicName, string speaker)
    {
        using var folder = new TempFolder();
        var quotes = FindAllIn(
            folder,
            ("a_en.txt", "en", "Houthis warn ships\n\nYahya Saree, the group's spokesman, said: \"All ships bound for the port are legitimate targets.\""),
            ("b_ar.txt", "ar", $"الحوثيون يحذرون السفن\n\nوقال {arabicName}: «كل السفن المتجهة إلى الميناء أهداف مشروعة»."));

        Assert.Equal(speaker, Assert.Single(quotes, q => q.ArticleId.StartsWith("b_", StringComparison.Ordinal)).CanonicalSpeaker);
        Assert.Equal("Yahya Saree", Assert.Single(quotes, q => q.ArticleId.StartsWith("a_", StringComparison.Ordinal)).CanonicalSpeaker);
    }

    [Fact]
    public void Unmarked_words_after_a_relative_who_said_where_he_spoke_and_a_colon_are_the_antecedents()
    {
        // zaluzhny's al-Ahram al-Dawly: "… رئيس الأركان الأوكرانى فاليرى زالوغنى الذى قال فى مقابلة مع مجلة إيكونوميست البريطانية: تماما كما …"
        // (Egyptian spelling: فى for في): the speech runs on unmarked after the colon, and the relative pronoun stands for the
        // name before it (the interview's magazine had been read as the speaker).
        var article = Written("عنوان\n\nوشكك الكرملين الخميس فى تصريحات رئيس الأركان الأوكرانى يان كوفال الذى قال فى مقابلة مع مجلة أسبوعية بريطانية: تماما كما حدث خلال الحرب العالمية الأولى وصلنا إلى طريق مسدود.", "ar");

        var quote = Assert.Single(QuoteFinder.Find(article));

        Assert.StartsWith("تماما كما حدث", quote.Text, StringComparison.Ordinal);
        Assert.Equal("يان كوفال", quote.Speaker);
    }
}
