using System.Globalization;
using QuoteLens.Alignment;

namespace QuoteLens.Views.Charts;

/// <summary>
/// Source × source heatmap of wording similarity: over the shared quotes two sources both carry, the
/// share of aligned slots where they write the same word (a slot only one of them fills counts as a
/// difference). Each cell also shows its value as text, so colour is never the only cue.
/// </summary>
public static class SimilarityHeatmap
{
    /// <summary>The heatmap for the shared groups of <paramref name="analysis"/>.</summary>
    public static Figure Create(Analysis analysis, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(labels);
        return Create(analysis.SharedGroups.Select(analysis.Align), labels);
    }

    /// <summary>The heatmap for the given alignment tables.</summary>
    public static Figure Create(IEnumerable<AlignmentTable> tables, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        int n = labels.ArticleIds.Count;
        var same = new long[n, n];
        var total = new long[n, n];
        foreach (var table in tables)
        {
            var rows = table.Rows.Select(r => (Index: labels.Position(r.Member.ArticleId), r.Cells)).Where(r => r.Index < n).ToList();
            for (int a = 0; a < rows.Count; a++)
            {
                for (int b = a + 1; b < rows.Count; b++)
                {
                    var (s, t) = Compare(rows[a].Cells, rows[b].Cells);
                    Add(same, total, rows[a].Index, rows[b].Index, s, t);
                }

                Add(same, total, rows[a].Index, rows[a].Index, 1, 1);
            }
        }

        var z = new List<IReadOnlyList<double?>>(n);
        var text = new List<IReadOnlyList<string>>(n);
        for (int i = 0; i < n; i++)
        {
            var zRow = new double?[n];
            var textRow = new string[n];
            for (int j = 0; j < n; j++)
            {
                zRow[j] = total[i, j] == 0 ? null : Math.Round(100.0 * same[i, j] / total[i, j], 1);
                textRow[j] = zRow[j] is { } v ? v.ToString("0", CultureInfo.InvariantCulture) + "%" : "";
            }

            z.Add(zRow);
            text.Add(textRow);
        }

        var names = labels.ArticleIds.Select(id => Figure.Label(labels[id])).ToList();
        var trace = new HeatmapTrace(names, names, z)
        {
            Text = text,
            TextTemplate = "%{text}",
            TextFont = new TextFont(12),
            HoverTemplate = "%{y} and %{x}: %{text} of aligned words the same<extra></extra>",
            ColorScale = Palette.Sequential,
            ZMin = 0,
            ZMax = 100,
            XGap = 2,
            YGap = 2,
        };
        return new Figure([trace], new Layout
        {
            Title = new Title("How alike the sources word the quotes they share (% of aligned words the same)"),
            XAxis = new Axis { Type = "category", AutoMargin = true, TickAngle = -30 },
            YAxis = new Axis { Type = "category", AutoMargin = true, AutoRange = "reversed" },
            Height = 160 + (40 * n),
            Font = Palette.Font,
        });
    }

    private static (int Same, int Total) Compare(IReadOnlyList<Text.Token?> a, IReadOnlyList<Text.Token?> b)
    {
        int same = 0, total = 0;
        for (int slot = 0; slot < a.Count; slot++)
        {
            if (a[slot] is null && b[slot] is null)
            {
                continue;
            }

            total++;
            if (a[slot] is { } x && b[slot] is { } y && x.Norm == y.Norm)
            {
                same++;
            }
        }

        return (same, total);
    }

    private static void Add(long[,] same, long[,] total, int i, int j, long s, long t)
    {
        same[i, j] += s;
        total[i, j] += t;
        if (i != j)
        {
            same[j, i] += s;
            total[j, i] += t;
        }
    }
}
