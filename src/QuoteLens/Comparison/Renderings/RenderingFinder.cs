using QuoteLens.Corpus;
using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;
using QuoteLens.Text;
using QuoteLens.Text.Languages;

namespace QuoteLens.Comparison.Renderings;

/// <summary>
/// Finds how the versions of a statement in other languages rendered its original, word by word. The original
/// language is the language of most non-English versions (or the one named); each translation is aligned
/// (<see cref="CrossLanguageBridge.AlignWords"/>, through the analysis's glossary bridge) to the original-language
/// versions, the closest first (a word or a translation word already paired is not paired again, so a stretch only one
/// version of the original carries is still found), and the renderings of each original word are gathered with the
/// articles behind them.
/// </summary>
/// <example>
/// <code>
/// var analysis = Analysis.Run("data/peskov-2024-02");
/// foreach (var group in analysis.Renderings().Where(r => r.HasOriginal))
///     foreach (var word in group.Varied)
///         Console.WriteLine($"{word.Text} → {string.Join(" / ", word.Renderings.Select(r => r.Text))}");
/// </code>
/// </example>
public static class RenderingFinder
{
    /// <summary>English particles kept with the verb before them, so that "ruled out" is one rendering.</summary>
    /// <summary>A translation is aligned to at most this many versions of the original (the closest ones), to bound the work on large groups.</summary>
    public const int MaxOriginalsPerTranslation = 8;

    private static readonly HashSet<string> EnglishParticles = new(["out", "off", "up", "down", "away", "back"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The renderings of every shared group whose versions span languages, in group order.</summary>
    /// <param name="groups">The groups (groups of one and groups in one language are passed over).</param>
    /// <param name="corpus">The corpus the groups come from (its languages break ties when the original is chosen).</param>
    /// <param name="bridge">The bridge that matches words across languages, or null (then no renderings can be found, and each result says so).</param>
    /// <param name="originalLanguage">The original's language (ISO 639-1) for every group, or null to choose per group.</param>
    public static IReadOnlyList<GroupRenderings> FindAll(IEnumerable<QuoteGroup> groups, ArticleCorpus corpus, CrossLanguageBridge? bridge, string? originalLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(corpus);
        var corpusLanguages = CorpusLanguages(corpus);
        return [.. groups.Where(g => g.IsShared && SpansLanguages(g)).Select(g => Find(g, bridge, corpusLanguages, originalLanguage))];
    }

    /// <summary>The renderings of <paramref name="group"/>; when it holds no original, an empty result saying why.</summary>
    /// <param name="group">The group.</param>
    /// <param name="corpus">The corpus the group comes from.</param>
    /// <param name="bridge">The bridge that matches words across languages, or null.</param>
    /// <param name="originalLanguage">The original's language (ISO 639-1), or null to choose by the rule above.</param>
    public static GroupRenderings Find(QuoteGroup group, ArticleCorpus corpus, CrossLanguageBridge? bridge, string? originalLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(corpus);
        return Find(group, bridge, CorpusLanguages(corpus), originalLanguage);
    }

    /// <summary>True when the versions of <paramref name="group"/> are in more than one (identified) language.</summary>
    public static bool SpansLanguages(QuoteGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Members.Select(m => m.Language).Where(l => l != OriginalLanguage.Undetermined).Distinct(StringComparer.Ordinal).Skip(1).Any();
    }

    private static GroupRenderings Find(QuoteGroup group, CrossLanguageBridge? bridge, IReadOnlyDictionary<string, int> corpusLanguages, string? asked)
    {
        var (language, explanation) = OriginalLanguage.Choose(group, corpusLanguages, asked);
        if (language is null)
        {
            return new GroupRenderings(group.Id, null, explanation, [], [], []);
        }

        if (bridge is null)
        {
            return new GroupRenderings(group.Id, null, "No glossary bridge was loaded (AnalysisOptions.Bridge is null): words cannot be matched across languages.", [], [], []);
        }

        var originals = group.Members.Where(m => m.Language == language)
            .OrderBy(m => m.Kind == QuoteKind.Full ? 0 : 1).ThenByDescending(m => m.Text.Length)
            .ThenBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Start)
            .ToList();
        var translations = group.Members.Where(m => m.Language != language && m.Language != OriginalLanguage.Undetermined).ToList();
        var texts = originals.Select(o => o.Text).Distinct(StringComparer.Ordinal).ToList();
        var words = texts.Select(t => Words(t, language)).ToList();
        var sightings = new List<Sighting>();
        var faced = new List<(string ArticleId, HashSet<string> Stems)>();
        foreach (var translation in translations)
        {
            var stems = new HashSet<string>(StringComparer.Ordinal);
            var paired = new HashSet<string>(StringComparer.Ordinal);
            var usedTargets = new HashSet<int>();
            foreach (int original in ByLikeness(bridge, texts, language, translation))
            {
                var pairs = bridge.AlignWords(texts[original], language, translation.Text, translation.Language);
                if (pairs.Count == 0)
                {
                    continue;
                }

                // The translation is held to the stretch of the original it renders: a fragment is not faulted for the rest.
                var (first, last) = (pairs.Min(c => c.SourceStart), pairs.Max(c => c.SourceStart));
                stems.UnionWith(words[original].Where(w => w.Start >= first && w.Start <= last).Select(w => w.Stem));
                foreach (var c in pairs)
                {
                    var key = Normalizer.StemForMatching(c.SourceText, language);
                    if (!paired.Contains(key) && usedTargets.Add(c.TargetStart))
                    {
                        paired.Add(key);
                        sightings.Add(new Sighting(key, c.SourceText, original, c.SourceStart, translation.ArticleId, translation.Language, RenderingText(translation, c)));
                    }
                }
            }

            faced.Add((translation.ArticleId, stems));
        }

        var rendered = sightings.GroupBy(s => s.SourceKey, StringComparer.Ordinal)
            .OrderBy(g => g.Min(s => (s.Original, s.SourceStart)))
            .Select(g => new SourceWord(
                MostCommon(g.Select(s => s.SourceText)),
                language,
                Renderings(g),
                Unrendered(faced.Where(f => f.Stems.Contains(g.Key)).Select(f => f.ArticleId), g)))
            .ToList();
        return new GroupRenderings(group.Id, language, explanation, originals, translations, rendered);
    }

    private static List<Rendering> Renderings(IEnumerable<Sighting> sightings) =>
        [.. sightings.GroupBy(s => (s.Language, Key: Normalizer.ForMatching(s.Rendering, s.Language)))
            .Select(g => new Rendering(MostCommon(g.Select(s => s.Rendering)), g.Key.Language, ArticleIds(g.Select(s => s.ArticleId))))
            .OrderByDescending(r => r.ArticleIds.Count).ThenBy(r => r.Text, StringComparer.Ordinal).ThenBy(r => r.Language, StringComparer.Ordinal)];

    private static List<string> Unrendered(IEnumerable<string> facing, IEnumerable<Sighting> sightings)
    {
        var rendered = sightings.Select(s => s.ArticleId).ToHashSet(StringComparer.Ordinal);
        return ArticleIds(facing.Where(id => !rendered.Contains(id)));
    }

    private static List<string> ArticleIds(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The spelling used most often; ties go to the first in ordinal order.</summary>
    private static string MostCommon(IEnumerable<string> spellings) =>
        spellings.GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    /// <summary>
    /// The original-language texts that share words with <paramref name="translation"/>, the closest first (the fullest on a
    /// tie), at most <see cref="MaxOriginalsPerTranslation"/>.
    /// </summary>
    private static IEnumerable<int> ByLikeness(CrossLanguageBridge bridge, List<string> texts, string language, Quote translation) =>
        texts.Count == 1
            ? [0]
            : texts.Select((text, i) => (i, Score: bridge.Similarity(text, language, translation.Text, translation.Language)))
                .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ThenBy(x => x.i).Take(MaxOriginalsPerTranslation).Select(x => x.i);

    /// <summary>The rendering as written; in English with the particle that follows the word ("ruled" + "out").</summary>
    private static string RenderingText(Quote translation, Correspondence c)
    {
        var text = translation.Text;
        if (translation.Language != OriginalLanguage.English)
        {
            return c.TargetText;
        }

        int start = c.TargetEnd;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return start > c.TargetEnd && EnglishParticles.Contains(text[start..end]) ? text[c.TargetStart..end] : c.TargetText;
    }

    private static List<(int Start, string Stem)> Words(string text, string language) =>
        [.. Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).Select(t => (t.Start, Normalizer.StemForMatching(t.Text, language)))];

    private static Dictionary<string, int> CorpusLanguages(ArticleCorpus corpus) =>
        corpus.Articles.GroupBy(a => a.Language, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>One original word met in one translation.</summary>
    private sealed record Sighting(string SourceKey, string SourceText, int Original, int SourceStart, string ArticleId, string Language, string Rendering);
}
