using System.Globalization;
using System.Text;
using QuoteLens.Comparison;
using QuoteLens.Grouping;
using QuoteLens.Views;
using QuoteLens.Views.Charts;

namespace QuoteLens.Reports.Sections;

/// <summary>
/// One part per widely carried statement (the <see cref="ReportOptions.Top"/> carried by the most articles): its
/// distinct wordings with how many articles print each and who; who published it first and who followed (a timeline
/// chart and the lineage of each wording); the alignment of the wordings; the word diffs of the wordings against a base
/// the reader can switch (every base is rendered in advance; without script the first shows); and the different
/// readings with the sources behind them. A statement with 2,000 copies costs what its few wordings cost. The other
/// shared statements are listed in a table after them.
/// </summary>
public sealed class SharedQuotesSection : IReportSection
{
    /// <summary>At most this many wordings are offered as the base of the diffs (each base renders all diffs again).</summary>
    public const int MaxBases = 8;

    /// <summary>At most this many wordings of a statement are aligned and diffed (the most carried); the wordings table counts the rest.</summary>
    public const int MaxWordings = 12;

    /// <summary>At most this many wordings are listed in a statement's wordings table.</summary>
    public const int MaxListedWordings = 50;

    /// <summary>At most this many further shared statements are listed after the ones shown in full.</summary>
    public const int MaxListed = 500;

    /// <inheritdoc/>
    public string Id => "shared";

    /// <inheritdoc/>
    public string Title => "Shared quotes, wording by wording";

    /// <summary>The shared groups, most articles first (then most versions, then id): the report's order of statements.</summary>
    public static IReadOnlyList<QuoteGroup> Ranked(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return RankedCache.GetValue(analysis, Rank);
    }

    /// <summary>The ranking of each analysis, worked out once (several sections ask for it).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Analysis, IReadOnlyList<QuoteGroup>> RankedCache = new();

    private static IReadOnlyList<QuoteGroup> Rank(Analysis analysis)
    {
        return analysis.SharedGroups
            .Select(g => (Group: g, Articles: g.Members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(p => p.Articles).ThenByDescending(p => p.Group.Members.Count).ThenBy(p => p.Group.Id, StringComparer.Ordinal)
            .Select(p => p.Group)
            .ToList();
    }

    /// <summary>The statements shown in full, and for each the wordings aligned and diffed (the most carried, at most <see cref="MaxWordings"/>).</summary>
    public static IReadOnlyList<GroupWordings> Shown(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Ranked(context.Analysis).Take(Math.Max(0, context.Options.Top))
            .Select(g => context.Analysis.Wordings(g) is var all && all.Wordings.Count > MaxWordings ? all with { Wordings = all.Wordings.Take(MaxWordings).ToList() } : context.Analysis.Wordings(g))
            .ToList();
    }

    /// <inheritdoc/>
    public string? Render(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ranked = Ranked(context.Analysis);
        if (ranked.Count == 0)
        {
            return "<p>No quote is carried by more than one source.</p>\n";
        }

        var shown = Shown(context);
        var html = new StringBuilder("<p class=\"ql-note\">")
            .Append(Html.Encode(shown.Count == ranked.Count
                ? $"{Count(ranked.Count, "quote")} carried by more than one source, the most widely carried first. "
                : $"The {shown.Count.ToString(CultureInfo.InvariantCulture)} most widely carried of {Count(ranked.Count, "shared quote")} in full (quotelens report --top N shows more or fewer); the others are listed after them. "))
            .Append("Versions that read the same once case, punctuation and quote marks are set aside are one wording; alignment and diffs compare wordings, and every count says how many articles print each.</p>\n");
        foreach (var top in shown)
        {
            Statement(html, context, top);
        }

        if (ranked.Count > shown.Count)
        {
            var rest = ranked.Skip(shown.Count).ToList();
            html.Append("<h3 id=\"shared-more\">More shared quotes</h3>\n<p class=\"ql-note\">")
                .Append(Html.Encode(rest.Count > MaxListed
                    ? $"The next {MaxListed.ToString(CultureInfo.InvariantCulture)} of {Count(rest.Count, "further shared quote")}, by the number of articles carrying them."
                    : $"{Count(rest.Count, "further shared quote")}, by the number of articles carrying them."))
                .Append("</p>\n")
                .Append(Html.Scrollable("More shared quotes", new TableView<StatementRow>(rest.Take(MaxListed).Select(g => Row(context, g)), "More shared quotes").ToHtml()));
        }

        return html.ToString();
    }

    /// <summary>A shared statement as a table row (the coverage summary and the list after the statements shown in full).</summary>
    internal static StatementRow Row(ReportContext context, QuoteGroup group)
    {
        var wordings = context.Analysis.Wordings(group);
        var first = context.Analysis.Timeline(group).First;
        return new StatementRow(group.Id, Html.Shorten(group.Text, 110), wordings.ArticleCount,
            group.Members.Select(m => context.Labels[m.ArticleId]).Distinct(StringComparer.Ordinal).Count(), wordings.Wordings.Count,
            first is null ? "date unknown" : context.Labels[first.ArticleId] + ", " + first.Published);
    }

    private static void Statement(StringBuilder html, ReportContext context, GroupWordings top)
    {
        var group = top.Group;
        var analysis = context.Analysis;
        var all = analysis.Wordings(group);
        var id = "group-" + group.Id;
        var lang = group.Members[0].Language;
        html.Append("<section class=\"ql-group\" id=\"").Append(Html.Encode(id)).Append("\" aria-labelledby=\"").Append(Html.Encode(id)).Append("-h\">\n<h3 id=\"").Append(Html.Encode(id)).Append("-h\">")
            .Append(Html.Encode(group.Id)).Append(": <q").Append(Html.TextAttributes(lang)).Append('>')
            .Append(Html.Encode(Html.Shorten(all.Wordings[0].Text, 120))).Append("</q></h3>\n<p class=\"ql-note\">")
            .Append(Html.Encode($"{Count(all.ArticleCount, "article")}, {Count(all.Wordings.Count, "wording")}."))
            .Append(context.LinkPassages ? " Each wording's id links to a passage that prints it." : "").Append("</p>\n");

        html.Append("<h4>Wordings</h4>\n");
        var listed = all.Wordings.Count > MaxListedWordings ? all with { Wordings = all.Wordings.Take(MaxListedWordings).ToList() } : all;
        html.Append(Html.Scrollable($"Wordings of {group.Id}", new WordingsView(listed, context.Labels, linkPassages: context.LinkPassages).ToHtml()));
        if (listed.Wordings.Count < all.Wordings.Count)
        {
            var rest = all.Wordings.Skip(listed.Wordings.Count).ToList();
            html.Append("<p class=\"ql-note\">").Append(Html.Encode($"And {Count(rest.Count, "more wording")}, each printed by {Count(rest.Max(w => w.Count), "article")} or fewer.")).Append("</p>\n");
        }

        html.Append("<h4>Who published it first, and who followed</h4>\n");
        var timeline = analysis.Timeline(group);
        html.Append(new LineageView(timeline, context.Labels).ToHtml());
        if (TimelineChart.Create(timeline, context.Labels) is { } chart)
        {
            html.Append("<figure class=\"ql-chart ql-timeline\">\n").Append(chart.ToHtml()).Append("<figcaption>")
                .Append(Html.Encode("One row per wording, one point per dated article at the time it was published; a star marks the first article to print a wording. The table above names them."))
                .Append("</figcaption>\n</figure>\n");
        }

        if (top.Wordings.Count < 2)
        {
            html.Append("<p class=\"ql-subs-none\">Every version reads the same, word for word.</p>\n</section>\n");
            return;
        }

        var table = WordingFinder.Align(top, context.Analysis.Bridge);
        var rowNames = top.Wordings.ToDictionary(w => w.Id, TimelineChart.RowLabel, StringComparer.Ordinal);
        html.Append("<h4>Word by word</h4>\n")
            .Append(top.Wordings.Count < all.Wordings.Count ? $"<p class=\"ql-note\">The {top.Wordings.Count.ToString(CultureInfo.InvariantCulture)} most carried wordings.</p>\n" : "")
            .Append(new AlignmentView(table, context.Labels, context.LinkPassages, row => rowNames[row.Member.ArticleId]).ToHtml())
            .Append("<h4>Differences against one wording</h4>\n")
            .Append(Diffs(context, top, id))
            .Append("<h4>Different readings</h4>\n")
            .Append(new SubstitutionsView(group, analysis.WordingVariations(group).Where(v => !v.IsPunctuationOnly).ToList(), context.Labels, maxSources: 12).ToHtml())
            .Append("</section>\n");
    }

    private static string Diffs(ReportContext context, GroupWordings top, string id)
    {
        var bases = top.Wordings.Take(MaxBases).ToList();
        var select = id + "-base";
        var html = new StringBuilder("<div class=\"ql-diffs\">\n<p class=\"ql-base-pick\" hidden><label for=\"").Append(Html.Encode(select))
            .Append("\">Compare against</label> <select id=\"").Append(Html.Encode(select)).Append("\">");
        for (int i = 0; i < bases.Count; i++)
        {
            html.Append("<option value=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Html.Encode(TimelineChart.RowLabel(bases[i]))).Append("</option>");
        }

        html.Append("</select></p>\n");
        for (int i = 0; i < bases.Count; i++)
        {
            html.Append("<div class=\"ql-diff-set\" data-base=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append('"').Append(i == 0 ? "" : " hidden").Append(">\n");
            foreach (var diff in WordingFinder.Diffs(top, bases[i].Id))
            {
                html.Append(new WordDiffView(diff, context.Labels, context.LinkPassages).ToHtml());
            }

            html.Append("</div>\n");
        }

        return html.Append("</div>\n").ToString();
    }

    private static string Count(int n, string noun) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}

/// <summary>A shared statement as a table row.</summary>
/// <param name="Group">The group's id.</param>
/// <param name="Quote">Its text, shortened.</param>
/// <param name="Articles">How many articles carry it.</param>
/// <param name="Sources">How many distinct sources.</param>
/// <param name="Wordings">How many distinct wordings.</param>
/// <param name="First">Who published it first and when ("date unknown" when no carrier is dated).</param>
public sealed record StatementRow(string Group, string Quote, int Articles, int Sources, int Wordings, string First);
