using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>Pairwise counts: how many pairs the kit grouped, how many the key groups, how many both.</summary>
internal sealed record PairScore(long TruePositives, long PredictedPairs, long GoldPairs)
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
        var items = key.AsParallel().AsOrdered().Select(e =>
        {
            byFile.TryGetValue(e.File, out var article);
            var quote = article is null ? null : Match(article.Text, e.ExactSpan, quotesByArticle[article.Id]);
            var language = article is null ? "und" : StopWords.Primary(article.Language);
            return new Item(e, quote is null ? null : groupOf[quote.Id], language);
        }).ToList();

        var all = Count(items, i => i.Entry.UnitId, i => i.Group);
        var same = Count(items, i => i.Entry.UnitId + "\t" + i.Language, i => i.Group is null ? null : i.Group + "\t" + i.Language);
        var cross = new PairScore(all.TruePositives - same.TruePositives, all.PredictedPairs - same.PredictedPairs, all.GoldPairs - same.GoldPairs);
        return new GroupingScore(all, same, cross, items.Count, items.Count(i => i.Group is null));
    }

    /// <summary>
    /// Pair counts without enumerating pairs (answer keys of generated corpora have hundreds of thousands of entries): the pairs
    /// of entries from different files that share a gold class, a predicted class (null: none), or both.
    /// </summary>
    private static PairScore Count(List<Item> items, Func<Item, string> gold, Func<Item, string?> predicted)
    {
        long Pairs(Func<Item, string?> classOf)
        {
            long pairs = 0;
            foreach (var members in items.Where(i => classOf(i) is not null).GroupBy(i => classOf(i)!, StringComparer.Ordinal))
            {
                pairs += Choose2(members.Count()) - members.GroupBy(i => i.Entry.File, StringComparer.Ordinal).Sum(f => Choose2(f.Count()));
            }

            return pairs;
        }

        return new PairScore(
            Pairs(i => predicted(i) is { } p ? gold(i) + "\n" + p : null),
            Pairs(predicted),
            Pairs(gold));
    }

    private static long Choose2(long n) => n * (n - 1) / 2;

    internal static Quote? Match(string text, string span, IEnumerable<Quote> quotes)
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

    /// <summary>A key entry with the group the kit put it in (null when no quote covers it) and its article's language.</summary>
    private readonly record struct Item(AnswerKeyEntry Entry, string? Group, string Language);
}
