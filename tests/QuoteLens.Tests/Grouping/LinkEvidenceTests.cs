using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

using static QuoteLens.Tests.Grouping.GroupingTestKit;

namespace QuoteLens.Tests.Grouping;

/// <summary>Every join's evidence is its own: a link of the cross-language linker reads its own similarity, not that of
/// the first such link (the texts are shared between links to save memory, and were once shared too widely).</summary>
public class LinkEvidenceTests
{
    [Fact]
    public void EachCrossLanguageLinkerLinkReadsItsOwnSimilarity()
    {
        (string En, string Fr, double Similarity)[] pairs =
        [
            ("We are forced to fire upon military positions of the army near the border.", "Nous sommes contraints de tirer sur les positions militaires de l'armée près de la frontière.", 0.9),
            ("Our engineers will rebuild every destroyed bridge in the region before winter.", "Nos ingénieurs reconstruiront chaque pont détruit de la région avant l'hiver.", 0.6),
        ];
        var quotes = new List<Quote>();
        foreach (var (en, fr, _) in pairs)
        {
            quotes.Add(new Quote($"A-{quotes.Count}", "A", en, quotes.Count * 200, (quotes.Count * 200) + en.Length, QuoteKind.Full, false, "\"", null, null, "en", []));
            quotes.Add(new Quote($"B-{quotes.Count}", "B", fr, quotes.Count * 200, (quotes.Count * 200) + fr.Length, QuoteKind.Full, false, "\"", null, null, "fr", []));
        }

        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences => [.. pairs.Select(p =>
            {
                int a = Index(sentences, p.En), b = Index(sentences, p.Fr);
                return new CrossLanguageLink(Math.Min(a, b), Math.Max(a, b), p.Similarity);
            })],
        };
        var groups = QuoteGrouper.Group(quotes, options);

        foreach (var (en, fr, similarity) in pairs)
        {
            var group = groups.Single(g => g.Members.Any(m => m.Text == en));
            Assert.Contains(group.Members, m => m.Text == fr);
            var link = Assert.Single(group.Links);
            Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cross-language: bilingual dictionary and statement order, similarity {similarity:0.00}"), link.Evidence);
        }
    }
}
