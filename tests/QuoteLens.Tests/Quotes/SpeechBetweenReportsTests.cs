using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A paragraph with no marks and no speech verb between a paragraph that reports what someone said and one that opens by
/// reporting more of it ("лукашенко заявив, що …¶Вони в білорусь ніяк не могли зайти. …¶Він сказав, що …", lukashenko's unn)
/// is that speech in his words, though it has no first person. Invented people.
/// </summary>
public class SpeechBetweenReportsTests
{
    [Fact]
    public void A_paragraph_between_two_reports_is_the_speech()
    {
        var quotes = QuoteFinder.Find(Written("Кордон\n\nІван Коваленко заявив, що порушники не могли перейти кордон через посилення охорони.\n\nВони туди ніяк не могли пройти. Вони це бачили. Тому повернули назад і пішли на іншу ділянку кордону\n\nВін сказав, що охорону посилили ще вранці.", "uk"));

        var quote = Assert.Single(quotes, q => q.Text.StartsWith("Вони туди", StringComparison.Ordinal));
        Assert.Equal("Іван Коваленко", quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_paragraph_after_a_report_with_no_report_after_it_is_the_writer_s()
    {
        var quotes = QuoteFinder.Find(Written("Кордон\n\nІван Коваленко заявив, що порушники не могли перейти кордон через посилення охорони.\n\nВони туди ніяк не могли пройти. Вони це бачили. Тому повернули назад і пішли на іншу ділянку кордону\n\nОхорону посилили ще вранці.", "uk"));

        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Вони туди", StringComparison.Ordinal));
    }
}
