using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Statement order within one language from a single shared statement (QuoteGrouper.OrderMinAnchors is one), on the bundled
/// Macron answer key (data/macron-2024-02): newspravda's retranslation "mais au fil du temps, rien ne peut être exclu"
/// stands right after the no-consensus sentence, as France Télévisions' "Mais en dynamique, rien ne doit être exclu" does;
/// the two articles share no second statement, and the two sentences share only "exclu".
/// </summary>
public class StatementOrderOneAnchorTests
{
    private static readonly Lazy<Analysis> Macron = new(() => Analysis.Run(TestPaths.Data("macron-2024-02")));

    [Fact]
    public void A_retranslation_after_the_one_shared_statement_joins_its_statement()
    {
        var analysis = Macron.Value;
        var group = analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId.StartsWith("C15_newspravda_fr", StringComparison.Ordinal) && m.Text.Contains("rien ne peut être exclu", StringComparison.Ordinal)));

        Assert.Contains(group.Members, m => m.ArticleId.StartsWith("C01_francetvinfo_fr", StringComparison.Ordinal) && m.Text.StartsWith("Mais en dynamique, rien ne doit être exclu", StringComparison.Ordinal));
        Assert.Contains(group.Members, m => m.Language == "en" && m.Text.Contains("nothing can be ruled out", StringComparison.Ordinal));
        Assert.Contains(group.Links, l => l.To.StartsWith("C15_newspravda_fr", StringComparison.Ordinal) && l.Evidence.StartsWith("statement order", StringComparison.Ordinal));
    }
}
