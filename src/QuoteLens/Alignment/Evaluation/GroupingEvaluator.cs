using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Alignment.Evaluation;

/// <summary>Pairwise counts: how many pairs the kit grouped, how many the key groups, how many both.</summary>
internal sealed record PairScore(int TruePositives, int PredictedPairs, int GoldPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePositives / PredictedPairs;

    public double Recall => GoldPairs == 0 ? 1 : (double)TruePositives / GoldPairs;

    public override string ToString() =>
        FormattableString.Invariant($"precision {Precision:0.000} ({TruePositives}/{PredictedPairs}), recall {Recall:0.000} ({TruePositives}/{GoldPairs})");
}

/// <summary>Grouping quality against an answer key, overall and for pairs in one language and across languages.</summary>
internal sealed record GroupingScore(PairScore All, PairScore SameLanguage, PairScore CrossLanguage, int Entries, int Unmatched);

/// <summary>
/// Scores grouping against an answer key. Each key entry is matched to the group member (a quoted sentence) of its file that overlaps its text most;
/// then every pair of entries from different files counts: grouped together by the kit (predicted), versions of one
/// utterance by the key (gold), or both. An entry no quote covers is never predicted to pair.
/// </summary>
internal static class GroupingEvaluator
{
    public static GroupingScore Score(Analysis analysis, IEnumerable<AnswerKeyEntry> key)
    {
        var groupOf = analysis.Groups.SelectMany(g => g.Members.Select(m => (m.Id, g.Id))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var byFile = analysis.Corpus.Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var quotesByArticle = analysis.Groups.SelectMany(g => g.Members).ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        var items = key.Select(e =>
        {
            byFile.TryGetValue(e.File, out var article);
            var quote = article is null ? null : Match(article.Text, e.ExactSpan, quotesByArticle[article.Id]);
            var language = article is null ? "und" : StopWords.Primary(article.Language);
            return (Entry: e, Group: quote is null ? null : groupOf[quote.Id], Language: language);
        }).ToList();

        var all = new Counter();
        var same = new Counter();
        var cross = new Counter();
        for (int i = 0; i < items.Count; i++)
        {
            for (int j = i + 1; j < items.Count; j++)
            {
                if (items[i].Entry.File == items[j].Entry.File)
                {
                    continue;
                }

                bool gold = items[i].Entry.UnitId == items[j].Entry.UnitId;
                bool predicted = items[i].Group is not null && items[i].Group == items[j].Group;
                all.Add(gold, predicted);
                (items[i].Language == items[j].Language ? same : cross).Add(gold, predicted);
            }
        }

        return new GroupingScore(all.Score, same.Score, cross.Score, items.Count, items.Count(i => i.Group is null));
    }

    private static Quote? Match(string text, string span, IEnumerable<Quote> quotes)
    {
        int at = text.IndexOf(span, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        int end = at + span.Length;
        return quotes
            .Select(q => (Quote: q, Overlap: q.Occurrences.Max(o => Math.Min(end, o.End) - Math.Max(at, o.Start))))
            .Where(x => x.Overlap > 0)
            .OrderByDescending(x => x.Overlap).ThenBy(x => x.Quote.Start)
            .Select(x => x.Quote).FirstOrDefault();
    }

    private sealed class Counter
    {
        private int _tp, _predicted, _gold;

        public PairScore Score => new(_tp, _predicted, _gold);

        public void Add(bool gold, bool predicted)
        {
            _gold += gold ? 1 : 0;
            _predicted += predicted ? 1 : 0;
            _tp += gold && predicted ? 1 : 0;
        }
    }
}
