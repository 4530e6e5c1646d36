using System.Globalization;
using QuoteLens.Grouping;

namespace QuoteLens.Comparison.Renderings;

/// <summary>
/// Which language of a group is the original's. English is the language news is most often translated into,
/// so the original is taken to be the language of most non-English versions (counted by source); on a tie, the
/// non-English language most articles of the corpus are written in, then the first by code. The caller may name it.
/// </summary>
internal static class OriginalLanguage
{
    public const string English = "en";
    public const string Undetermined = "und";

    /// <summary>The original language of <paramref name="group"/> (null when there is none) and a sentence saying why.</summary>
    public static (string? Language, string Explanation) Choose(QuoteGroup group, IReadOnlyDictionary<string, int> corpusArticles, string? asked)
    {
        var sources = group.Members.Where(m => m.Language != Undetermined)
            .GroupBy(m => m.Language, StringComparer.Ordinal)
            .Select(g => (Language: g.Key, Sources: g.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(l => l.Sources).ThenBy(l => l.Language, StringComparer.Ordinal)
            .ToList();
        if (sources.Count < 2)
        {
            var only = sources.Count == 1 ? sources[0].Language : Undetermined;
            return (null, $"All versions are in one language ({only}): the original, if it was said in another language, is not in the corpus.");
        }

        if (asked is not null)
        {
            return sources.Any(l => l.Language == asked)
                ? (asked, $"The original is taken to be in {asked}, as asked.")
                : (null, $"No version is in {asked}, the language asked for: the original is not in the corpus.");
        }

        var candidates = sources.Where(l => l.Language != English).ToList();
        if (candidates.Count == 0)
        {
            return (null, "No version is in a language other than English and undetermined ones: no original to compare.");
        }

        int most = candidates[0].Sources;
        var tied = candidates.Where(l => l.Sources == most).ToList();
        var chosen = tied.OrderByDescending(l => corpusArticles.GetValueOrDefault(l.Language)).ThenBy(l => l.Language, StringComparer.Ordinal).First().Language;
        var counts = string.Join(", ", sources.Select(l => $"{l.Language} {l.Sources.ToString(CultureInfo.InvariantCulture)}"));
        var tie = tied.Count > 1 ? "; tied, so the one most articles of the corpus are written in" : "";
        return (chosen, $"The original is taken to be in {chosen}: the language of most non-English versions (sources per language: {counts}){tie}.");
    }
}
