using System.Text.RegularExpressions;
using QuoteLens.Grouping;
using QuoteLens.Benchmarks.Evaluation;
using QuoteLens.Comparison.Renderings;

namespace QuoteLens.Tests.Renderings;

/// <summary>The two cross-language corpora, analysed once for the renderings tests.</summary>
public sealed class RenderingsFixture
{
    private readonly Lazy<Analysis> _peskov = new(() => Analysis.Run(TestPaths.Data("peskov-2024-02")));
    private readonly Lazy<Analysis> _macron = new(() => Analysis.Run(TestPaths.Data("macron-2024-02")));

    public Analysis Peskov => _peskov.Value;

    public Analysis Macron => _macron.Value;

    /// <summary>The renderings of the group holding the Russian original of "не о вероятности, а о неизбежности" (D01).</summary>
    public GroupRenderings Inevitability => Peskov.Renderings(InevitabilityGroup);

    public QuoteGroup InevitabilityGroup => Peskov.Groups.Single(g => g.Members.Any(m => m.ArticleId.StartsWith("D01", StringComparison.Ordinal) && m.Text.Contains("о неизбежности", StringComparison.Ordinal)));

    /// <summary>The articles whose versions of <paramref name="unit"/> in the answer key hold <paramref name="word"/> as a whole word.</summary>
    public static HashSet<string> ArticlesWriting(string corpus, string unit, string word) =>
        Gold(corpus).Where(e => e.UnitId == unit && Regex.IsMatch(e.ExactSpan, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase))
            .Select(e => Path.GetFileNameWithoutExtension(e.File)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A group made of the quotes the answer key names as versions of <paramref name="unit"/> (independent of the grouping).</summary>
    public static QuoteGroup GoldGroup(Analysis analysis, string corpus, string unit)
    {
        var entries = Gold(corpus).Where(e => e.UnitId == unit).ToList();
        var members = analysis.Quotes.Where(q => entries.Any(e => Path.GetFileNameWithoutExtension(e.File) == q.ArticleId
                && (e.ExactSpan.Contains(q.Text.Trim(' ', ',', '.'), StringComparison.Ordinal) || q.Text.Contains(e.ExactSpan, StringComparison.Ordinal))))
            .OrderBy(q => q.ArticleId, StringComparer.Ordinal).ThenBy(q => q.Start)
            .ToList();
        return new QuoteGroup(unit, members);
    }

    private static IReadOnlyList<AnswerKeyEntry> Gold(string corpus) => AnswerKey.Load(TestPaths.Data(corpus, "gold.tsv"));
}
