using QuoteLens.Grouping;
using QuoteLens.Comparison;
using QuoteLens.Views;

namespace QuoteLens.Views.Charts;

/// <summary>
/// Which source chose which word in each stretch where the versions of one statement differ: a column
/// per stretch, a row per source, the chosen words written in the cell and coloured by reading (the
/// most common reading first), so the words, not only the colours, carry the answer.
/// </summary>
public static class WordChoiceChart
{
    /// <summary>At most this many sources get a row each; a statement carried by more is shown one row per wording.</summary>
    public const int MaxSourceRows = 30;

    /// <summary>
    /// The chart for the main statement of <paramref name="analysis"/> (see <see cref="MainStatement"/>), or null when no
    /// shared statement varies: one row per source, or one row per wording ("W1 · 912 articles") when more than
    /// <see cref="MaxSourceRows"/> sources carry it. Worked out on the wordings, so it costs what they cost.
    /// </summary>
    public static Figure? ForMainStatement(Analysis analysis, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var main = MainStatement(analysis);
        return main is null ? null : For(analysis, main, labels);
    }

    /// <summary>The chart for <paramref name="group"/>: by source, or by wording when more than <see cref="MaxSourceRows"/> sources carry it.</summary>
    public static Figure? For(Analysis analysis, QuoteGroup group, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(group);
        if (group.Members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count() <= MaxSourceRows)
        {
            return Create(group, analysis.WordingVariations(group), labels);
        }

        var wordings = analysis.Wordings(group);
        var byWording = WordDiffer.Variations(analysis.AlignWordings(group));
        var rowNames = wordings.Wordings.ToDictionary(w => w.Id, w => TimelineChart.RowLabel(w), StringComparer.Ordinal);
        return Draw(group, byWording, wordings.Wordings.Take(MaxSourceRows).Select(w => w.Id).ToList(), id => rowNames[id], "wording");
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
        return Draw(group, variations, sources, id => labels[id], "source");
    }

    private static Figure? Draw(QuoteGroup group, IReadOnlyList<Variation> variations, List<string> sources, Func<string, string> rowName, string rowKind)
    {
        if (variations.Count == 0)
        {
            return null;
        }

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
        var trace = new HeatmapTrace(columns, sources.Select(id => Figure.Label(rowName(id))).ToList(), z)
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
            Title = new Title(rowKind == "source"
                ? $"Word choices in the main statement ({group.Id}): who wrote what where the versions differ"
                : $"Word choices in the main statement ({group.Id}): each wording, with how many articles print it, where the wordings differ"),
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
