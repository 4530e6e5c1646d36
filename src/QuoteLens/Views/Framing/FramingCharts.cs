using System.Globalization;
using QuoteLens.Comparison.Framing;
using QuoteLens.Views.Charts;

namespace QuoteLens.Views.Framing;

/// <summary>
/// The framing analysis as plotly figures: labels × outlets heatmaps (own words, and inside quotes), attribution
/// verbs by outlet and speaker side (bars grouped by outlet), and each outlet's distinctive words (bars of z). Every cell and
/// bar carries its value as text, and bar series differ by fill pattern as well as colour.
/// </summary>
public static class FramingCharts
{
    /// <summary>How many distinctive words per outlet <see cref="DistinctiveWords"/> shows by default.</summary>
    public const int DefaultTopWords = 8;

    private static readonly string[] Patterns = ["", "/", "x", ".", "\\", "+", "-", "|"];

    /// <summary>The category colours dark enough to carry bar text (the palette's pale yellow left out).</summary>
    private static readonly IReadOnlyList<string> BarColors = [.. Palette.Categories.Where(c => c != "#f0e442")];

    /// <summary>
    /// Labels × outlets: how often each outlet uses each label in its own words (<paramref name="quoted"/> false)
    /// or inside quotes (true); null when no label is used that way.
    /// </summary>
    public static Figure? LabelHeatmap(FramingReport report, bool quoted = false)
    {
        var matrix = new LabelMatrix(report);
        var rows = matrix.Rows.Where(r => r.Cells.Any(c => Uses(c, quoted) > 0)).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var z = rows.Select(r => (IReadOnlyList<double?>)r.Cells.Select(c => Uses(c, quoted) is > 0 and var n ? (double?)n : null).ToList()).ToList();
        var text = rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => LabelMatrix.Number(Uses(c, quoted))).ToList()).ToList();
        var where = quoted ? "inside quotes" : "in the outlet’s own words";
        var trace = new HeatmapTrace(matrix.Outlets.Select(Figure.Label).ToList(), rows.Select(r => Figure.Label(r.Label)).ToList(), z)
        {
            Text = text,
            TextTemplate = "%{text}",
            TextFont = new TextFont(12),
            HoverTemplate = "%{x} writes “%{y}” %{text} times " + where + "<extra></extra>",
            ColorScale = Palette.Sequential,
            ZMin = 0,
            XGap = 2,
            YGap = 2,
        };
        return new Figure([trace], new Layout
        {
            Title = new Title("Labels for the actors, " + where),
            XAxis = new Axis { Type = "category", AutoMargin = true, TickAngle = -30 },
            YAxis = new Axis { Type = "category", AutoMargin = true, AutoRange = "reversed" },
            Height = 200 + (30 * rows.Count),
            Font = Palette.Font,
        });
    }

    /// <summary>
    /// Attribution verbs by outlet and speaker side: the bars grouped by outlet, one bar per side the outlet reports,
    /// split by verb class (neutral, distancing ...; each class its own colour and fill pattern), the verbs written on the bars. Speakers whose side the lexicon does not know are
    /// left out (the table lists them). Null when no speaker with a known side is reported.
    /// </summary>
    public static Figure? AttributionVerbs(FramingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var known = report.AttributionVerbs.Where(v => v.Side is not null).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var groups = known.Select(v => (v.Outlet, Side: v.Side!)).Distinct()
            .OrderBy(g => g.Outlet, StringComparer.Ordinal).ThenBy(g => g.Side, StringComparer.Ordinal).ToList();
        var y = new List<object> { groups.Select(g => Figure.Label(g.Outlet)).ToList(), groups.Select(g => Figure.Label(g.Side)).ToList() };
        var byBar = known.ToLookup(v => (v.Outlet, v.Side!, v.VerbClass));
        var classes = known.Select(v => v.VerbClass).Distinct().Order(StringComparer.Ordinal).ToList();
        var traces = classes.Select((verbClass, i) =>
        {
            var bars = groups.Select(g => byBar[(g.Outlet, g.Side, verbClass)].ToList()).ToList();
            return (Trace)new BarTrace(bars.Select(b => (object)b.Sum(v => v.Count)).ToList(), y)
            {
                Name = Figure.Label(verbClass),
                Orientation = "h",
                Text = bars.Select(VerbList).ToList(),
                TextPosition = "inside",
                Marker = new Marker(BarColors[i % BarColors.Count]) { Pattern = new Pattern(Patterns[i % Patterns.Length]) },
                HoverTemplate = "%{y}: %{x} " + Figure.Label(verbClass) + " (%{text})<extra></extra>",
            };
        }).ToList();
        return new Figure(traces, new Layout
        {
            Title = new Title("How each outlet reports each side: attribution verbs by class"),
            BarMode = "stack",
            XAxis = new Axis { Title = new Title("uses"), DTick = 1, AutoMargin = true },
            YAxis = new Axis { Type = "multicategory", AutoMargin = true, AutoRange = "reversed" },
            Height = 160 + (34 * groups.Count),
            Font = Palette.Font,
        });
    }

    /// <summary>Each outlet's <paramref name="top"/> most distinctive words as horizontal bars of their z-scores, grouped by outlet; null when there are none.</summary>
    public static Figure? DistinctiveWords(FramingReport report, int top = DefaultTopWords)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var terms = FramingTables.ByOutletThenZ(report.DistinctiveTerms).GroupBy(t => t.Outlet).SelectMany(g => g.Take(top)).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var y = new List<object> { terms.Select(t => Figure.Label(t.Outlet)).ToList(), terms.Select(t => Figure.Label(t.Term)).ToList() };
        var trace = new BarTrace(terms.Select(t => (object)Math.Round(t.Z, 2)).ToList(), y)
        {
            Name = "z-score",
            Orientation = "h",
            Text = terms.Select(t => t.Z.ToString("0.0", CultureInfo.InvariantCulture)).ToList(),
            TextPosition = "auto",
            Marker = new Marker(Palette.Primary),
            HoverTemplate = "%{y}: z = %{x}<extra></extra>",
        };
        return new Figure([trace], new Layout
        {
            Title = new Title($"Each outlet’s most distinctive words (top {top.ToString(CultureInfo.InvariantCulture)}, z-score of the weighted log-odds)"),
            XAxis = new Axis { Title = new Title("z (beyond 1.96: unlikely to be chance)"), AutoMargin = true },
            YAxis = new Axis { Type = "multicategory", AutoMargin = true, AutoRange = "reversed" },
            Height = 160 + (22 * terms.Count),
            Font = Palette.Font,
        });
    }

    private static int Uses(LabelUses cell, bool quoted) => quoted ? cell.Quoted : cell.Own;

    /// <summary>"claimed ×2, said" for the verbs of one bar.</summary>
    private static string VerbList(List<AttributionVerbCount> verbs) => Figure.Label(string.Join(", ", verbs
        .GroupBy(v => v.Verb, StringComparer.Ordinal)
        .Select(g => (Verb: g.Key, Count: g.Sum(v => v.Count)))
        .OrderByDescending(v => v.Count).ThenBy(v => v.Verb, StringComparer.Ordinal)
        .Select(v => v.Count == 1 ? v.Verb : $"{v.Verb} ×{v.Count.ToString(CultureInfo.InvariantCulture)}")));
}
