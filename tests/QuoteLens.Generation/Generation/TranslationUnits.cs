using QuoteLens.Benchmarks.Evaluation;

namespace QuoteLens.Benchmarks.Generation;

/// <summary>One real version of an utterance from a bundled cross-language corpus.</summary>
/// <param name="UnitId">The unit in the corpus's gold.tsv ("D.U1").</param>
/// <param name="Description">The unit's description there.</param>
/// <param name="Language">The language of the file it comes from (primary subtag).</param>
/// <param name="Kind">quote or partial.</param>
/// <param name="Text">The exact span.</param>
public sealed record TranslatedVersion(string UnitId, string Description, string Language, string Kind, string Text);

/// <summary>
/// Versions of one utterance in several languages, taken from the answer keys of the bundled cross-language corpora
/// (data/peskov-2024-02, data/macron-2024-02). Only direct quotes and fragments are taken (paraphrases are no quotes),
/// and only spans that hold no quote marks of their own and at least four words, so they can be planted inside marks.
/// </summary>
public static class TranslationUnits
{
    /// <summary>The corpora read, in order.</summary>
    public static IReadOnlyList<string> Corpora { get; } = ["peskov-2024-02", "macron-2024-02"];

    private const string QuoteCharacters = "\"“”«»„‟‚";

    /// <summary>The units with versions from at least two files, each as its versions (one per file), in key order.</summary>
    public static IReadOnlyList<IReadOnlyList<TranslatedVersion>> Load(string dataDirectory)
    {
        var units = new List<IReadOnlyList<TranslatedVersion>>();
        foreach (var corpus in Corpora)
        {
            var folder = Path.Combine(dataDirectory, corpus);
            var descriptions = File.ReadLines(Path.Combine(folder, "gold.tsv")).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 2)
                .GroupBy(c => c[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
            var versions = AnswerKey.Load(Path.Combine(folder, "gold.tsv"))
                .Where(e => e.Kind is "quote" or "partial" && Plantable(e.ExactSpan))
                .GroupBy(e => e.UnitId, StringComparer.Ordinal)
                .Select(g => g.GroupBy(e => e.File, StringComparer.Ordinal).Select(f => f.First())
                    .Select(e => new TranslatedVersion(e.UnitId, descriptions[e.UnitId], LanguageOf(Path.Combine(folder, e.File)), e.Kind, e.ExactSpan)).ToList())
                .Where(v => v.Count >= 2);
            units.AddRange(versions);
        }

        return units;
    }

    private static bool Plantable(string span) =>
        span.IndexOfAny(QuoteCharacters.ToCharArray()) < 0 && span.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4
        && span[0] is not ('\'' or '’' or '‘') && span[^1] is not ('\'' or '’' or '‘');

    /// <summary>The primary language subtag of a file's front matter ("ru+en (code-switched)" → "ru").</summary>
    private static string LanguageOf(string file)
    {
        var line = File.ReadLines(file).Take(20).FirstOrDefault(l => l.StartsWith("language:", StringComparison.Ordinal));
        var value = line?["language:".Length..].Trim().Trim('"') ?? "und";
        int cut = value.IndexOfAny(['+', ' ', '-', '_']);
        return (cut > 0 ? value[..cut] : value).ToLowerInvariant();
    }
}
