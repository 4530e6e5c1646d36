using System.Text;
using QuoteLens.Grouping;

namespace QuoteLens.Views;

/// <summary>
/// Which source carries which quote: one row per group, one column per source. Widely shared quotes
/// come first; quotes only one source carries (exclusives) follow under their own heading, by source.
/// </summary>
/// <param name="groups">The groups to show.</param>
/// <param name="labels">The names of the sources (their order is the column order).</param>
/// <param name="textLength">How many characters of each quote to show.</param>
[QuoteLens.IO.TypeFormatterSource(typeof(Formatting.ViewFormatterSource), PreferredMimeTypes = [Formatting.KitMimeTypes.Html, Formatting.KitMimeTypes.Plain])]
public sealed class CoverageMatrix(IReadOnlyList<QuoteGroup> groups, SourceLabels labels, int textLength = 90) : ITabularView
{
    /// <summary>The groups in the order shown: most sources first, then exclusives by source.</summary>
    public IReadOnlyList<QuoteGroup> Groups { get; } = groups
        .OrderByDescending(SourceCount)
        .ThenBy(g => g.IsShared ? 0 : labels.Position(g.Members[0].ArticleId))
        .ThenBy(g => g.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>The matrix as CSV: group, sources, quote, then one column per source ("x" where it carries the quote).</summary>
    public string ToCsv() => Csv.WriteFields(
        new[] { "group", "sources", "quote" }.Concat(labels.ArticleIds.Select(id => labels[id])),
        Groups.Select(g => new[] { g.Id, SourceCount(g).ToString(System.Globalization.CultureInfo.InvariantCulture), g.Text }
            .Concat(labels.ArticleIds.Select(id => Carries(g, id) ? "x" : ""))));

    /// <summary>The matrix as an HTML fragment.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder("<table class=\"ql-coverage\">\n<thead><tr><th scope=\"col\">Quote</th>");
        foreach (var id in labels.ArticleIds)
        {
            html.Append("<th scope=\"col\">").Append(Html.Encode(labels[id])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        bool exclusivesStarted = false;
        foreach (var group in Groups)
        {
            if (!group.IsShared && !exclusivesStarted)
            {
                exclusivesStarted = true;
                html.Append("</tbody>\n<tbody class=\"ql-exclusives\">\n<tr><th scope=\"rowgroup\" colspan=\"")
                    .Append(labels.ArticleIds.Count + 1).Append("\">Only in one source (exclusives)</th></tr>\n");
            }

            var language = group.Members[0].Language;
            html.Append("<tr").Append(group.IsShared ? "" : " class=\"ql-exclusive\"").Append("><th scope=\"row\"><span class=\"ql-gid\">")
                .Append(Html.Encode(group.Id)).Append("</span> <q").Append(Html.TextAttributes(language)).Append('>')
                .Append(Html.Encode(Html.Shorten(group.Text, textLength))).Append("</q></th>");
            foreach (var id in labels.ArticleIds)
            {
                html.Append(Carries(group, id)
                    ? $"<td class=\"ql-yes\">{Html.Sign("●")}{Html.ScreenReaderOnly("carried")}</td>"
                    : $"<td class=\"ql-no\">{Html.ScreenReaderOnly("not carried")}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        return Html.Scrollable("Which source carries which quote", html.ToString());
    }

    private static int SourceCount(QuoteGroup group) => group.Members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count();

    private static bool Carries(QuoteGroup group, string articleId) => group.Members.Any(m => m.ArticleId == articleId);
}
