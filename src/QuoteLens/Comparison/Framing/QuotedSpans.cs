using QuoteLens.Quotes;

namespace QuoteLens.Comparison.Framing;

/// <summary>The stretches of an article that stand inside quotes, merged and sorted for lookup by offset.</summary>
internal sealed class QuotedSpans
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    /// <summary>The quoted stretches of every occurrence of <paramref name="quotes"/>.</summary>
    public QuotedSpans(IEnumerable<Quote> quotes)
    {
        var merged = new List<Span>();
        foreach (var span in quotes.SelectMany(q => q.Occurrences).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        _starts = merged.Select(s => s.Start).ToArray();
        _ends = merged.Select(s => s.End).ToArray();
    }

    /// <summary>True when <paramref name="offset"/> is inside a quote.</summary>
    public bool Contains(int offset)
    {
        int i = Array.BinarySearch(_starts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i >= 0 && offset < _ends[i];
    }
}
