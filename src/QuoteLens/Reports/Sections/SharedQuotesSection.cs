using System.Globalization;
using System.Text;
using QuoteLens.Grouping;
using QuoteLens.Views;

namespace QuoteLens.Reports.Sections;

/// <summary>
/// One part per shared quote: the alignment of its versions, the word diffs against a base version the
/// reader can switch (every base is rendered in advance; without script the first shows), and the
/// different wordings with the sources that chose them.
/// </summary>
public sealed class SharedQuotesSection : IReportSection
{
    /// <summary>At most this many versions are offered as the base of the diffs (each base renders all diffs again).</summary>
    public const int MaxBases = 8;

    /// <inheritdoc/>
    public string Id => "shared";

    /// <inheritdoc/>
    public string Title => "Shared quotes, version by version";

    /// <inheritdoc/>
    public string? Render(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var html = new StringBuilder();
        var groups = context.Analysis.SharedGroups.ToList();
        if (groups.Count == 0)
        {
            return "<p>No quote is carried by more than one source.</p>\n";
        }

        foreach (var group in groups)
        {
            var id = "group-" + group.Id;
            var lang = group.Members[0].Language;
            html.Append("<section class=\"ql-group\" aria-labelledby=\"").Append(Encode(id)).Append("-h\">\n<h3 id=\"").Append(Encode(id)).Append("-h\">")
                .Append(Encode(group.Id)).Append(": <q").Append(Html.TextAttributes(lang)).Append('>')
                .Append(Encode(Html.Shorten(group.Text, 120))).Append("</q></h3>\n<p class=\"ql-note\">")
                .Append(group.Members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count().ToString(CultureInfo.InvariantCulture))
                .Append(" sources. Each source's name links to the passage in its article.</p>\n")
                .Append("<h4>Word by word</h4>\n")
                .Append(new AlignmentView(context.Analysis.Align(group), context.Labels, linkPassages: true).ToHtml())
                .Append("<h4>Differences against one version</h4>\n")
                .Append(Diffs(context, group, id))
                .Append("<h4>Different wordings</h4>\n")
                .Append(new SubstitutionsView(group, context.Analysis.Variations(group).Where(v => !v.IsPunctuationOnly).ToList(), context.Labels).ToHtml())
                .Append("</section>\n");
        }

        return html.ToString();
    }

    private static string Diffs(ReportContext context, QuoteGroup group, string id)
    {
        var bases = group.Members.DistinctBy(m => m.ArticleId, StringComparer.Ordinal).Take(MaxBases).ToList();
        var select = id + "-base";
        var html = new StringBuilder("<div class=\"ql-diffs\">\n<p class=\"ql-base-pick\" hidden><label for=\"").Append(Encode(select))
            .Append("\">Compare against</label> <select id=\"").Append(Encode(select)).Append("\">");
        for (int i = 0; i < bases.Count; i++)
        {
            html.Append("<option value=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Encode(context.Labels[bases[i].ArticleId])).Append("</option>");
        }

        html.Append("</select></p>\n");
        for (int i = 0; i < bases.Count; i++)
        {
            html.Append("<div class=\"ql-diff-set\" data-base=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append('"').Append(i == 0 ? "" : " hidden").Append(">\n");
            foreach (var diff in context.Analysis.Diff(group, bases[i].ArticleId))
            {
                html.Append(new WordDiffView(diff, context.Labels, linkPassages: true).ToHtml());
            }

            html.Append("</div>\n");
        }

        return html.Append("</div>\n").ToString();
    }

    private static string Encode(string text) => Html.Encode(text);
}
