using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <summary>The versions of one utterance across articles. An article that split the utterance into several quotes (or also quoted a fragment of it) has several members.</summary>
/// <param name="Id">Stable id ("G01", "G02" ... in order of how widely the statement was shared, then of first appearance).</param>
/// <param name="Members">The versions, sorted by article id, then position.</param>
// Shown in notebooks as the kit's table (named by string: Grouping does not use the Views stage).
[QuoteLens.Views.Formatting.TypeFormatterSource("QuoteLens.Views.Formatting.GroupFormatterSource", PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record QuoteGroup(string Id, IReadOnlyList<Quote> Members)
{
    /// <summary>The representative text of the group: its longest version.</summary>
    public string Text => Members.OrderByDescending(m => m.Text.Length).ThenBy(m => m.ArticleId, StringComparer.Ordinal).First().Text;

    /// <summary>True when more than one article carries the utterance.</summary>
    public bool IsShared => Members.Select(m => m.ArticleId).Distinct().Count() > 1;
}
