using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Arabic puts the speech verb first: "وقال الضيف في كلمة له صباح اليوم السبت 07/10/2023 : قررنا …" (the Netanyahu key's
/// albaladfm, Deif's statement with no quote marks) has its subject, then where and when he spoke, between the verb and the
/// colon; the words after the colon are his. In German the words after the verb are as often its object ("Petrow warnte den
/// Westen vor dem Einsatz von Truppen: Die Konsequenzen wären tragisch, sagte er", reported speech): no quote there.
/// Invented names.
/// </summary>
public class ArabicVerbFirstColonTests
{
    [Theory]
    [InlineData("وقال الضيف في كلمة له صباح اليوم السبت 07/10/2023 : قررنا وضع حد لكل جرائم الاحتلال وانتهى الوقت الذي يعربد فيه دون محاسب.")]
    [InlineData("وقال بتروف في كلمة له: قررنا وضع حد لكل جرائم الاحتلال وانتهى الوقت الذي يعربد فيه دون محاسب.")]
    public void The_words_after_the_colon_are_a_quote(string paragraph)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("عنوان\n\n" + paragraph, "ar")));

        Assert.StartsWith("قررنا وضع حد", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_German_object_before_the_adverbial_makes_no_quote() =>
        Assert.Empty(QuoteFinder.Find(Written("Titel\n\nPetrow warnte den Westen vor dem Einsatz von Truppen in der Ukraine: Die Konsequenzen eines solchen Schrittes wären tragisch, sagte der Kremlchef.", "de")));

    /// <summary>
    /// "أصدرت الوزارة بيانا جاء فيه: …" ("issued a statement in which came: …"): the statement's words after the colon, up to the
    /// sentence that hands the word to another speaker ("وكتب المحافظ …: “…”"), whose own quote stays his. The page opens with this
    /// long paragraph (no headline stored), which is no headline: a sentence ends before its colon.
    /// </summary>
    [Fact]
    public void A_statement_after_came_in_it_ends_before_the_next_speaker()
    {
        const string text = "تحطمت طائرة نقل قرب القرية صباح اليوم. وأصدرت الوزارة بيانا جاء فيه: سقطت الطائرة قرب القرية خلال رحلة مجدولة، كان على متنها ستة أفراد. وكتب المحافظ عبر قناته: \"وقع حادث في القرية وتعمل فرق الطوارئ هناك\".";
        var quotes = QuoteFinder.Find(Written(text, "ar"));

        Assert.Contains(quotes, q => q.Text.StartsWith("سقطت الطائرة قرب القرية", StringComparison.Ordinal) && q.Text.EndsWith("ستة أفراد.", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Text == "وقع حادث في القرية وتعمل فرق الطوارئ هناك");
    }
}
