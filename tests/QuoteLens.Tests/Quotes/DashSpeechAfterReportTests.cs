using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A line of dash dialogue with no attribution of its own, right after a paragraph that reports what someone said, is that
/// speech in his words ("Путин отметил, что …, и пообещал, что Россия не оставит действия Киева без ответа.¶- Ответ со стороны
/// России на теракт, конечно, будет.", crimean's biwork): it had been no quote at all. A question is the interviewer's.
/// Invented people.
/// </summary>
public class DashSpeechAfterReportTests
{
    [Fact]
    public void A_dash_line_after_reported_speech_is_the_speech()
    {
        var quotes = QuoteFinder.Find(Written("Совещание\n\nИван Ковалев отметил, что атака была бессмысленной, и пообещал, что ответ будет.\n\n- Ответ со стороны России на теракт, конечно, будет. Министерство уже готовит предложения.\n\nКовалев заявил, что ждет предложений.", "ru"));

        var quote = Assert.Single(quotes);
        Assert.Equal("Ответ со стороны России на теракт, конечно, будет. Министерство уже готовит предложения.", quote.Text);
        Assert.Equal("Иван Ковалев", quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_dash_line_after_dash_speech_found_after_a_lead_in_goes_on_with_it()
    {
        // The first line is speech after the lead-in, the second a first-person block; the third, in neither, goes on with them.
        var quotes = QuoteFinder.Find(Written("Пожар\n\nИван Ковалев прокомментировал пожар на складе:\n\n— Был совершен поджог. Прошу помочь пострадавшим.\n\n"
            + "— Я поручил полиции разобраться в случившемся.\n\n— Сейчас важно оказать поддержку людям, которые остались без работы.", "ru"));

        Assert.Equal(3, quotes.Count);
        Assert.Equal("Сейчас важно оказать поддержку людям, которые остались без работы.", quotes[2].Text);
        Assert.Equal("Иван Ковалев", quotes[2].CanonicalSpeaker);
    }

    [Fact]
    public void A_dash_question_after_reported_speech_is_the_interviewer_s()
    {
        var quotes = QuoteFinder.Find(Written("Интервью\n\nИван Ковалев отметил, что атака была бессмысленной, и пообещал, что ответ будет.\n\n- Какой именно ответ будет?", "ru"));

        Assert.Empty(quotes);
    }

    [Fact]
    public void A_dash_line_after_a_plain_paragraph_is_no_speech()
    {
        var quotes = QuoteFinder.Find(Written("Совещание\n\nМост был закрыт для движения до вечера.\n\n- Ответ со стороны России на теракт, конечно, будет.", "ru"));

        Assert.Empty(quotes);
    }
}
