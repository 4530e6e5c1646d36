using System.Text;
using QuoteLens.Grouping;
using QuoteLens.Comparison;

namespace QuoteLens.Views;

/// <summary>One reading of a varied stretch, as a table row.</summary>
/// <param name="Group">The group.</param>
/// <param name="FirstSlot">First slot of the stretch (1-based, as the alignment table shows it).</param>
/// <param name="LastSlot">Last slot of the stretch (1-based).</param>
/// <param name="Reading">The wording ("" where the version leaves the stretch out).</param>
/// <param name="SourceCount">How many sources chose it.</param>
/// <param name="Sources">The sources, separated by "; ".</param>
public sealed record SubstitutionRow(string Group, int FirstSlot, int LastSlot, string Reading, int SourceCount, string Sources);

/// <summary>
/// The stretches where the versions of a group differ, each reading with the sources that chose it:
/// "killers" (A, B) ⟷ "assassins" (C).
/// </summary>
/// <param name="group">The group.</param>
/// <param name="variations">Its variations.</param>
/// <param name="labels">The names of the sources.</param>
/// <param name="maxSources">How many sources the HTML names per reading before "and N more" (the CSV names all).</param>
[QuoteLens.IO.TypeFormatterSource(typeof(Formatting.ViewFormatterSource), PreferredMimeTypes = [Formatting.KitMimeTypes.Html, Formatting.KitMimeTypes.Plain])]
public sealed class SubstitutionsView(QuoteGroup group, IReadOnlyList<Variation> variations, SourceLabels labels, int maxSources = int.MaxValue) : ITabularView
{
    /// <summary>One row per reading, as CSV.</summary>
    public string ToCsv() => AsTable().ToCsv();

    /// <summary>The variations shown.</summary>
    public IReadOnlyList<Variation> Variations { get; } = variations;

    /// <summary>One row per reading.</summary>
    public TableView<SubstitutionRow> AsTable() => new(
        Variations.SelectMany(v => v.Readings.Select(r => new SubstitutionRow(
            v.GroupId, v.FirstSlot + 1, v.LastSlot + 1, r.Text, r.ArticleIds.Count, string.Join("; ", r.ArticleIds.Select(id => labels[id]))))),
        $"Different wordings in {group.Id}");

    /// <summary>The variations as an HTML list (or a sentence saying there are none).</summary>
    public string ToHtml()
    {
        if (Variations.Count == 0)
        {
            return "<p class=\"ql-subs-none\">The versions do not differ in wording.</p>\n";
        }

        var html = new StringBuilder("<ul class=\"ql-subs\">\n");
        foreach (var variation in Variations)
        {
            html.Append("<li>").Append(variation.IsSubstitution ? "" : "<span class=\"ql-kind\">added or left out:</span> ");
            html.AppendJoin($" {Html.Sign("⟷")}{Html.ScreenReaderOnly(" or ")} ", variation.Readings.Select(Reading));
            html.Append("</li>\n");
        }

        return html.Append("</ul>\n").ToString();
    }

    private string Reading(Reading reading)
    {
        var carriers = reading.ArticleIds.ToHashSet(StringComparer.Ordinal);
        var language = group.Members.FirstOrDefault(m => carriers.Contains(m.ArticleId))?.Language ?? "und";
        var names = reading.ArticleIds.Select(id => labels[id]).Distinct(StringComparer.Ordinal).ToList();
        var sources = names.Count <= maxSources
            ? string.Join(", ", names)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{reading.ArticleIds.Count:N0} articles: {string.Join(", ", names.Take(maxSources))} and {names.Count - maxSources:N0} more");
        var words = reading.Text.Length == 0
            ? "<span class=\"ql-reading ql-omitted\">(left out)</span>"
            : $"<q class=\"ql-reading\"{Html.TextAttributes(language)}>{Html.Encode(reading.Text)}</q>";
        return $"{words} <span class=\"ql-sources\">({Html.Encode(sources)})</span>";
    }
}
