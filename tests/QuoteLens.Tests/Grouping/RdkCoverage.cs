using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// The held-out answer key of the Legion and Volunteer Corps raids (data/heldout/rdk-legion-belgorod-raids-2023), analysed once
/// for the tests that read its groups.
/// </summary>
internal static class RdkCoverage
{
    private static readonly Lazy<Analysis> Analysis = new(() => QuoteLens.Analysis.Run(TestPaths.Data("heldout", "rdk-legion-belgorod-raids-2023")));

    /// <summary>The one group holding the version of <paramref name="article"/> that opens with <paramref name="start"/>.</summary>
    public static QuoteGroup GroupOf(string article, string start) =>
        Analysis.Value.Groups.Single(g => g.Members.Any(m => m.ArticleId == article && m.Text.StartsWith(start, StringComparison.Ordinal)));
}
