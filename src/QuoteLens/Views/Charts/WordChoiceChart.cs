using QuoteLens.Grouping;
using QuoteLens.Comparison;

namespace QuoteLens.Views.Charts;

/// <summary>
/// Which source chose which word in each stretch where the versions of one statement differ: a column
/// per stretch, a row per source, the chosen words written in the cell and coloured by reading (the
/// most common reading first), so the words, not only the colours, carry the answer.
/// </summary>
public static class WordChoiceChart
{
    /// <summary>The chart for the main statement of <paramref name="analysis"/> (see <see cref="MainStatement"/>), or null when no shared statement varies.</summary>
    public static Figure? ForMainStatement(Analysis analysis, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var main = MainStatement(analysis);
        return main is null ? null : Create(main, analysis.Variations(main), labels);
    }

    /// <summary>The shared group carried by the most sources (then the longest, then the first by id), or null when nothing is shared.</summary>
    public static QuoteGroup? MainStatement(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.SharedGroups
            .OrderByDescending(g => g.Members.Count)
            .ThenByDescending(g => g.Text.Length)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The chart for <paramref name="group"/> and its <paramref name="variations"/>, or null when there are none.</summary>
    public static Figure? Create(QuoteGroup group, IReadOnlyList<Variation> variations, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(labels);
        if (variations.Count == 0)
        {
            return null;
        }

        var sources = group.Members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).OrderBy(labels.Position).ToList();
        var columns = variations.Select((v, i) => Figure.Label($"{i + 1}: {Html.Shorten(string.Join(" / ", v.Readings.Select(Show)), 32)}")).ToList();
        var z = new List<IReadOnlyList<double?>>();
        var text = new List<IReadOnlyList<string>>();
        foreach (var source in sources)
        {
            var chosen = variations.Select(v => v.Readings.Select((r, rank) => (r, rank)).FirstOrDefault(x => x.r.ArticleIds.Contains(source))).ToList();
            z.Add(chosen.Select(c => c.r is null ? (double?)null : c.rank).ToList());
            text.Add(chosen.Select(c => c.r is null ? "" : Figure.Label(Show(c.r))).ToList());
        }

        int categories = Math.Min(Palette.Categories.Count, variations.Max(v => v.Readings.Count));
        var trace = new HeatmapTrace(columns, sources.Select(id => Figure.Label(labels[id])).ToList(), z)
        {
            Text = text,
            TextTemplate = "%{text}",
            TextFont = new TextFont(12),
            HoverTemplate = "%{y} wrote “%{text}”<extra></extra>",
            ColorScale = Steps(categories),
            ZMin = -0.5,
            ZMax = categories - 0.5,
            ShowScale = false,
            XGap = 3,
            YGap = 3,
        };
        return new Figure([trace], new Layout
        {
            Title = new Title($"Word choices in the main statement ({group.Id}): who wrote what where the versions differ"),
            XAxis = new Axis { Type = "category", AutoMargin = true, TickAngle = -20 },
            YAxis = new Axis { Type = "category", AutoMargin = true, AutoRange = "reversed" },
            Height = 260 + (56 * sources.Count),
            Font = Palette.Font,
        });
    }

    private static string Show(Reading reading) => reading.Text.Length == 0 ? "(left out)" : reading.Text;

    /// <summary>A stepped colour scale: reading k (0-based) gets category colour k; ranks past the palette share the last colour.</summary>
    private static List<ColorStop> Steps(int count)
    {
        var stops = new List<ColorStop>();
        for (int k = 0; k < count; k++)
        {
            stops.Add(new ColorStop((double)k / count, Palette.Categories[k]));
            stops.Add(new ColorStop((double)(k + 1) / count, Palette.Categories[k]));
        }

        return stops;
    }
}
