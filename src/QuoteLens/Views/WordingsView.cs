using System.Globalization;
using System.Text;
using QuoteLens.Comparison;

namespace QuoteLens.Views;

/// <summary>One wording of a statement, as a table row.</summary>
/// <param name="Group">The group.</param>
/// <param name="Wording">The wording's id ("W1").</param>
/// <param name="Text">The wording.</param>
/// <param name="Articles">How many articles print it.</param>
/// <param name="Outlets">How many distinct sources (by label) print it.</param>
/// <param name="Sources">The sources, separated by "; " (all of them in the CSV).</param>
public sealed record WordingRow(string Group, string Wording, string Text, int Articles, int Outlets, string Sources);

/// <summary>
/// The distinct wordings of a statement, most carried first, each with how many articles and sources print it and
/// who they are: "912 outlets print <i>killers</i>, 301 print <i>assassins</i>" instead of 1,213 near-identical rows.
/// </summary>
/// <param name="wordings">The wordings.</param>
/// <param name="labels">The names of the sources.</param>
/// <param name="maxSources">How many sources the HTML names per wording before "and N more" (the CSV names all).</param>
/// <param name="linkPassages">Link each wording to its first version's passage in the report's appendix.</param>
[QuoteLens.IO.TypeFormatterSource(typeof(Formatting.ViewFormatterSource), PreferredMimeTypes = [Formatting.KitMimeTypes.Html, Formatting.KitMimeTypes.Plain])]
public sealed class WordingsView(GroupWordings wordings, SourceLabels labels, int maxSources = 12, bool linkPassages = false) : ITabularView
{
    /// <summary>The wordings shown.</summary>
    public GroupWordings Wordings { get; } = wordings;

    /// <summary>One row per wording.</summary>
    public IEnumerable<WordingRow> Rows() => Wordings.Wordings.Select(w =>
    {
        var sources = Sources(w);
        return new WordingRow(Wordings.Group.Id, w.Id, w.Text, w.Count, sources.Count, string.Join("; ", sources));
    });

    /// <summary>One row per wording, as CSV.</summary>
    public string ToCsv() => Csv.WriteRecords(Rows());

    /// <summary>The wordings as an HTML table: id, wording, articles, sources.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder("<table class=\"ql-wordings\">\n<caption>")
            .Append(Html.Encode($"{Wordings.Wordings.Count} {(Wordings.Wordings.Count == 1 ? "wording" : "wordings")} of {Wordings.Group.Id} in {Count(Wordings.ArticleCount, "article")}, most carried first"))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Wording</th><th scope=\"col\">Words</th><th scope=\"col\">Articles</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n");
        int total = Math.Max(1, Wordings.ArticleCount);
        foreach (var wording in Wordings.Wordings)
        {
            var sources = Sources(wording);
            var language = wording.Versions[0].Language;
            var id = Html.Encode(wording.Id);
            html.Append("<tr data-wording=\"").Append(id).Append("\"><th scope=\"row\">")
                .Append(linkPassages ? $"<a href=\"#{Anchors.Quote(wording.Representative)}\">{id}</a>" : id)
                .Append("</th><td><q").Append(Html.TextAttributes(language)).Append('>').Append(Html.Encode(wording.Text)).Append("</q></td>")
                .Append("<td class=\"ql-count\"><span class=\"ql-bar\" style=\"width:")
                .Append((100.0 * wording.Count / total).ToString("0.#", CultureInfo.InvariantCulture)).Append("%\"></span><span class=\"ql-n\">")
                .Append(wording.Count.ToString("N0", CultureInfo.InvariantCulture)).Append("</span></td><td class=\"ql-sources\">")
                .Append(Html.Encode(string.Join(", ", sources.Take(maxSources))));
            if (sources.Count > maxSources)
            {
                html.Append(" <span class=\"ql-more-count\">and ").Append((sources.Count - maxSources).ToString("N0", CultureInfo.InvariantCulture)).Append(" more</span>");
            }

            html.Append("</td></tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }

    private List<string> Sources(Wording wording) =>
        wording.ArticleIds.OrderBy(labels.Position).ThenBy(id => id, StringComparer.Ordinal).Select(id => labels[id]).Distinct(StringComparer.Ordinal).ToList();

    private static string Count(int n, string noun) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
