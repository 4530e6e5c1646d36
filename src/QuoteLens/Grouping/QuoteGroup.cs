using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <summary>
/// The versions of one utterance across articles, the fragments quoted from it, and the evidence that joined them. An
/// article that split the utterance into several quotes has several members. Fragments (a one-word "forced", a
/// scare-quoted “military positions”) are attached to the statement they come from but are not versions: alignment,
/// diffs, similarity and counts see <see cref="Members"/> only.
/// </summary>
// Shown in notebooks as the kit's table (named by string: Grouping does not use the Views stage).
[QuoteLens.IO.TypeFormatterSource("QuoteLens.Views.Formatting.GroupFormatterSource", PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record QuoteGroup
{
    private readonly IReadOnlyList<Quote> _members = [];

    /// <param name="id">Stable id ("G01", "G02" ... in order of how widely the statement was shared, then of first appearance).</param>
    /// <param name="members">The versions, sorted by article id, then position; at least one.</param>
    /// <param name="fragments">The fragments attached to the statement, sorted by article id, then position (none when null).</param>
    /// <param name="links">Why the members and fragments are in the group, one link per quote that joined it (none when null).</param>
    public QuoteGroup(string id, IReadOnlyList<Quote> members, IReadOnlyList<Quote>? fragments = null, IReadOnlyList<GroupLink>? links = null)
    {
        Id = id;
        Members = members;
        Fragments = fragments ?? [];
        Links = links ?? [];
    }

    /// <summary>Stable id ("G01", "G02" ... in order of how widely the statement was shared, then of first appearance).</summary>
    public string Id { get; init; }

    /// <summary>The versions, sorted by article id, then position. Fragments are not among them.</summary>
    public IReadOnlyList<Quote> Members
    {
        get => _members;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count == 0)
            {
                throw new ArgumentException("A group has at least one version.", nameof(value));
            }

            _members = value;
            Text = Longest(value).Text;
            IsShared = false;
            for (int i = 1; i < value.Count && !IsShared; i++)
            {
                IsShared = value[i].ArticleId != value[0].ArticleId;
            }
        }
    }

    /// <summary>
    /// The longest version (then the first by article id, ordinal, then by position; the first given of equals): what
    /// ordering the members so and taking the first gives, in one pass.
    /// </summary>
    private static Quote Longest(IReadOnlyList<Quote> members)
    {
        var best = members[0];
        for (int i = 1; i < members.Count; i++)
        {
            var m = members[i];
            int order = best.Text.Length != m.Text.Length ? m.Text.Length.CompareTo(best.Text.Length)
                : string.CompareOrdinal(best.ArticleId, m.ArticleId) is var byArticle and not 0 ? byArticle
                : best.Start.CompareTo(m.Start);
            if (order > 0)
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>Fragments quoted from the statement (partial and scare quotes too short to be versions), sorted by article id, then position.</summary>
    public IReadOnlyList<Quote> Fragments { get; init; }

    /// <summary>
    /// Why the group holds what it holds: for every member but the first to join and every fragment, the link that brought
    /// it in and its evidence. Links form a tree over the group's quotes, so a reader can follow each one back.
    /// </summary>
    public IReadOnlyList<GroupLink> Links { get; init; }

    /// <summary>The representative text of the group: its longest version (computed once).</summary>
    public string Text { get; private init; } = "";

    /// <summary>True when versions from more than one article carry the utterance (fragments do not count; computed once).</summary>
    public bool IsShared { get; private init; }
}

/// <summary>Why two quotes of a group were joined.</summary>
/// <param name="From">The id of one quote (a member, or for a fragment the member it was found in).</param>
/// <param name="To">The id of the other quote (a member or a fragment).</param>
/// <param name="Evidence">What joined them, as a reader can check it: "identical text", "shared keys 7/8", "identical text; context: shares G03", "identical text; context: speaker Peskov", "fragment of", "cross-language keys 4/5".</param>
public sealed record GroupLink(string From, string To, string Evidence);
