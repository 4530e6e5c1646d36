using System.Text;
using QuoteLens.Comparison.Renderings;
using QuoteLens.Views;
using QuoteLens.Views.Renderings;

namespace QuoteLens.Reports.Sections;

/// <summary>
/// For every shared quote whose versions span languages: the language taken as the original's and why, the original,
/// and how each of its words was rendered, by which sources (a table and a chart). Left out when no shared quote spans languages.
/// </summary>
public sealed class RenderingsSection : IReportSection
{
    /// <inheritdoc/>
    public string Id => "renderings";

    /// <inheritdoc/>
    public string Title => "Renderings across languages";

    /// <inheritdoc/>
    public string? Render(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // With many articles, the statements shown in full that span languages (at most Top of them), most carried first.
        var found = context.Analysis.Corpus.Articles.Count <= ReportOptions.AllArticlesUpTo
            ? context.Analysis.Renderings()
            : SharedQuotesSection.Ranked(context.Analysis)
                .Where(g => g.Members.Select(m => m.Language).Distinct(StringComparer.Ordinal).Skip(1).Any())
                .Take(Math.Max(0, context.Options.Top))
                .Select(g => context.Analysis.Renderings(g))
                .ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var html = new StringBuilder("<p class=\"ql-note\">Each word of the original with the words the versions in other languages put in its place. ")
            .Append("A source listed under “no counterpart found” renders that stretch of the original but shows no word for this one (it left it out or paraphrased it, or no glossary knows its word).</p>\n");
        foreach (var renderings in found)
        {
            var id = "renderings-" + renderings.GroupId;
            html.Append("<section class=\"ql-group\" aria-labelledby=\"").Append(Html.Encode(id)).Append("-h\">\n<h3 id=\"").Append(Html.Encode(id)).Append("-h\">")
                .Append(Html.Encode(renderings.GroupId)).Append("</h3>\n")
                .Append(new RenderingsView(renderings, context.Labels).ToHtml());
            if (RenderingsChart.Create(renderings, context.Labels) is { } chart)
            {
                html.Append("<figure class=\"ql-chart\">\n").Append(chart.ToHtml())
                    .Append("<figcaption>").Append(Html.Encode("One bar per word of the original rendered in more than one way; each segment is one rendering, as long as the number of sources using it. The table above names the sources.")).Append("</figcaption>\n</figure>\n");
            }

            html.Append("</section>\n");
        }

        return html.ToString();
    }
}
