using QuoteLens.Quotes;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>
/// The key's direct quotes (kind quote) that the quote finder did not find (<see cref="GroupingEvaluator.Found"/>): one line
/// each with the file, the unit, why (the span is not in the text, or no quote covers half of it), the best overlapping
/// quote's share, and the words around the span, to read the misses by pattern.
/// </summary>
internal static class MissReport
{
    private const int Context = 80;

    /// <summary>Writes the misses of <paramref name="analysis"/> against <paramref name="key"/> to <paramref name="output"/>; returns how many.</summary>
    public static int Write(Analysis analysis, IEnumerable<AnswerKeyEntry> key, TextWriter output)
    {
        var byFile = analysis.Corpus.Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var quotesByArticle = analysis.Quotes.ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        int misses = 0;
        foreach (var entry in key.Where(e => e.Kind == "quote"))
        {
            if (!byFile.TryGetValue(entry.File, out var article))
            {
                output.WriteLine($"  MISS {entry.File} {entry.UnitId} [file not in corpus] {entry.ExactSpan}");
                misses++;
                continue;
            }

            int at = GroupingEvaluator.SpanAt(article, entry.ExactSpan);
            if (at < 0)
            {
                output.WriteLine($"  MISS {entry.File} {entry.UnitId} [span not in text] {entry.ExactSpan}");
                misses++;
                continue;
            }

            int end = at + entry.ExactSpan.Length;
            var quotes = quotesByArticle[article.Id];
            if (GroupingEvaluator.Found(at, end, quotes))
            {
                continue;
            }

            string kept = article.Paragraphs.Any(p => p.Start <= at && p.End > at) ? "" : " [not in a kept paragraph]";
            int best = quotes.SelectMany(q => q.Occurrences).Select(o => Math.Max(0, Math.Min(end, o.End) - Math.Max(at, o.Start))).DefaultIfEmpty(0).Max();
            int from = Math.Max(0, at - Context), to = Math.Min(article.Text.Length, end + Context);
            string Flat(int a, int b) => article.Text[a..b].Replace('\n', '¶');
            output.WriteLine(FormattableString.Invariant(
                $"  MISS {entry.File} {entry.UnitId} [covered {best}/{end - at}]{kept} …{Flat(from, at)}⟦{Flat(at, end)}⟧{Flat(end, to)}…"));
            foreach (var o in quotes.SelectMany(q => q.Occurrences.Select(o => (q.Kind, o.Start, o.End))).Where(o => o.Start < to && o.End > from))
            {
                output.WriteLine(FormattableString.Invariant($"      near {o.Kind} {o.Start}..{o.End} (span {at}..{end}): {Flat(o.Start, Math.Min(o.End, o.Start + 100))}"));
            }

            misses++;
        }

        return misses;
    }

    /// <summary>
    /// The quotes found without a quote mark (dash speech, lead-ins, lost marks, posts, cards) that no key entry of their file overlaps:
    /// one line each, to check the unmarked conventions for false quotes. Returns how many.
    /// </summary>
    public static int WriteUnkeyedUnmarked(Analysis analysis, IEnumerable<AnswerKeyEntry> key, TextWriter output)
    {
        var spans = key.GroupBy(e => e.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.ExactSpan).ToList(), StringComparer.Ordinal);
        var files = analysis.Corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        int count = 0;
        foreach (var quote in analysis.Quotes.Where(q => q.OpenMark.Length == 0 || q.OpenMark == " " || Text.TextChars.IsDash(q.OpenMark[0])))
        {
            var article = files[quote.ArticleId];
            var keyed = spans.TryGetValue(article.File, out var list) ? list : [];
            bool overlaps = keyed.Any(span => article.Text.IndexOf(span, StringComparison.Ordinal) is int at and >= 0 && at < quote.End && at + span.Length > quote.Start);
            if (!overlaps)
            {
                output.WriteLine($"  UNKEYED {article.File} [{quote.OpenMark}] {quote.Text.Replace('\n', '¶')[..Math.Min(quote.Text.Length, 160)]} — {quote.Speaker}/{quote.Cue}");
                count++;
            }
        }

        return count;
    }
}
