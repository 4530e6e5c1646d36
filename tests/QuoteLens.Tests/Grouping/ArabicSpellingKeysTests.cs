using QuoteLens.Corpus;
using QuoteLens.Grouping;
using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Arabic same-language keys are a word's letters as a dictionary writes them: short vowels, tanween and the shadda left
/// out and the alef's hamza forms folded, which outlets write now and then ("الابتزاز النوويّ" and "الابتزاز النووي",
/// "هدفاً مشروعاً" and "هدفا مشروعا"), so one sentence so written twice is one text.
/// </summary>
public class ArabicSpellingKeysTests
{
    private static Quote Quote(string text) =>
        new("a#1", "a", text, 0, text.Length, QuoteKind.Full, false, "«", null, null, "ar", [new(0, text.Length)]);

    [Theory]
    [InlineData("الابتزاز النوويّ", "الابتزاز النووي")]
    [InlineData("سوفَ تصبحُ هدفاً مشروعاً لقواتِها", "سوف تصبح هدفا مشروعا لقواتها")]
    [InlineData("الاستيلاءُ على سفينةٍ إسرائيليةٍ", "الاستيلاء على سفينة اسرائيلية")]
    public void DiacriticsAndHamzaFormsAreNotPartOfTheKey(string marked, string plain) =>
        Assert.Equal(QuoteKeys.Content(Quote(plain)), QuoteKeys.Content(Quote(marked)));

    [Fact]
    public void TheArticleStaysPartOfTheKey() =>
        Assert.NotEqual(QuoteKeys.Content(Quote("ابتزاز نووي")), QuoteKeys.Content(Quote("الابتزاز النووي")));

    [Fact]
    public void ASentenceWrittenWithAndWithoutVowelsIsOneGroup()
    {
        var analysis = Analysis.Run(new ArticleCorpus("t", "t", new[]
        {
            "وقال المتحدث: «القوات المسلحة تجدد تحذيرها لكافة السفن التابعة للعدو بأنها سوف تصبح هدفا مشروعا لقواتها».",
            "وقال المتحدث: «القواتُ المسلحةُ تجددُ تحذيرَها لكافةِ السُّفُنِ التابعةِ للعدوِّ بأنها سوفَ تصبحُ هدفاً مشروعاً لقواتِها».",
        }.Select((t, i) => Written(t, "ar") with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));
        var group = analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == "A0000"));
        Assert.Contains(group.Members, m => m.ArticleId == "A0001");
    }
}
