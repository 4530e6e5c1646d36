using QuoteLens.Quotes;
using QuoteLens.Corpus;
namespace QuoteLens.Comparison.Framing;

/// <summary>
/// How each outlet frames the story: the labels it gives the actors (in its own words and inside quotes), the verbs it
/// reports speakers with, its hedges, its distinctive words and the names it spells its own way.
/// </summary>
/// <example>
/// <code>
/// var analysis = Analysis.Run("data/belgorod-2024-03");
/// var framing = analysis.Framing(); // or FramingAnalysis.Run(analysis.Corpus, analysis.Quotes)
/// foreach (var label in framing.Labels.Where(l => !l.Quoted))
///     Console.WriteLine($"{label.Outlet}: {label.Modifier} {label.Label} ×{label.Count}");
/// </code>
/// </example>
public static class FramingAnalysis
{
    /// <summary>Runs the framing analysis on the articles of <paramref name="corpus"/> and their <paramref name="quotes"/> with <paramref name="lexicon"/> (default: the bundled one).</summary>
    /// <param name="corpus">The articles.</param>
    /// <param name="quotes">The quotes found in them (words inside quotes are counted apart from the outlet's own words).</param>
    /// <param name="lexicon">The framing lexicon, or null for the bundled one.</param>
    /// <param name="options">How many examples to keep and the thresholds, or null for the defaults.</param>
    public static FramingReport Run(ArticleCorpus corpus, IReadOnlyList<Quote> quotes, FramingLexicon? lexicon = null, FramingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(quotes);
        lexicon ??= FramingLexicon.Default;
        options ??= FramingOptions.Default;
        var matchers = new FramingMatchers(lexicon);
        var byArticle = quotes.ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        var articles = corpus.Articles
            .AsParallel().AsOrdered()
            .Select(a => ArticleScanner.Scan(a, byArticle[a.Id], matchers))
            .ToList();

        return new FramingReport(
            articles.Select(f => f.Article.DisplayName).Distinct().Order(StringComparer.Ordinal).ToList(),
            CountLabels(articles, options),
            CountCandidates(articles, options),
            CountVerbs(articles, options),
            CountHedges(articles, options),
            DistinctiveTerms(articles, options),
            NameVariantFinder.Find(articles));
    }

    private static List<LabelCount> CountLabels(List<ArticleFindings> articles, FramingOptions options)
    {
        var tally = new Tally<(string Outlet, string Label, string Class, string Modifier, bool Quoted)>(options.MaxExamples);
        foreach (var a in articles)
        {
            foreach (var hit in a.Labels)
            {
                tally.Add((a.Article.DisplayName, hit.Label.Entry, hit.Label.Class, hit.Modifier, hit.Quoted), hit.Example);
            }
        }

        return tally.Entries
            .Select(e => new LabelCount(e.Key.Outlet, e.Key.Label, e.Key.Class, e.Key.Modifier, e.Key.Quoted, e.Count, e.Examples))
            .OrderBy(l => l.Outlet, StringComparer.Ordinal).ThenBy(l => l.Label, StringComparer.Ordinal)
            .ThenBy(l => l.Modifier, StringComparer.Ordinal).ThenBy(l => l.Quoted)
            .ToList();
    }

    private static List<CandidateLabel> CountCandidates(List<ArticleFindings> articles, FramingOptions options)
    {
        var tally = new Tally<string>(options.MaxExamples);
        var stems = new StemmedCounts();
        var outlets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            foreach (var hit in a.Candidates)
            {
                var stem = stems.Add(hit.Term, a.Article.Language);
                tally.Add(stem, hit.Example);
                (outlets.TryGetValue(stem, out var set) ? set : outlets[stem] = new SortedSet<string>(StringComparer.Ordinal)).Add(a.Article.DisplayName);
            }
        }

        return tally.Entries
            .Select(e => new CandidateLabel(stems.FormOf(e.Key), e.Count, outlets[e.Key].ToList(), e.Examples))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Term, StringComparer.Ordinal)
            .ToList();
    }

    private static List<AttributionVerbCount> CountVerbs(List<ArticleFindings> articles, FramingOptions options)
    {
        var tally = new Tally<(string Outlet, string Speaker, string? Side, string Verb, string Class)>(options.MaxExamples);
        foreach (var a in articles)
        {
            foreach (var hit in a.Verbs)
            {
                tally.Add((a.Article.DisplayName, hit.Speaker, hit.Side, hit.Verb.Entry, hit.Verb.Class), hit.Example);
            }
        }

        return tally.Entries
            .Select(e => new AttributionVerbCount(e.Key.Outlet, e.Key.Speaker, e.Key.Side, e.Key.Verb, e.Key.Class, e.Count, e.Examples))
            .OrderBy(v => v.Outlet, StringComparer.Ordinal).ThenBy(v => v.Side is null).ThenBy(v => v.Side, StringComparer.Ordinal)
            .ThenBy(v => v.Speaker, StringComparer.Ordinal).ThenBy(v => v.Verb, StringComparer.Ordinal)
            .ToList();
    }

    private static List<HedgeCount> CountHedges(List<ArticleFindings> articles, FramingOptions options)
    {
        var tally = new Tally<(string Outlet, string Hedge, string Class, bool Quoted)>(options.MaxExamples);
        foreach (var a in articles)
        {
            foreach (var hit in a.Hedges)
            {
                tally.Add((a.Article.DisplayName, hit.Hedge.Entry, hit.Hedge.Class, hit.Quoted), hit.Example);
            }
        }

        return tally.Entries
            .Select(e => new HedgeCount(e.Key.Outlet, e.Key.Hedge, e.Key.Class, e.Key.Quoted, e.Count, e.Examples))
            .OrderBy(h => h.Outlet, StringComparer.Ordinal).ThenBy(h => h.Hedge, StringComparer.Ordinal).ThenBy(h => h.Quoted)
            .ToList();
    }

    private static IReadOnlyList<DistinctiveTerm> DistinctiveTerms(List<ArticleFindings> articles, FramingOptions options)
    {
        var stems = new StemmedCounts();
        var byOutlet = new SortedDictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            var counts = byOutlet.TryGetValue(a.Article.DisplayName, out var c) ? c : byOutlet[a.Article.DisplayName] = new(StringComparer.Ordinal);
            foreach (var (term, n) in a.Terms)
            {
                var stem = stems.Add(term, a.Article.Language, n);
                counts[stem] = counts.GetValueOrDefault(stem) + n;
            }
        }

        return WeightedLogOdds.Compute(
                byOutlet.Select(kv => (kv.Key, (IReadOnlyDictionary<string, int>)kv.Value)).ToList(), options.PriorScale, options.TermsPerOutlet, options.MinTermCount)
            .Select(t => t with { Term = stems.FormOf(t.Term) })
            .ToList();
    }
}
