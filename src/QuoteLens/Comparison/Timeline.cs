using System.Globalization;
using QuoteLens.Corpus;

namespace QuoteLens.Comparison;

/// <summary>When an article was published: an instant when its metadata gives a time, else only a day.</summary>
/// <param name="Instant">The moment (UTC); midnight UTC of the day when only the day is known.</param>
/// <param name="HasTime">True when the metadata gives a time of day.</param>
public readonly record struct PublicationTime(DateTimeOffset Instant, bool HasTime) : IComparable<PublicationTime>
{
    /// <summary>The day.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Instant.UtcDateTime);

    /// <summary>
    /// What orders publications: the instant when the time is known, else the last moment of the day, so that an article
    /// that gives only its day is never claimed to have come before one that gives a time on that day (the lineage notes
    /// that such an order within the day is not known).
    /// </summary>
    public DateTimeOffset SortKey => HasTime ? Instant : Instant.AddDays(1).AddTicks(-1);

    /// <summary>Earlier first, by <see cref="SortKey"/>.</summary>
    public int CompareTo(PublicationTime other) => SortKey.CompareTo(other.SortKey);

    /// <summary>"2024-03-15T08:30:00Z" when the time is known, "2024-03-15" otherwise (invariant, the same on every machine).</summary>
    public override string ToString() => HasTime
        ? Instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        : Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The publication time of <paramref name="article"/>: the metadata's <c>published</c> (or <c>date</c>) field when it
    /// holds an ISO 8601 date and time (an offset is honoured, none means UTC), else <see cref="Article.Published"/> as
    /// a day, else null (no date: nothing is guessed).
    /// </summary>
    public static PublicationTime? Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var field in new[] { "published", "date" })
        {
            if (article.Metadata.TryGetValue(field, out var raw) && raw.Trim() is { Length: > 10 } text && (text[10] == 'T' || text[10] == ' ')
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            {
                return new PublicationTime(instant.ToUniversalTime(), HasTime: true);
            }
        }

        return article.Published is { } day ? new PublicationTime(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), HasTime: false) : null;
    }
}

/// <summary>One article carrying a statement, in the order of publication.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Published">When it was published, or null when the article has no date.</param>
/// <param name="WordingId">The wording it printed (<see cref="Wording.Id"/>).</param>
/// <param name="Introduced">True for the first dated article to print this wording: no one before it printed these words.</param>
public sealed record TimelineEntry(string ArticleId, PublicationTime? Published, string WordingId, bool Introduced);

/// <summary>Where a wording came from: who printed it first and who printed it after them.</summary>
/// <param name="Wording">The wording.</param>
/// <param name="FirstArticleId">The first dated article to print it, or null when none of its carriers is dated.</param>
/// <param name="First">When that article was published.</param>
/// <param name="IsOriginal">True for the wording of the statement's first dated version (the others came later: a translation or an edit someone made, and those who copied it).</param>
/// <param name="Followers">The other dated carriers, in order of publication.</param>
/// <param name="Undated">How many carriers have no date (left out of the order, not guessed).</param>
/// <param name="Note">A caveat in plain words (the first day is shared by articles without a time ...), or null.</param>
public sealed record LineageEntry(Wording Wording, string? FirstArticleId, PublicationTime? First, bool IsOriginal, IReadOnlyList<string> Followers, int Undated, string? Note);

/// <summary>Who published a statement first, who followed in what order, and where each wording came from.</summary>
/// <param name="Wordings">The statement's wordings.</param>
/// <param name="Entries">Every carrying article, dated ones in order of publication (ties by article id), then the undated by article id.</param>
/// <param name="Lineage">One entry per wording, in the order of <see cref="GroupWordings.Wordings"/>.</param>
public sealed record StatementTimeline(GroupWordings Wordings, IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<LineageEntry> Lineage)
{
    /// <summary>The group's id.</summary>
    public string GroupId => Wordings.Group.Id;

    /// <summary>The earliest dated carrier, or null when no carrier is dated.</summary>
    public TimelineEntry? First => Entries.FirstOrDefault(e => e.Published is not null);

    /// <summary>How many carriers have no date.</summary>
    public int Undated => Entries.Count(e => e.Published is null);

    /// <summary>True when every dated carrier gives a time of day, so the order within a day is known.</summary>
    public bool HasTimes => Entries.Any(e => e.Published is not null) && Entries.All(e => e.Published is not { HasTime: false });
}

/// <summary>Builds the timeline and the lineage of wordings of a statement from its articles' publication times.</summary>
public static class TimelineBuilder
{
    /// <summary>The timeline of <paramref name="wordings"/>; <paramref name="published"/> gives each article's publication time (null when unknown).</summary>
    public static StatementTimeline Build(GroupWordings wordings, Func<string, PublicationTime?> published)
    {
        ArgumentNullException.ThrowIfNull(wordings);
        ArgumentNullException.ThrowIfNull(published);
        var carriers = wordings.Wordings
            .SelectMany(w => w.ArticleIds.Select(id => (ArticleId: id, Wording: w.Id, Published: published(id))))
            .ToList();
        var ordered = carriers.Where(c => c.Published is not null)
            .OrderBy(c => c.Published!.Value.SortKey).ThenBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Wording, StringComparer.Ordinal)
            .Concat(carriers.Where(c => c.Published is null).OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Wording, StringComparer.Ordinal))
            .ToList();
        var introduced = new HashSet<string>(StringComparer.Ordinal);
        var entries = ordered.Select(c => new TimelineEntry(c.ArticleId, c.Published, c.Wording, c.Published is not null && introduced.Add(c.Wording))).ToList();
        var firstWording = entries.FirstOrDefault(e => e.Published is not null)?.WordingId;
        var lineage = wordings.Wordings.Select(w =>
        {
            var dated = entries.Where(e => e.WordingId == w.Id && e.Published is not null).ToList();
            int undated = entries.Count(e => e.WordingId == w.Id && e.Published is null);
            if (dated.Count == 0)
            {
                return new LineageEntry(w, null, null, false, [], undated, "none of the articles that print it is dated: who printed it first is not known");
            }

            var first = dated[0];
            var day = first.Published!.Value.Day;
            string? note = null;
            var sameDay = entries.Where(e => e.Published is { } p && p.Day == day && e.ArticleId != first.ArticleId).ToList();
            if (sameDay.Count > 0 && (!first.Published.Value.HasTime || sameDay.Any(e => !e.Published!.Value.HasTime)))
            {
                note = "other articles carrying the statement appeared the same day without a time: the order within that day is not known";
            }

            return new LineageEntry(w, first.ArticleId, first.Published, w.Id == firstWording, dated.Skip(1).Select(e => e.ArticleId).ToList(), undated, note);
        }).ToList();
        return new StatementTimeline(wordings, entries, lineage);
    }
}
