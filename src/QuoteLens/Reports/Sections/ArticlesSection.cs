using System.Globalization;
using System.Text;
using QuoteLens.Corpus;
using QuoteLens.Quotes;
using QuoteLens.Views;

namespace QuoteLens.Reports.Sections;

/// <summary>
/// The appendix: each article's kept paragraphs with its quotes highlighted, each quote carrying the
/// anchor (<see cref="Anchors.Quote"/>) the other sections link to, so a reader can check every version in context.
/// </summary>
public sealed class ArticlesSection : IReportSection
{
    /// <inheritdoc/>
    public string Id => "articles";

    /// <inheritdoc/>
    public string Title => "The articles, quotes highlighted";

    /// <inheritdoc/>
    public string? Render(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var articles = context.Analysis.Corpus.Articles;
        var html = new StringBuilder();
        switch (context.Appendix)
        {
            case ReportAppendix.None:
                return null;
            case ReportAppendix.Shared:
                var linked = Linked(context);
                html.Append("<p class=\"ql-note\">")
                    .Append(Html.Encode($"The {linked.Count.ToString("N0", CultureInfo.InvariantCulture)} of {articles.Count.ToString("N0", CultureInfo.InvariantCulture)} articles whose passages the report links to: the first to print each wording shown and each statement's first publisher (quotelens report --appendix all shows every article)."))
                    .Append("</p>\n");
                articles = articles.Where(a => linked.Contains(a.Id)).ToList();
                break;
        }

        var wanted = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        // Group members can be pieces of a found quote (one sentence of it): they need anchors too.
        var quotes = context.Analysis.Quotes.Where(q => wanted.Contains(q.ArticleId))
            .Concat(context.Analysis.Groups.SelectMany(g => g.Members).Where(q => wanted.Contains(q.ArticleId)))
            .DistinctBy(q => q.Id, StringComparer.Ordinal)
            .ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            html.Append("<article class=\"ql-article\" id=\"").Append(Anchors.Article(article.Id)).Append("\">\n<h3>")
                .Append(Html.Encode(context.Labels[article.Id])).Append("</h3>\n<p class=\"ql-note\">")
                .Append(Html.Encode(article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "date unknown")).Append(", language ")
                .Append(Html.Encode(article.Language)).Append(", ").Append(article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture)).Append(" paragraphs</p>\n");
            Paragraphs(html, article, quotes[article.Id].OrderBy(q => q.Start).ThenBy(q => q.Id, StringComparer.Ordinal).ToList());
            html.Append("</article>\n");
        }

        return html.ToString();
    }

    /// <summary>The articles the report links to: each shown wording's representative and each shown statement's first publisher.</summary>
    internal static IReadOnlyCollection<string> Linked(ReportContext context) => LinkedInOrder(context).ToHashSet(StringComparer.Ordinal);

    /// <summary>The linked articles in the order the report first names them (statement by statement, wording by wording), each once.</summary>
    internal static List<string> LinkedInOrder(ReportContext context)
    {
        var linked = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shown in SharedQuotesSection.Shown(context))
        {
            var all = context.Analysis.Wordings(shown.Group);
            foreach (var wording in all.Wordings.Take(SharedQuotesSection.MaxListedWordings))
            {
                if (seen.Add(wording.Representative.ArticleId))
                {
                    linked.Add(wording.Representative.ArticleId);
                }
            }

            if (context.Analysis.Timeline(shown.Group).First is { } first && seen.Add(first.ArticleId))
            {
                linked.Add(first.ArticleId);
            }
        }

        return linked;
    }

    private static void Paragraphs(StringBuilder html, Article article, List<Quote> quotes)
    {
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        var attributes = Html.TextAttributes(article.Language);
        int first = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            while (first < quotes.Count && quotes[first].End <= paragraph.Start)
            {
                first++;
            }

            // Points where markup goes: a mark closes (0) before one opens (1) at the same place; anchors (2) go inside the mark.
            var points = new List<(int Offset, int Order, string Markup)>();
            int openStart = -1, openEnd = -1;
            for (int i = first; i < quotes.Count && quotes[i].Start < paragraph.End; i++)
            {
                var quote = quotes[i];
                if (quote.End <= paragraph.Start)
                {
                    continue;
                }

                int start = Math.Max(quote.Start, paragraph.Start), end = Math.Min(quote.End, paragraph.End);
                if (anchored.Add(quote.Id))
                {
                    points.Add((start, 2, $"<span class=\"ql-anchor\" id=\"{Anchors.Quote(quote)}\"></span>"));
                }

                if (start > openEnd)
                {
                    AddMark(points, openStart, openEnd);
                    openStart = start;
                }

                openEnd = Math.Max(openEnd, end);
            }

            AddMark(points, openStart, openEnd);
            html.Append("<p").Append(attributes).Append('>');
            int pos = paragraph.Start;
            foreach (var (offset, _, markup) in points.OrderBy(p => p.Offset).ThenBy(p => p.Order))
            {
                html.Append(Html.Encode(article.Text[pos..offset])).Append(markup);
                pos = offset;
            }

            html.Append(Html.Encode(article.Text[pos..paragraph.End])).Append("</p>\n");
        }

        foreach (var quote in quotes.Where(q => !anchored.Contains(q.Id)))
        {
            html.Append("<p class=\"ql-outside\">Quoted outside the story text that cleaning kept: <mark id=\"").Append(Anchors.Quote(quote)).Append('"')
                .Append(attributes).Append('>').Append(Html.Encode(quote.Text)).Append("</mark></p>\n");
        }
    }

    private static void AddMark(List<(int Offset, int Order, string Markup)> points, int start, int end)
    {
        if (start >= 0 && end > start)
        {
            points.Add((start, 1, "<mark>"));
            points.Add((end, 0, "</mark>"));
        }
    }
}
