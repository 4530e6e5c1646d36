using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Arabic news writes a spokesman's name in quote marks right after his title ("وأعلن المتحدث العسكري باسم الجماعة “سامي
/// ناصر”"; made-up people): the name in marks, not the body he speaks for, is the speaker, and the statement quoted later in
/// the sentence is his. Failed before (the speaker was no one the sentence names).
/// </summary>
public class SpeakerArabicQuotedSpokesmanNameTests
{
    [Theory]
    [InlineData("وأعلن المتحدث العسكري باسم الجبهة “سامي ناصر” مساء اليوم الأحد، في بيان نشرته قواته، “كان من نتائجها السيطرة على الميناء الشمالي بالكامل”.")]
    [InlineData("وأعلن الناطق باسم الجبهة “سامي ناصر” مساء اليوم الأحد، في بيان نشرته قواته، “كان من نتائجها السيطرة على الميناء الشمالي بالكامل”.")]
    public void TheNameInMarksAfterTheTitleIsTheSpeaker(string text)
    {
        var quote = QuoteStarting(Written("معارك في الشمال.\n\n" + text, "ar"), "كان من");
        Assert.Equal(SpeakerNames.Key("سامي ناصر"), quote.SpeakerKey);
    }
}

/// <summary>
/// "وبحسب البيان فإن الجماعة “…”" (according to the statement, the group …; made-up text): "فإن" (so) and "الجماعة" (the group)
/// are no names. Failed before (the speaker was "فإن").
/// </summary>
public class SpeakerArabicParticleAndGroupNounTests
{
    [Fact]
    public void SoAndTheGroupAreNoNames()
    {
        var quote = QuoteStarting(Written("معارك في الشمال.\n\nقال المتحدث باسم الجبهة العميد سامي ناصر إن قواته سيطرت على الميناء.\n\nوبحسب البيان فإن الجماعة “تتعامل مع الأسرى وفقا للقانون الدولي”.", "ar"), "تتعامل مع");
        Assert.NotEqual(SpeakerNames.Key("فإن"), quote.SpeakerKey);
        Assert.NotEqual(SpeakerNames.Key("الجماعة"), quote.SpeakerKey);
    }
}
