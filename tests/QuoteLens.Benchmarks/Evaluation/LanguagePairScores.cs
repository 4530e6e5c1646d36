using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>
/// Cross-language pair counts per language pair (en-fr, ru-uk ...), for answer keys small enough to enumerate their pairs:
/// the same counting as <see cref="GroupingEvaluator"/>, split by the two articles' languages.
/// </summary>
internal static class LanguagePairScores
{
    public static IReadOnlyDictionary<string, PairScore> Score(Analysis analysis, IEnumerable<AnswerKeyEntry> key)
    {
        var groupOf = analysis.Groups.SelectMany(g => g.Members.Select(m => (m.Id, g.Id))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var byFile = analysis.Corpus.Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var quotesByArticle = analysis.Groups.SelectMany(g => g.Members).ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        var items = key.Select(e =>
        {
            byFile.TryGetValue(e.File, out var article);
            var quote = article is null ? null : GroupingEvaluator.Match(article.Text, e.ExactSpan, quotesByArticle[article.Id]);
            return (Entry: e, Group: quote is null ? null : groupOf[quote.Id], Language: article is null ? "und" : StopWords.Primary(article.Language));
        }).ToList();

        var counts = new SortedDictionary<string, (long Tp, long Predicted, long Gold)>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            for (int j = i + 1; j < items.Count; j++)
            {
                var (a, b) = (items[i], items[j]);
                if (a.Entry.File == b.Entry.File || a.Language == b.Language)
                {
                    continue;
                }

                var pair = string.CompareOrdinal(a.Language, b.Language) < 0 ? a.Language + "-" + b.Language : b.Language + "-" + a.Language;
                bool gold = a.Entry.UnitId == b.Entry.UnitId, predicted = a.Group is not null && a.Group == b.Group;
                var c = counts.GetValueOrDefault(pair);
                counts[pair] = (c.Tp + (gold && predicted ? 1 : 0), c.Predicted + (predicted ? 1 : 0), c.Gold + (gold ? 1 : 0));
            }
        }

        return counts.ToDictionary(c => c.Key, c => new PairScore(c.Value.Tp, c.Value.Predicted, c.Value.Gold), StringComparer.Ordinal);
    }
}
