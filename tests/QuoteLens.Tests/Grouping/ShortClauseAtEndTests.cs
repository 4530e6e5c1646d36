using QuoteLens.Corpus;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A sentence that ends with a short clause which the other outlets print as a short sentence of its own right after the
/// statement (held-out lukashenko: ANSA's "E' per questo che non potevano entrare in Bielorussia, se ne sono resi conto."
/// where others quote "… entrare in Bielorussia. Lo hanno visto.") is cut there: the statement joins its versions without
/// the clause.
/// </summary>
public class ShortClauseAtEndTests
{
    private const string Merged = "E' per questo che non potevano entrare in Bielorussia, se ne sono resi conto.";

    // An English outlet too (the cut reads the words of every language): "That’s why they couldn’t enter Belarus. They saw it."
    private const string English = "Lukashenko said: “That’s why they couldn’t enter Belarus. They saw it.”";

    private static Analysis Run(params string[] texts) =>
        Analysis.Run(new ArticleCorpus("t", "t", texts.Select((t, i) => Written(t, "it") with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" })
            .Append(Written(English, "en") with { Id = "B0000", File = "B0000.txt" }).ToList(), []));

    [Fact]
    public void AShortClauseOtherOutletsPrintAsASentenceAfterTheStatementIsCutOff()
    {
        const string Apart = "«E' per questo che i terroristi non potevano entrare in Bielorussia. Lo hanno visto. Ecco perché si sono allontanati e sono andati nella zona del confine ucraino-russo», ha detto Lukashenko.";
        var analysis = Run($"Lukashenko ha detto: «{Merged}»", Apart, "Il presidente ha aggiunto: " + Apart, "Secondo Minsk: " + Apart);
        var pieces = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments).Select(m => (Group: g, Member: m))).Where(x => x.Member.ArticleId == "A0000").ToList();
        var statement = Assert.Single(pieces, x => x.Member.Text.Contains("Bielorussia", StringComparison.Ordinal));
        Assert.DoesNotContain("resi conto", statement.Member.Text, StringComparison.Ordinal);
        Assert.Contains(pieces, x => x.Member.Text.StartsWith("se ne sono resi conto", StringComparison.Ordinal));
        Assert.Contains(statement.Group.Members, m => m.ArticleId == "A0001" && m.Text.Contains("terroristi", StringComparison.Ordinal));
    }

    /// <summary>
    /// Another outlet's sentence with the same clause merged the same way ("È per questo che non potevano entrare in
    /// Bielorussia, se ne sono resi conto.", Libero, held-out lukashenko) is cut the same way, though the three ANSA copies
    /// that carry the clause too keep it from being cut on the other outlets' evidence: the clause is the piece the ANSA
    /// sentence's cut made.
    /// </summary>
    [Fact]
    public void TheSameClauseMergedIntoAnotherOutletsSentenceIsCutOffToo()
    {
        const string Apart = "«E' per questo che i terroristi non potevano entrare in Bielorussia. Lo hanno visto. Ecco perché si sono allontanati e sono andati nella zona del confine ucraino-russo», ha detto Lukashenko.";
        const string Libero = "\"È per questo che non potevano entrare in Bielorussia, se ne sono resi conto. Ecco perché si sono allontanati e sono andati nella zona del confine ucraino-russo\", ha detto il presidente.";
        var analysis = Run($"Lukashenko ha detto: «{Merged}»", $"Il presidente ha detto: «{Merged}»", $"Secondo Lukashenko: «{Merged}»", Apart, "Il presidente ha aggiunto: " + Apart, "Secondo Minsk: " + Apart, Libero);
        var pieces = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments)).Where(m => m.ArticleId == "A0006").ToList();
        var statement = Assert.Single(pieces, m => m.Text.Contains("Bielorussia", StringComparison.Ordinal));
        Assert.DoesNotContain("resi conto", statement.Text, StringComparison.Ordinal);
        Assert.Contains(pieces, m => m.Text.StartsWith("se ne sono resi conto", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuestionKeepsItsLastClause()
    {
        const string Apart = "«E' per questo che i terroristi non potevano entrare in Bielorussia? Lo hanno visto. Ecco perché si sono allontanati e sono andati nella zona del confine ucraino-russo», ha detto Lukashenko.";
        var analysis = Run("Lukashenko ha detto: «E' per questo che non potevano entrare in Bielorussia, se ne sono resi conto?»", Apart, "Il presidente ha aggiunto: " + Apart, "Secondo Minsk: " + Apart);
        var pieces = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments)).Where(m => m.ArticleId == "A0000").ToList();
        Assert.Contains(pieces, m => m.Text.Contains("Bielorussia", StringComparison.Ordinal) && m.Text.Contains("resi conto", StringComparison.Ordinal));
    }
}
