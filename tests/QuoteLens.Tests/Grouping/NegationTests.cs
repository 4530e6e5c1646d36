using QuoteLens.Corpus;
using QuoteLens.Grouping;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A denial and the claim it denies share their keys (negators are stop words): "the council is not a criminal gang" is no
/// version of "the West calls the council a criminal gang". Versions that both deny still group. Invented sentences.
/// </summary>
public class NegationTests
{
    private static QuoteGroup GroupOf(string[] texts, string language, string word)
    {
        var analysis = Analysis.Run(new ArticleCorpus("t", "t", texts
            .Select((t, i) => Written(t, language) with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));
        return analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == "A0000" && m.Text.Contains(word, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("en", "The minister spoke on Monday. “The neighbourhood council of Dorfen is not a criminal gang of old men,” he said.", "The mayor spoke on Monday. “The neighbourhood council of Dorfen is a criminal gang of old men,” he said.", "council")]
    [InlineData("es", "El ministro habló el lunes. «El consejo vecinal de Dorfen no es una banda criminal de viejos», dijo.", "El alcalde habló el lunes. «El consejo vecinal de Dorfen es una banda criminal de viejos», dijo.", "consejo")]
    [InlineData("de", "Der Minister sprach am Montag. „Der Nachbarschaftsrat von Dorfen ist keine kriminelle Bande alter Männer“, sagte er.", "Der Bürgermeister sprach am Montag. „Der Nachbarschaftsrat von Dorfen ist eine kriminelle Bande alter Männer“, sagte er.", "Nachbarschaftsrat")]
    [InlineData("ru", "Министр выступил в понедельник. «Соседский совет Дорфена не является преступной бандой стариков», — сказал он.", "Мэр выступил в понедельник. «Соседский совет Дорфена является преступной бандой стариков», — сказал он.", "совет")]
    [InlineData("en", "The minister spoke on Monday. “The neighbourhood council of Dorfen is ‘not’ a criminal gang of old men,” he said.", "The mayor spoke on Monday. “The neighbourhood council of Dorfen is a criminal gang of old men,” he said.", "council")]
    [InlineData("en", "The minister spoke on Monday. “The neighbourhood council of Dorfen is not, as some say, a criminal gang of old men,” he said.", "The mayor spoke on Monday. “The neighbourhood council of Dorfen is, as some say, a criminal gang of old men,” he said.", "council")]
    public void ADenialIsNoVersionOfTheClaimItDenies(string language, string denial, string claim, string word)
    {
        var group = GroupOf([denial, claim], language, word);
        Assert.DoesNotContain(group.Members, m => m.ArticleId == "A0001");
    }

    [Fact]
    public void TwoDenialsAreVersionsOfOneStatement()
    {
        var group = GroupOf(
        [
            "The minister spoke on Monday. “The neighbourhood council of Dorfen is not a criminal gang of old men,” he said.",
            "The minister spoke on Tuesday. “The neighbourhood council of Dorfen isn't a criminal gang of old men,” he said.",
        ], "en", "council");
        Assert.Contains(group.Members, m => m.ArticleId == "A0001");
    }

    /// <summary>
    /// A "no" set off by a comma corrects or answers and negates nothing (a clause's "not" before a comma still negates): John Kirby's slip as RT printed it and the same
    /// sentence as UNN printed it without the slip (the putin-biden-preference-2024-02 key, unit B.K1) are one statement.
    /// </summary>
    [Fact]
    public void ANoSetOffByACommaNegatesNothing()
    {
        var group = GroupOf(
        [
            "Kirby answered at the briefing. “I think Mr. Biden – no, I’m sorry, I think Mr. Putin knows very well what this administration has been doing to counter Russia’s malign influence around the world and certainly what they’ve been doing inside Ukraine,” he said.",
            "Kirby answered at the briefing. “I think Putin knows very well what this administration has done to counter Russia's malign influence around the world - and certainly its actions in Ukraine,” he said.",
        ], "en", "malign");
        Assert.Contains(group.Members, m => m.ArticleId == "A0001");
    }
}
