using QuoteLens.Quotes;

namespace QuoteLens.Tests.Quotes;

/// <summary>Offsets of every quote in every bundled corpus.</summary>
public class QuoteOffsetTests
{
    public static TheoryData<string> Corpora => new(QuoteTestArticles.CorpusNames);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void EveryQuoteIsTheSliceBetweenItsOffsets(string corpus)
    {
        var articles = QuoteTestArticles.Corpus(corpus).Articles;
        int found = 0;
        foreach (var article in articles)
        {
            foreach (var quote in QuoteFinder.Find(article))
            {
                found++;
                Assert.Equal(article.Text[quote.Start..quote.End], quote.Text);
                Assert.Equal(article.Id, quote.ArticleId);
                Assert.Equal(new Span(quote.Start, quote.End), quote.Occurrences[0]);
                Assert.All(quote.Occurrences, o => Assert.InRange(o.Start, 0, o.End));
                Assert.All(quote.Occurrences, o => Assert.InRange(o.End, o.Start + 1, article.Text.Length));
                Assert.DoesNotContain(quote.Text[0], " \n\"“”«»„‘’");
            }
        }

        Assert.True(found >= articles.Count, $"{corpus}: only {found} quotes in {articles.Count} articles");
    }

    [Fact]
    public void GoldQuotesAreFound()
    {
        // Every 'quote' row of the hand-checked keys lies inside a quote the finder reports (most are the whole quote).
        int rows = 0, hits = 0;
        foreach (var corpus in new[] { "peskov-2024-02", "macron-2024-02" })
        {
            var lines = File.ReadAllLines(TestPaths.Data(corpus, "gold.tsv")).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 5 && f[3] == "quote");
            foreach (var fields in lines)
            {
                var article = QuoteTestArticles.Corpus(corpus).Articles.Single(a => a.File == fields[2]);
                var span = fields[4].Trim('“', '”', '"', '«', '»');
                int at = article.Text.IndexOf(span, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{fields[2]}: gold span not in text");
                rows++;
                hits += QuoteFinder.Find(article).Any(q => q.Occurrences.Any(o => o.Start <= at && at + span.Length <= o.End + 1)) ? 1 : 0;
            }
        }

        // C05 prints its quotes without marks; everything else must be found.
        Assert.True(hits >= rows - 6, $"{hits} of {rows} gold quotes found");
    }
}
