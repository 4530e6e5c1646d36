using System.Globalization;
using QuoteLens.Grouping;

namespace QuoteLens.Views.Charts;

/// <summary>
/// A stacked bar per source: how many of its quotes other sources also carry (solid) and how many
/// only it carries (hatched), so the two series differ by pattern as well as colour.
/// </summary>
public static class CoverageChart
{
    /// <summary>The chart for the groups of <paramref name="analysis"/>.</summary>
    public static Figure Create(Analysis analysis, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Create(analysis.Groups, labels);
    }

    /// <summary>The chart for <paramref name="groups"/>.</summary>
    public static Figure Create(IEnumerable<QuoteGroup> groups, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        int n = labels.ArticleIds.Count;
        var shared = new int[n];
        var exclusive = new int[n];
        foreach (var group in groups)
        {
            foreach (var index in group.Members.Select(m => labels.Position(m.ArticleId)).Where(i => i < n).Distinct())
            {
                (group.IsShared ? shared : exclusive)[index]++;
            }
        }

        var names = labels.ArticleIds.Select(id => (object)Figure.Label(labels[id])).ToList();
        return new Figure(
            [Bars("shared with other sources", shared, names, new Marker(Palette.Primary)),
             Bars("only in this source", exclusive, names, new Marker(Palette.Secondary) { Pattern = new Pattern("/") })],
            new Layout
            {
                Title = new Title("Quotes per source: shared with others, or exclusive"),
                BarMode = "stack",
                XAxis = new Axis { Title = new Title("quotes"), DTick = 1, AutoMargin = true },
                YAxis = new Axis { Type = "category", AutoMargin = true, AutoRange = "reversed" },
                Height = 160 + (32 * n),
                Font = Palette.Font,
            });
    }

    private static BarTrace Bars(string name, int[] counts, IReadOnlyList<object> names, Marker marker) =>
        new(counts.Select(c => (object)c).ToList(), names)
        {
            Name = name,
            Orientation = "h",
            Text = counts.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToList(),
            TextPosition = "inside",
            Marker = marker,
            HoverTemplate = "%{y}: %{x} " + name + "<extra></extra>",
        };
}
