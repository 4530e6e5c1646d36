using System.Runtime.InteropServices;
using System.Text;
using QuoteLens.Alignment;
using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Comparison;

/// <summary>
/// One distinct wording of a statement: the versions that read word for word the same once case, punctuation and
/// quote marks are set aside, and the articles that carry it.
/// </summary>
/// <param name="Id">"W1", "W2" … in the order of <see cref="GroupWordings.Wordings"/> (zero-padded when there are ten or more).</param>
/// <param name="Text">The wording as most of its versions write it (the first such by ordinal order on a tie).</param>
/// <param name="Key">What the versions share: their words, lower-cased and normalised, separated by spaces.</param>
/// <param name="Versions">The versions with this wording, sorted by article id, then position.</param>
/// <param name="ArticleIds">The articles that carry it, sorted (ordinal).</param>
public sealed record Wording(string Id, string Text, string Key, IReadOnlyList<Quote> Versions, IReadOnlyList<string> ArticleIds)
{
    /// <summary>How many articles carry this wording.</summary>
    public int Count => ArticleIds.Count;

    /// <summary>The version that stands for the wording in alignments and diffs: its first version whose text is <see cref="Text"/>.</summary>
    public Quote Representative => Versions.First(v => string.Equals(v.Text, Text, StringComparison.Ordinal));
}

/// <summary>The wordings of one group, most carried first.</summary>
/// <param name="Group">The group.</param>
/// <param name="Wordings">Its distinct wordings: most articles first, then the longer, then by text (ordinal).</param>
public sealed record GroupWordings(QuoteGroup Group, IReadOnlyList<Wording> Wordings)
{
    /// <summary>The number of articles that carry the group.</summary>
    public int ArticleCount => Wordings.SelectMany(w => w.ArticleIds).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The wording with id <paramref name="wordingId"/>, or null.</summary>
    public Wording? this[string wordingId] => Wordings.FirstOrDefault(w => string.Equals(w.Id, wordingId, StringComparison.Ordinal));

    /// <summary>
    /// A group with one member per wording (its representative, whose article id is the wording's id), so that
    /// alignment, diffs and variations cost what the few wordings cost, however many copies there are.
    /// </summary>
    public QuoteGroup AsGroup() => new(Group.Id, Wordings.Select(w => w.Representative with { ArticleId = w.Id }).ToList());
}

/// <summary>
/// Collapses the versions of a group into distinct wordings, and compares wordings instead of copies: the alignment
/// of the wordings, their word diffs, and the variations with each reading weighted by every article behind it.
/// </summary>
public static class WordingFinder
{
    /// <summary>The distinct wordings of <paramref name="group"/>, most carried first.</summary>
    public static GroupWordings Find(QuoteGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var byKey = new Dictionary<string, List<Quote>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var member in group.Members.OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Start))
        {
            var key = Key(member.Text);
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(byKey, key, out bool exists);
            if (!exists)
            {
                list = [];
                order.Add(key);
            }

            list!.Add(member);
        }

        var found = order.Select(key =>
        {
            var versions = byKey[key];
            var text = versions.GroupBy(v => v.Text, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var articles = versions.Select(v => v.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return (Key: key, Text: text, Versions: versions, Articles: articles);
        })
        .OrderByDescending(w => w.Articles.Count)
        .ThenByDescending(w => w.Key.Length)
        .ThenBy(w => w.Key, StringComparer.Ordinal)
        .ToList();
        int digits = found.Count >= 10 ? found.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length : 1;
        var wordings = found.Select((w, i) => new Wording(
            "W" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0'),
            w.Text, w.Key, w.Versions, w.Articles)).ToList();
        return new GroupWordings(group, wordings);
    }

    /// <summary>What makes two versions one wording: their words (and numbers), normalised and lower-cased, separated by spaces; punctuation and quote marks left out.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new StringBuilder(text.Length);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (!token.IsContent)
            {
                continue;
            }

            if (key.Length > 0)
            {
                key.Append(' ');
            }

            key.Append(token.Norm.ToLowerInvariant());
        }

        return key.ToString();
    }

    /// <summary>The alignment of the wordings: one row per wording (the row's member has the wording's id as its article id).</summary>
    public static AlignmentTable Align(GroupWordings wordings) => Align(wordings, null);

    /// <summary>
    /// The alignment of the wordings, a wording in another language placed under the words it renders through
    /// <paramref name="bridge"/> (<see cref="MultiAligner.Align(QuoteGroup, CrossLanguageBridge?)"/>).
    /// </summary>
    /// <param name="wordings">The wordings.</param>
    /// <param name="bridge">The bridge that pairs words across languages, or null.</param>
    public static AlignmentTable Align(GroupWordings wordings, CrossLanguageBridge? bridge)
    {
        ArgumentNullException.ThrowIfNull(wordings);
        return MultiAligner.Align(wordings.AsGroup(), bridge);
    }

    /// <summary>The word diff of every other wording against <paramref name="baseWordingId"/> (the most carried wording when null).</summary>
    public static IReadOnlyList<WordDiff> Diffs(GroupWordings wordings, string? baseWordingId = null)
    {
        ArgumentNullException.ThrowIfNull(wordings);
        var members = wordings.AsGroup().Members;
        var baseVersion = members.FirstOrDefault(m => m.ArticleId == baseWordingId) ?? members[0];
        return members.Where(m => m != baseVersion).Select(m => WordDiffer.Diff(baseVersion, m)).ToList();
    }

    /// <summary>
    /// Where the wordings differ (from the alignment <paramref name="table"/> of <see cref="Align(GroupWordings, CrossLanguageBridge?)"/>), each reading
    /// with every article that carries a wording with that reading, most carried first.
    /// </summary>
    public static IReadOnlyList<Variation> Variations(GroupWordings wordings, AlignmentTable table)
    {
        ArgumentNullException.ThrowIfNull(wordings);
        var carriers = wordings.Wordings.ToDictionary(w => w.Id, w => w.ArticleIds, StringComparer.Ordinal);
        return WordDiffer.Variations(table)
            .Select(v => v with
            {
                Readings = v.Readings
                    .Select(r => new Reading(r.Text, r.ArticleIds.SelectMany(id => carriers[id]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
                    .OrderByDescending(r => r.ArticleIds.Count).ThenBy(r => r.Text, StringComparer.Ordinal)
                    .ToList(),
            })
            .ToList();
    }
}
