using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// In Arabic the subject follows the speech verb, and a clause opened by "during", "after" or "via" may follow the subject
/// with nouns of its own ("وقال بوتين خلال كلمة ألقاها أمام المشاركين في البرنامج التعليمي لمدرسة مينتور": "during a speech to the
/// Mentor school's programme", bryansk's alealamy): the name right after the verb speaks, not the school. Invented people
/// and places.
/// </summary>
public class SpeakerArabicClauseTests
{
    [Theory]
    [InlineData("وقال كوفال خلال كلمة ألقاها أمام المشاركين في البرنامج التعليمي لمدرسة مينتور عبر الفيديو: \"إن الجنود يدافعون اليوم بشجاعة عن البلاد ضد الإرهابيين\".", "كوفال")]
    [InlineData("وقال يان كوفال خلال كلمة ألقاها أمام المشاركين في البرنامج التعليمي لمدرسة مينتور عبر الفيديو: \"إن الجنود يدافعون اليوم بشجاعة عن البلاد ضد الإرهابيين\".", "يان كوفال")]
    public void The_name_right_after_the_verb_speaks_not_the_nouns_of_the_clause_after_it(string paragraph, string speaker)
    {
        var quote = QuoteFinder.Find(Written("تحدث المسؤول عن الهجوم.\n\n" + paragraph, "ar"))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}
