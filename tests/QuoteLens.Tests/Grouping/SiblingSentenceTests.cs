using QuoteLens.Grouping;
using QuoteLens.Tests.Reports;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A short sentence is no cut copy of a longer sentence of the same quoted passage: "Зачем нам это? У нас просто нет
/// никаких интересов." follows "Потому что у нас нет никаких интересов ни в Польше, ни в Латвии — нигде." in one quote
/// (carlson's klops, amic, nashala), and the short-version pass had joined it to the longer one's group, whose words
/// contain its own: nine false same-language pairs in Russian alone, and an Arabic copy pushed out of its group.
/// </summary>
public class SiblingSentenceTests
{
    private static readonly Lazy<Analysis> Carlson = new(() => Analysis.Run(TestPaths.Data("eval", "putin-carlson-interview-2024-02")));

    [Fact]
    public void On_real_coverage_the_next_sentence_keeps_its_own_group()
    {
        var groups = Carlson.Value.Groups;
        var longer = groups.Single(g => g.Members.Any(m => m.ArticleId == "C01_klops_ru" && m.Text.StartsWith("Потому что у нас нет никаких интересов", StringComparison.Ordinal)));
        var shorter = groups.Single(g => g.Members.Concat(g.Fragments).Any(m => m.ArticleId == "C01_klops_ru" && m.Text.StartsWith("У нас просто нет никаких интересов", StringComparison.Ordinal)));

        Assert.NotSame(longer, shorter);
    }

    [Fact]
    public void A_short_sentence_beside_its_container_in_one_quote_stays_apart()
    {
        const string Passage = "“We have no interest in the northern provinces, the islands or the coast at all. Why would we? We have no interest in the islands.”";
        using var corpus = new TempCorpus(new Dictionary<string, string>
        {
            ["a1.txt"] = Story("The minister said: " + Passage),
            ["a2.txt"] = Story("The minister told the channel: " + Passage),
            ["a3.txt"] = Story("The minister said in the interview: " + Passage),
        });
        var analysis = Analysis.Run(corpus.Directory);

        var shorter = analysis.Groups.Where(g => g.Members.Concat(g.Fragments).Any(m => m.Text.StartsWith("We have no interest in the islands", StringComparison.Ordinal))).ToList();
        var longer = analysis.Groups.Single(g => g.Members.Any(m => m.Text.StartsWith("We have no interest in the northern provinces", StringComparison.Ordinal)));

        Assert.NotEmpty(shorter);
        Assert.DoesNotContain(longer, shorter);
        Assert.Equal(3, longer.Members.Count);
    }

    private static string Story(string quote) =>
        $"Interview\n\nThe minister spoke about the neighbours of the country on Thursday evening.\n\n{quote}\n";
}
