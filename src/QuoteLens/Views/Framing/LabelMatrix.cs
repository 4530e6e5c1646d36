using System.Globalization;
using System.Text;
using QuoteLens.Comparison.Framing;

namespace QuoteLens.Views.Framing;

/// <summary>
/// Label × outlet: one row per label (all modifiers together), one column per outlet; each cell gives the
/// uses in the outlet's own words and, apart, the uses inside quotes. Most used labels first.
/// </summary>
/// <param name="report">The framing analysis.</param>
[QuoteLens.IO.TypeFormatterSource(typeof(QuoteLens.Views.Formatting.ViewFormatterSource), PreferredMimeTypes = [QuoteLens.Views.Formatting.KitMimeTypes.Html, QuoteLens.Views.Formatting.KitMimeTypes.Plain])]
public sealed class LabelMatrix(FramingReport report) : ITabularView
{
    /// <summary>The outlets, in column order.</summary>
    public IReadOnlyList<string> Outlets { get; } = report.Outlets;

    /// <summary>The rows: each label with its actor class and, per outlet (in <see cref="Outlets"/> order), its own and quoted uses.</summary>
    public IReadOnlyList<LabelMatrixRow> Rows { get; } = Build(report);

    /// <summary>The matrix as CSV: label, actor class, then two columns per outlet ("OUTLET (own)", "OUTLET (quoted)").</summary>
    public string ToCsv() => Csv.WriteFields(
        new[] { "label", "actor class" }.Concat(Outlets.SelectMany(o => new[] { o + " (own)", o + " (quoted)" })),
        Rows.Select(r => new[] { r.Label, r.ActorClass }.Concat(r.Cells.SelectMany(c => new[] { Number(c.Own), Number(c.Quoted) }))));

    /// <summary>The matrix as an HTML table: own uses in plain figures, quoted uses after them marked “in quotes” (“1, +2 in quotes”).</summary>
    public string ToHtml()
    {
        if (Rows.Count == 0)
        {
            return "<p class=\"ql-note\">No label from the lexicon occurs in these articles.</p>\n";
        }

        var html = new StringBuilder("<table class=\"ql-table ql-labels\">\n<caption>Labels by outlet: uses in the outlet’s own words, and inside quotes</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Label</th>");
        foreach (var outlet in Outlets)
        {
            html.Append("<th scope=\"col\">").Append(Html.Encode(outlet)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (label, actorClass, cells) in Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.Encode(label)).Append(" <span class=\"ql-note\">(").Append(Html.Encode(actorClass)).Append(")</span></th>");
            foreach (var (own, quoted) in cells)
            {
                html.Append("<td>");
                if (own > 0)
                {
                    html.Append("<span class=\"ql-own\">").Append(Number(own)).Append("</span>");
                }

                if (quoted > 0)
                {
                    html.Append(own > 0 ? ", " : "").Append("<span class=\"ql-quoted\">").Append(own > 0 ? "+" : "").Append(Number(quoted)).Append(" in quotes</span>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        return Html.Scrollable("Labels by outlet", html.ToString());
    }

    private static List<LabelMatrixRow> Build(FramingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var column = report.Outlets.Select((o, i) => (o, i)).ToDictionary(p => p.o, p => p.i, StringComparer.Ordinal);
        return report.Labels
            .GroupBy(l => (l.Label, l.ActorClass))
            .Select(g =>
            {
                var own = new int[report.Outlets.Count];
                var quoted = new int[report.Outlets.Count];
                foreach (var count in g)
                {
                    (count.Quoted ? quoted : own)[column[count.Outlet]] += count.Count;
                }

                return new LabelMatrixRow(g.Key.Label, g.Key.ActorClass, own.Zip(quoted, (o, q) => new LabelUses(o, q)).ToList());
            })
            .OrderByDescending(r => r.Cells.Sum(c => c.Own + c.Quoted)).ThenBy(r => r.Label, StringComparer.Ordinal).ThenBy(r => r.ActorClass, StringComparer.Ordinal)
            .ToList();
    }

    internal static string Number(int n) => n == 0 ? "" : n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One label's row of a <see cref="LabelMatrix"/>.</summary>
/// <param name="Label">The label as the lexicon names it.</param>
/// <param name="ActorClass">Its actor class.</param>
/// <param name="Cells">Its uses per outlet, in the matrix's outlet order.</param>
public sealed record LabelMatrixRow(string Label, string ActorClass, IReadOnlyList<LabelUses> Cells);

/// <summary>How often one outlet uses one label.</summary>
/// <param name="Own">Uses in the outlet's own words.</param>
/// <param name="Quoted">Uses inside quotes.</param>
public sealed record LabelUses(int Own, int Quoted);
