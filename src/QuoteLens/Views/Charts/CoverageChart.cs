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

    /// <summary>At most this many sources get a bar by default (those with the most quotes).</summary>
    public const int DefaultMaxSources = 40;

    /// <summary>The chart for <paramref name="groups"/>: a bar per source, or for the <paramref name="maxSources"/> sources with the most quotes when there are more.</summary>
    public static Figure Create(IEnumerable<QuoteGroup> groups, SourceLabels labels, int maxSources = DefaultMaxSources)
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

        var shown = Enumerable.Range(0, n).ToList();
        if (n > maxSources)
        {
            shown = shown.OrderByDescending(i => shared[i] + exclusive[i]).ThenBy(i => i).Take(maxSources).Order().ToList();
        }

        var names = shown.Select(i => (object)Figure.Label(labels[labels.ArticleIds[i]])).ToList();
        shared = shown.Select(i => shared[i]).ToArray();
        exclusive = shown.Select(i => exclusive[i]).ToArray();
        n = shown.Count;
        return new Figure(
            [Bars("shared with other sources", shared, names, new Marker(Palette.Primary)),
             Bars("only in this source", exclusive, names, new Marker(Palette.Secondary) { Pattern = new Pattern("/") })],
            new Layout
            {
                Title = new Title(names.Count < labels.ArticleIds.Count
                    ? $"Quotes per source: shared with others, or exclusive — the {names.Count.ToString(CultureInfo.InvariantCulture)} of {labels.ArticleIds.Count.ToString(CultureInfo.InvariantCulture)} sources with the most quotes"
                    : "Quotes per source: shared with others, or exclusive"),
                BarMode = "stack",
                XAxis = new Axis { Title = new Title("quotes"), DTick = shared.Zip(exclusive).Select(p => p.First + p.Second).DefaultIfEmpty(0).Max() <= 20 ? 1 : null, AutoMargin = true },
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
