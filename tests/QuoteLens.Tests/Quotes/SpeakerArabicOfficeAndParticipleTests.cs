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
    [Theory]
    [InlineData("وقالت هيئة الموانئ البحرية \"لا توجد إصابات بين الطاقم\".", "هيئة الموانئ البحرية")]
    [InlineData("وقالت وزارة الدفاع \"لا توجد إصابات بين الطاقم\".", "وزارة الدفاع")]
    [InlineData("أعلنت هيئة الموانئ البحرية أن السفينة غرقت. وقالت الهيئة \"لا توجد إصابات بين الطاقم\"، حسبما ذكرت وكالة الأنباء الوطنية.", "هيئة الموانئ البحرية")]
    public void AnInstitutionIsNamedAndTheAuthorityRefersToIt(string text, string speaker)
    {
        // An institution's noun opens its name as a unit noun does; "the authority" is the one named before; "حسبما" (as) and
        // "بموقع" (on the site) are no names (the speaker had been "بموقع", a word of the next sentence).
        var quote = QuoteStarting(Written("حريق في الميناء.\n\n" + text + "\n\nوأضافت الهيئة على صفحتها بموقع إكس أن العمل مستمر.", "ar"), "لا توجد");
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}
