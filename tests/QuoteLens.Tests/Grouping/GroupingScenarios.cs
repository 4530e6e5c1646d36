using QuoteLens.Corpus;
using QuoteLens.Grouping;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>Small corpora of written articles for grouping facts: one shared statement, run through the whole analysis.</summary>
internal static class GroupingScenarios
{
    /// <summary>A statement every article of a scenario carries, so that the articles tell the same story.</summary>
    public const string Statement = "“We are forced to fire upon military positions of the Ukrainian army near the border,” the minister said.";

    /// <summary>Runs the analysis over <paramref name="texts"/>, articles A0000, A0001, ... in that order.</summary>
    public static Analysis Run(params string[] texts) =>
        Analysis.Run(new ArticleCorpus("t", "t", texts.Select((t, i) => Written(t) with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));

    /// <summary>The group that holds the sentence of article <paramref name="articleId"/> containing <paramref name="text"/>.</summary>
    public static QuoteGroup GroupOf(Analysis analysis, string articleId, string text) =>
        analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == articleId && m.Text.Contains(text, StringComparison.Ordinal)));
}
