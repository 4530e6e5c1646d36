using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Arabic writes the article of a family name glued to it ("محمد الضيف", Mohammed Deif; "عبد الملك الحوثي"): after a common given
/// name the article-word is the surname, not the start of a common noun, and the name matches its Latin spelling, which drops
/// the article (netanyahu's albaladfm had been read as "محمد" alone). Invented people.
/// </summary>
public class SpeakerArabicArticleSurnameTests
{
    [Theory]
    [InlineData("وقال القائد العام لكتائب الفجر خالد الرمادي إن \"الجنود يدافعون اليوم بشجاعة عن البلاد ضد الإرهابيين\".", "خالد الرمادي")]
    [InlineData("وقال خالد الرمادي الأحد إن \"الجنود يدافعون اليوم بشجاعة عن البلاد ضد الإرهابيين\".", "خالد الرمادي")]
    [InlineData("وقال عبد الكريم الرمادي إن \"الجنود يدافعون اليوم بشجاعة عن البلاد ضد الإرهابيين\".", "عبد الكريم الرمادي")]
    public void An_article_word_after_a_given_name_is_the_surname(string paragraph, string speaker)
    {
        var quote = QuoteFinder.Find(Written("تحدث المسؤول عن الهجوم.\n\n" + paragraph, "ar"))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    /// <summary>
    /// "وقال الرمادي في كلمة مسجلة بثتها قناة الفجر": the surname alone after the verb, once the article has named him in full, is
    /// that person, not the channel named after the verb (it had been "قناة"); the clause after "وتابع الرمادي أن" too.
    /// </summary>
    [Fact]
    public void A_lone_surname_with_the_article_is_the_full_name_given_before()
    {
        var quotes = QuoteFinder.Find(Written(
            "أعلن القائد العام لكتائب الفجر خالد الرمادي، يوم السبت، بدء عملية كبيرة.\n\n"
            + "وقال الرمادي في كلمة مسجلة بثتها قناة الفجر، \"نعلن بدء عملية كبيرة ونعلن أن الضربة الأولى تجاوزت ٥ آلاف صاروخ\".\n\n"
            + "وتابع الرمادي أن \"الاحتلال ارتكب مئات المجازر بحق المدنيين\".", "ar"));

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("خالد الرمادي", q.CanonicalSpeaker));
    }

    [Fact]
    public void A_surname_with_the_article_meets_its_latin_spelling_without_it()
    {
        Assert.Equal(SpeakerNames.FullSkeleton("Khaled Ramadi"), SpeakerNames.FullSkeleton("خالد الرمادي"));
    }
}
