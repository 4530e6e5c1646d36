using System.Text;
using QuoteLens.Views.Charts;

namespace QuoteLens.Reports.Sections;

/// <summary>The charts: word choices in the main statement, wording similarity between sources, and quotes per source.</summary>
public sealed class ChartsSection : IReportSection
{
    /// <inheritdoc/>
    public string Id => "charts";

    /// <inheritdoc/>
    public string Title => "Charts";

    /// <inheritdoc/>
    public string? Render(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = context.Analysis;
        var html = new StringBuilder();
        if (WordChoiceChart.ForMainStatement(analysis, context.Labels) is { } choices)
        {
            Append(html, choices, "Each column is a stretch where the versions of the most widely shared statement differ; each cell names the words that source wrote (the colour repeats the reading, most common first). The same readings are listed under “Different wordings” above.");
        }

        Append(html, SimilarityHeatmap.Create(analysis, context.Labels), "For every two sources, the share of aligned words that read the same, over the quotes both carry; empty where they share none.");
        Append(html, CoverageChart.Create(analysis, context.Labels), "Solid bars: quotes other sources also carry; hatched bars: quotes only this source carries. The coverage table above lists them.");
        return html.ToString();
    }

    private static void Append(StringBuilder html, Figure figure, string caption) =>
        html.Append("<figure class=\"ql-chart\">\n").Append(figure.ToHtml())
            .Append("<figcaption>").Append(Views.Html.Encode(caption)).Append("</figcaption>\n</figure>\n");
}
