using System.Globalization;
using System.Text;
using QuoteLens.Comparison.Renderings;

namespace QuoteLens.Views.Renderings;

/// <summary>One rendering of a word of the original, as a table row.</summary>
/// <param name="Group">The group.</param>
/// <param name="Word">The word of the original.</param>
/// <param name="WordLanguage">The original's language.</param>
/// <param name="Rendering">The rendering ("" for the sources that show no counterpart of the word).</param>
/// <param name="Language">The rendering's language ("" on a row of sources without a counterpart).</param>
/// <param name="SourceCount">How many sources chose it.</param>
/// <param name="Sources">The sources, separated by "; ".</param>
public sealed record RenderingRow(string Group, string Word, string WordLanguage, string Rendering, string Language, int SourceCount, string Sources);

/// <summary>
/// The renderings of a group's original: which language was taken as the original and why, the original as the sources
/// give it, and a table of each word with its renderings and the sources behind each
/// (вероятности → possibility (Kyiv Post ...) / probability (...)).
/// </summary>
/// <param name="renderings">The renderings found.</param>
/// <param name="labels">The names of the sources.</param>
[QuoteLens.IO.TypeFormatterSource(typeof(QuoteLens.Views.Formatting.ViewFormatterSource), PreferredMimeTypes = [QuoteLens.Views.Formatting.KitMimeTypes.Html, QuoteLens.Views.Formatting.KitMimeTypes.Plain])]
public sealed class RenderingsView(GroupRenderings renderings, SourceLabels labels) : ITabularView
{
    /// <summary>The renderings shown.</summary>
    public GroupRenderings Renderings { get; } = renderings ?? throw new ArgumentNullException(nameof(renderings));

    /// <summary>One row per rendering of each word, then (rendering "") the sources without a counterpart.</summary>
    public TableView<RenderingRow> AsTable() => new(
        Renderings.Words.SelectMany(w => w.Renderings
            .Select(r => new RenderingRow(Renderings.GroupId, w.Text, w.Language, r.Text, r.Language, r.ArticleIds.Count, Sources(r.ArticleIds)))
            .Concat(w.Unrendered.Count == 0 ? [] : [new RenderingRow(Renderings.GroupId, w.Text, w.Language, "", "", w.Unrendered.Count, Sources(w.Unrendered))])),
        $"Renderings of the original in {Renderings.GroupId}");

    /// <summary>The rows as CSV (see <see cref="AsTable"/>).</summary>
    public string ToCsv() => AsTable().ToCsv();

    /// <summary>The explanation, the original's versions and the renderings table, as HTML (article text encoded, with its language).</summary>
    public string ToHtml()
    {
        var html = new StringBuilder("<div class=\"ql-renderings\">\n<p class=\"ql-note\">").Append(Html.Encode(Renderings.Explanation)).Append("</p>\n");
        if (!Renderings.HasOriginal)
        {
            return html.Append("</div>\n").ToString();
        }

        html.Append("<ul class=\"ql-originals\">\n");
        foreach (var version in Renderings.Originals.GroupBy(o => o.Text, StringComparer.Ordinal))
        {
            html.Append("<li><q").Append(Html.TextAttributes(version.First().Language)).Append('>').Append(Html.Encode(version.Key))
                .Append("</q> <span class=\"ql-sources\">(").Append(Html.Encode(Sources(version.Select(o => o.ArticleId).Distinct(StringComparer.Ordinal)).Replace("; ", ", ", StringComparison.Ordinal)))
                .Append(")</span></li>\n");
        }

        html.Append("</ul>\n");
        return html.Append(Html.Scrollable($"Renderings of the original in {Renderings.GroupId}", Table())).Append("</div>\n").ToString();
    }

    private string Table()
    {
        var html = new StringBuilder("<table class=\"ql-table ql-renderings-table\">\n<caption>")
            .Append(Html.Encode($"How each word of the original ({Renderings.OriginalLanguage}) was rendered"))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Original word</th><th scope=\"col\">Rendering</th><th scope=\"col\">Sources</th><th scope=\"col\">Count</th></tr></thead>\n<tbody>\n");
        foreach (var word in Renderings.Words)
        {
            int rows = word.Renderings.Count + (word.Unrendered.Count == 0 ? 0 : 1);
            html.Append("<tr><th scope=\"rowgroup\" rowspan=\"").Append(rows.ToString(CultureInfo.InvariantCulture)).Append("\"")
                .Append(Html.TextAttributes(word.Language)).Append('>').Append(Html.Encode(word.Text)).Append("</th>");
            bool first = true;
            foreach (var rendering in word.Renderings)
            {
                Row(html, ref first, $"<td{Html.TextAttributes(rendering.Language)}>{Html.Encode(rendering.Text)}</td>", rendering.ArticleIds);
            }

            if (word.Unrendered.Count > 0)
            {
                Row(html, ref first, "<td class=\"ql-omitted\">(no counterpart found)</td>", word.Unrendered);
            }
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }

    private void Row(StringBuilder html, ref bool first, string renderingCell, IReadOnlyList<string> articleIds)
    {
        html.Append(first ? "" : "<tr>").Append(renderingCell)
            .Append("<td class=\"ql-sources\">").Append(Html.Encode(Sources(articleIds))).Append("</td><td>")
            .Append(articleIds.Count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        first = false;
    }

    private string Sources(IEnumerable<string> articleIds) => string.Join("; ", articleIds.OrderBy(labels.Position).Select(id => labels[id]));
}
