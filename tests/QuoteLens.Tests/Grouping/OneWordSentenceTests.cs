using QuoteLens.Corpus;
using QuoteLens.Grouping;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A full sentence of one word ("Treason.") is too short to be compared on its words: like a scare quote, it is attached as a
/// fragment to the statement whose versions in other articles contain it, and a short sentence of several words with one
/// content key ("Not in Germany either.") is not.
/// </summary>
public class OneWordSentenceTests
{
    private static Analysis Run(params string[] texts) =>
        Analysis.Run(new ArticleCorpus("t", "t", texts.Select((t, i) => Written(t, "en") with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));

    private const string Statement = "Exorbitant ambitions and personal interests have led to treason against the country and its fighters";

    [Fact]
    public void AOneWordSentenceIsAFragmentOfTheStatementThatContainsIt()
    {
        var analysis = Run(
            $"The president spoke on television. “{Statement},” he said.",
            $"The president addressed the nation. “{Statement},” he said on Saturday.",
            "The president spoke about the mutiny. “Treason,” he said on Saturday.");
        var group = analysis.Groups.Single(g => g.Members.Any(m => m.Text.Contains("ambitions", StringComparison.Ordinal)));
        Assert.Contains(group.Fragments, f => f.ArticleId == "A0002" && f.Text.StartsWith("Treason", StringComparison.Ordinal));
    }

    [Fact]
    public void AShortSentenceOfSeveralWordsWithOneKeyIsNotAttached()
    {
        var analysis = Run(
            $"The president spoke on television. “{Statement},” he said.",
            $"The president addressed the nation. “{Statement},” he said on Saturday.",
            "The president spoke about the mutiny. “It was all about treason then,” he said on Saturday.");
        var group = analysis.Groups.Single(g => g.Members.Any(m => m.Text.Contains("ambitions", StringComparison.Ordinal)));
        Assert.DoesNotContain(group.Fragments.Concat(group.Members), f => f.ArticleId == "A0002");
    }
}
