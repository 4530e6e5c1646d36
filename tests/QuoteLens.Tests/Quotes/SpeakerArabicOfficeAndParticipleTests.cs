using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Arabic attributions as outlets word a president's remarks (made-up sentences): the participle that follows the speaker and
/// leads into his words ("وأردف بوتين قائلاً:", "مضيفاً", "مؤكداً") is no part of his name, and "the president" with its article
/// ("وقال الرئيس:") is the president the article names, not the prime minister named after him. The "قائلا" row failed before
/// (the speaker was "بوتين قائلا"); the president rows are guards (they passed before).
/// </summary>
public class SpeakerArabicOfficeAndParticipleTests
{
    private const string Lead = "تحدث الرئيس الروسي فلاديمير بوتين إلى الصحفيين مساء الأحد.\n\n";

    [Theory]
    [InlineData(Lead + "وأردف بوتين قائلا: «هذا حدث حزين».")]
    [InlineData(Lead + "وأضاف بوتين قائلاً: «هذا حدث حزين».")]
    [InlineData(Lead + "وتابع بوتين مؤكداً: «هذا حدث حزين».")]
    [InlineData(Lead + "وقال بوتين مضيفاً: «هذا حدث حزين».")]
    public void AParticipleAfterTheSpeakerIsNoPartOfHisName(string text)
    {
        var quote = QuoteStarting(Written(text, "ar"), "هذا حدث");
        Assert.Equal(SpeakerNames.Key("بوتين"), quote.SpeakerKey);
    }

    [Theory]
    [InlineData("قال الرئيس الروسي فلاديمير بوتين إن الانتخابات كانت ناجحة، فيما قال رئيس الوزراء ميخائيل ميشوستين إن الحكومة مستعدة.\n\nوقال الرئيس: «هذا حدث حزين».")]
    [InlineData("قال الرئيس الروسي فلاديمير بوتين إن الانتخابات كانت ناجحة، فيما قال رئيس الوزراء ميخائيل ميشوستين إن الحكومة مستعدة.\n\n«هذا حدث حزين»، قال الرئيس الروسي.")]
    public void ThePresidentIsThePresidentNamed(string text)
    {
        var quote = QuoteStarting(Written(text, "ar"), "هذا حدث");
        Assert.Equal(SpeakerNames.Key("بوتين"), quote.SpeakerKey);
    }
}
