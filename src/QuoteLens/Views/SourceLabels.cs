using QuoteLens.Corpus;

namespace QuoteLens.Views;

/// <summary>
/// The name each view shows for an article: its outlet (or file when the outlet is unknown), made
/// unique by adding the article id when two articles share a name. In a blind report the corpus is
/// masked first, so these names are "Source A", "Source B" ...
/// </summary>
public sealed class SourceLabels
{
    private readonly Dictionary<string, string> _labels;
    private readonly Dictionary<string, int> _positions;

    private SourceLabels(Dictionary<string, string> labels, IReadOnlyList<string> order)
    {
        _labels = labels;
        ArticleIds = order;
        _positions = order.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The article ids in the order views list them (the corpus order).</summary>
    public IReadOnlyList<string> ArticleIds { get; }

    /// <summary>The label of an article; the id itself for an article not in the corpus.</summary>
    public string this[string articleId] => _labels.TryGetValue(articleId, out var label) ? label : articleId;

    /// <summary>Where an article stands in <see cref="ArticleIds"/>; after all of them when it is not in the corpus.</summary>
    public int Position(string articleId) => _positions.TryGetValue(articleId, out var i) ? i : int.MaxValue;

    /// <summary>Labels for every article of <paramref name="corpus"/>.</summary>
    public static SourceLabels For(ArticleCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var shared = corpus.Articles.GroupBy(a => a.DisplayName, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var labels = corpus.Articles.ToDictionary(
            a => a.Id,
            a => shared.Contains(a.DisplayName) ? $"{a.DisplayName} ({a.Id})" : a.DisplayName,
            StringComparer.Ordinal);
        return new SourceLabels(labels, corpus.Articles.Select(a => a.Id).ToList());
    }
}
