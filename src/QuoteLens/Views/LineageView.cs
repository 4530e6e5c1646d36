using System.Globalization;
using System.Text;
using QuoteLens.Comparison;

namespace QuoteLens.Views;

/// <summary>Where one wording came from, as a table row.</summary>
/// <param name="Group">The group.</param>
/// <param name="Wording">The wording's id.</param>
/// <param name="Text">The wording.</param>
/// <param name="Origin">"first version" for the wording of the statement's first dated version, "new wording" for one someone printed later (a translation or an edit), "dates unknown".</param>
/// <param name="FirstSource">The first dated source to print it, empty when none is dated.</param>
/// <param name="FirstPublished">When that source published it ("2024-03-15T08:30:00Z", or a day), empty when unknown.</param>
/// <param name="Followers">How many dated sources printed it after the first.</param>
/// <param name="FollowedBy">The first of them, in order of publication, separated by "; ".</param>
/// <param name="Undated">How many carriers have no date.</param>
/// <param name="Note">A caveat, or empty.</param>
public sealed record LineageRow(string Group, string Wording, string Text, string Origin, string FirstSource, string FirstPublished, int Followers, string FollowedBy, int Undated, string Note);

/// <summary>
/// The lineage of a statement's wordings: who printed each first, and who printed it after them. A "new wording" that
/// others then print is a translation or an edit one source made and others copied (The Moscow Times' "assassins"
/// reprinted by an aggregator). Where dates are missing the table says so instead of guessing.
/// </summary>
/// <param name="timeline">The statement's timeline.</param>
/// <param name="labels">The names of the sources.</param>
/// <param name="maxFollowers">How many followers each row names.</param>
[QuoteLens.IO.TypeFormatterSource(typeof(Formatting.ViewFormatterSource), PreferredMimeTypes = [Formatting.KitMimeTypes.Html, Formatting.KitMimeTypes.Plain])]
public sealed class LineageView(StatementTimeline timeline, SourceLabels labels, int maxFollowers = 6) : ITabularView
{
    /// <summary>The timeline shown.</summary>
    public StatementTimeline Timeline { get; } = timeline;

    /// <summary>One row per wording, in the order of the wordings.</summary>
    public IEnumerable<LineageRow> Rows() => Timeline.Lineage.Select(l => new LineageRow(
        Timeline.GroupId,
        l.Wording.Id,
        l.Wording.Text,
        l.FirstArticleId is null ? "dates unknown" : l.IsOriginal ? "first version" : "new wording",
        l.FirstArticleId is null ? "" : labels[l.FirstArticleId],
        l.First?.ToString() ?? "",
        l.Followers.Count,
        string.Join("; ", l.Followers.Take(maxFollowers).Select(id => labels[id])) + (l.Followers.Count > maxFollowers ? "; …" : ""),
        l.Undated,
        l.Note ?? ""));

    /// <summary>The rows as CSV.</summary>
    public string ToCsv() => Csv.WriteRecords(Rows());

    /// <summary>A sentence naming the first publisher, then the lineage table.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder("<p class=\"ql-first\">");
        if (Timeline.First is { } first)
        {
            html.Append("First published by <strong>").Append(Html.Encode(labels[first.ArticleId])).Append("</strong>, ")
                .Append(Html.Encode(first.Published!.Value.ToString())).Append(", in wording ").Append(Html.Encode(first.WordingId)).Append('.');
            if (!Timeline.HasTimes)
            {
                html.Append(" Some articles give only the day, not the time: their order within a day is not known.");
            }
        }
        else
        {
            html.Append("None of the articles carrying this statement is dated: who published it first is not known.");
        }

        if (Timeline.Undated > 0 && Timeline.First is not null)
        {
            html.Append(' ').Append(Timeline.Undated.ToString("N0", CultureInfo.InvariantCulture)).Append(" of ")
                .Append(Timeline.Entries.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" articles have no date and are left out of the order.");
        }

        html.Append("</p>\n<table class=\"ql-lineage\">\n<caption>").Append(Html.Encode($"Where each wording of {Timeline.GroupId} came from"))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Wording</th><th scope=\"col\">Origin</th><th scope=\"col\">First printed by</th><th scope=\"col\">When</th><th scope=\"col\">Then printed by</th><th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
        foreach (var row in Rows())
        {
            html.Append("<tr data-wording=\"").Append(Html.Encode(row.Wording)).Append("\"><th scope=\"row\">").Append(Html.Encode(row.Wording)).Append("</th><td>")
                .Append(Html.Encode(row.Origin)).Append("</td><td>").Append(Html.Encode(row.FirstSource)).Append("</td><td>").Append(Html.Encode(row.FirstPublished))
                .Append("</td><td>").Append(Html.Encode(row.Followers.ToString("N0", CultureInfo.InvariantCulture) + (row.Followers == 1 ? " source" : " sources")))
                .Append(row.Followers > 0 ? ": " + Html.Encode(row.FollowedBy) : "")
                .Append(row.Undated > 0 ? Html.Encode(" (and " + row.Undated.ToString("N0", CultureInfo.InvariantCulture) + " undated)") : "")
                .Append("</td><td>").Append(Html.Encode(row.Note)).Append("</td></tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }
}
