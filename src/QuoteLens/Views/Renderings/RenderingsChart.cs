using QuoteLens.Comparison.Renderings;
using QuoteLens.Views.Charts;

namespace QuoteLens.Views.Renderings;

/// <summary>
/// A bar per word of the original that was rendered in more than one way, split into one segment per rendering
/// (most widely used first), each segment as long as the number of sources using it and labelled with the rendering.
/// </summary>
public static class RenderingsChart
{
    /// <summary>The chart for <paramref name="renderings"/>, or null when no word was rendered in more than one way.</summary>
    public static Figure? Create(GroupRenderings renderings, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(renderings);
        ArgumentNullException.ThrowIfNull(labels);
        var words = renderings.Varied.ToList();
        if (words.Count == 0)
        {
            return null;
        }

        int ranks = words.Max(w => w.Renderings.Count);
        var traces = new List<Trace>();
        for (int rank = 0; rank < ranks; rank++)
        {
            var these = words.Where(w => w.Renderings.Count > rank).ToList();
            traces.Add(new BarTrace(
                these.Select(w => (object)w.Renderings[rank].ArticleIds.Count).ToList(),
                these.Select(w => (object)Figure.Label(w.Text)).ToList())
            {
                Name = $"rendering {rank + 1}",
                Orientation = "h",
                Text = these.Select(w => Figure.Label(w.Renderings[rank].Text)).ToList(),
                TextPosition = "inside",
                Marker = new Marker(Palette.Categories[rank % Palette.Categories.Count]),
                HoverTemplate = "%{y} → %{text}: %{x} sources<extra></extra>",
            });
        }

        return new Figure(traces, new Layout
        {
            Title = new Title($"How the original's words were rendered ({renderings.GroupId}): sources per rendering"),
            BarMode = "stack",
            ShowLegend = false,
            XAxis = new Axis { Title = new Title("sources"), DTick = 1, AutoMargin = true },
            YAxis = new Axis { Type = "category", AutoMargin = true, AutoRange = "reversed" },
            Height = 180 + (48 * words.Count),
            Font = Palette.Font,
        });
    }
}
