using System.Globalization;
using QuoteLens.Alignment;
using QuoteLens.Grouping;

namespace QuoteLens.Views.Charts;

/// <summary>
/// Source × source heatmap of wording similarity: over the shared quotes two sources both carry, the
/// share of aligned slots where they write the same word (a slot only one of them fills counts as a
/// difference). Each cell also shows its value as text, so colour is never the only cue. A source with two
/// versions of one quote (a sentence and a fragment of it) counts once, by its fullest version, and is never
/// compared with itself. With many sources, the ones that carry the most shared quotes are shown.
/// </summary>
public static class SimilarityHeatmap
{
    /// <summary>At most this many sources are shown by default (the ones carrying the most shared quotes).</summary>
    public const int DefaultMaxSources = 40;

    /// <summary>
    /// The heatmap for the shared groups of <paramref name="analysis"/>, computed on wordings: two sources with the same
    /// wording agree fully, and the similarity of two wordings is worked out once, however many sources print them.
    /// </summary>
    public static Figure Create(Analysis analysis, SourceLabels labels, int maxSources = DefaultMaxSources)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(labels);
        var shared = analysis.SharedGroups.ToList();
        var sources = Sources(shared, labels, maxSources);
        int n = sources.Count;
        var index = sources.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var same = new long[n, n];
        var total = new long[n, n];
        foreach (var group in shared)
        {
            if (!group.Members.Any(m => index.ContainsKey(m.ArticleId)))
            {
                continue;
            }

            var wordings = analysis.Wordings(group);
            var table = analysis.AlignWordings(group);
            var rowOf = table.Rows.Select((r, i) => (r.Member.ArticleId, i)).ToDictionary(p => p.ArticleId, p => p.i, StringComparer.Ordinal);
            // Each shown source's wording: the most carried one it prints.
            var chosen = new List<(int Source, int Row)>();
            var seen = new HashSet<int>();
            foreach (var wording in wordings.Wordings)
            {
                foreach (var id in wording.ArticleIds)
                {
                    if (index.TryGetValue(id, out int s) && seen.Add(s))
                    {
                        chosen.Add((s, rowOf[wording.Id]));
                    }
                }
            }

            var pair = new Dictionary<(int, int), (int Same, int Total)>();
            for (int a = 0; a < chosen.Count; a++)
            {
                for (int b = a + 1; b < chosen.Count; b++)
                {
                    var (ra, rb) = (Math.Min(chosen[a].Row, chosen[b].Row), Math.Max(chosen[a].Row, chosen[b].Row));
                    if (!pair.TryGetValue((ra, rb), out var st))
                    {
                        st = Compare(table.Rows[ra].Cells, table.Rows[rb].Cells);
                        pair[(ra, rb)] = st;
                    }

                    Add(same, total, chosen[a].Source, chosen[b].Source, st.Same, st.Total);
                }

                Add(same, total, chosen[a].Source, chosen[a].Source, 1, 1);
            }
        }

        return Draw(same, total, sources, labels, shown: n, of: labels.ArticleIds.Count);
    }

    /// <summary>The heatmap for the given alignment tables (rows are versions; a source's fullest version stands for it).</summary>
    public static Figure Create(IEnumerable<AlignmentTable> tables, SourceLabels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        int n = labels.ArticleIds.Count;
        var same = new long[n, n];
        var total = new long[n, n];
        foreach (var table in tables)
        {
            var rows = table.Rows
                .Select(r => (Index: labels.Position(r.Member.ArticleId), r.Cells, Words: r.Cells.Count(c => c is { IsContent: true })))
                .Where(r => r.Index < n)
                .GroupBy(r => r.Index)
                .Select(g => g.OrderByDescending(r => r.Words).First())
                .ToList();
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

        return Draw(same, total, labels.ArticleIds, labels, n, n);
    }

    /// <summary>All sources when they are few; else the <paramref name="max"/> carrying the most shared groups (then in corpus order), in corpus order.</summary>
    private static List<string> Sources(List<QuoteGroup> shared, SourceLabels labels, int max)
    {
        if (labels.ArticleIds.Count <= max)
        {
            return [.. labels.ArticleIds];
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in shared)
        {
            foreach (var id in group.Members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        return counts.OrderByDescending(p => p.Value).ThenBy(p => labels.Position(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(max).Select(p => p.Key).OrderBy(labels.Position).ThenBy(id => id, StringComparer.Ordinal).ToList();
    }

    private static Figure Draw(long[,] same, long[,] total, IReadOnlyList<string> sources, SourceLabels labels, int shown, int of)
    {
        int n = sources.Count;
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

        var names = sources.Select(id => Figure.Label(labels[id])).ToList();
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
        var title = "How alike the sources word the quotes they share (% of aligned words the same)"
            + (shown < of ? $" — the {shown.ToString(CultureInfo.InvariantCulture)} of {of.ToString(CultureInfo.InvariantCulture)} sources that carry the most shared quotes" : "");
        return new Figure([trace], new Layout
        {
            Title = new Title(title),
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
