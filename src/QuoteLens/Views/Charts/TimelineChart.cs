using QuoteLens.Comparison;

namespace QuoteLens.Views.Charts;

/// <summary>
/// When each article printed a statement, and in which wording: one row per wording (most carried at the top), one
/// point per dated article at its publication time, each wording its own colour and symbol; the first article to print
/// a wording is drawn larger, as a star. Articles without a date are not drawn (the title counts them).
/// </summary>
public static class TimelineChart
{
    /// <summary>At most this many wordings get a row of their own; the rest share "other wordings".</summary>
    public const int MaxWordings = 8;

    private static readonly string[] Symbols = ["circle", "square", "diamond", "triangle-up", "cross", "x", "triangle-down", "pentagon", "hexagon"];

    /// <summary>The chart, or null when no article carrying the statement is dated.</summary>
    public static Figure? Create(StatementTimeline timeline, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(labels);
        var dated = timeline.Entries.Where(e => e.Published is not null).ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        var wordings = timeline.Wordings.Wordings;
        var shown = wordings.Take(MaxWordings).Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        string Row(string wordingId) => shown.Contains(wordingId) ? RowLabel(wordings.First(w => w.Id == wordingId)) : "other wordings";
        var traces = new List<Trace>();
        var rows = wordings.Take(MaxWordings).Select(w => w.Id).Cast<string?>().Append(null).ToList();
        for (int k = 0; k < rows.Count; k++)
        {
            var id = rows[k];
            var points = dated.Where(e => id is null ? !shown.Contains(e.WordingId) : e.WordingId == id).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var colour = Palette.Categories[Math.Min(k, Palette.Categories.Count - 1)];
            var name = id is null ? "other wordings" : Row(id);
            foreach (var (introduced, size, symbol) in new[] { (false, 8, Symbols[k % Symbols.Length]), (true, 16, "star") })
            {
                var part = points.Where(e => e.Introduced == introduced).ToList();
                if (part.Count == 0)
                {
                    continue;
                }

                traces.Add(new ScatterTrace(
                    part.Select(e => (object)e.Published!.Value.ToString()).ToList(),
                    part.Select(e => (object)Figure.Label(Row(e.WordingId))).ToList())
                {
                    Name = Figure.Label(introduced ? name + ": first to print it" : name),
                    Mode = "markers",
                    Text = part.Select(e => Figure.Label(labels[e.ArticleId] + ", " + e.Published!.Value)).ToList(),
                    HoverTemplate = "%{text}<extra>%{y}</extra>",
                    Marker = new ScatterMarker(colour, symbol, size),
                });
            }
        }

        int undated = timeline.Undated;
        var title = $"Who printed {timeline.GroupId} when, in which wording"
            + (undated > 0 ? $" ({undated} of {timeline.Entries.Count} articles have no date and are not shown)" : "")
            + (timeline.HasTimes ? "" : " (some articles give only a day: their order within the day is not known)");
        return new Figure(traces, new Layout
        {
            Title = new Title(title),
            XAxis = new Axis { Type = "date", Title = new Title("published (UTC)"), AutoMargin = true },
            YAxis = new Axis { Type = "category", AutoMargin = true, AutoRange = "reversed" },
            ShowLegend = true,
            Height = 220 + (40 * Math.Min(rows.Count, MaxWordings + 1)),
            Font = Palette.Font,
        });
    }

    /// <summary>"W1 · 912 articles".</summary>
    internal static string RowLabel(Wording wording) =>
        wording.Id + " · " + wording.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (wording.Count == 1 ? " article" : " articles");
}
