using QuoteLens.Text.Transliteration;

namespace QuoteLens.Comparison.Framing;

/// <summary>
/// Finds names spelled differently across the corpus: capitalised words whose transliteration-aware
/// <see cref="NameKey"/> is the same but whose spellings differ (Starovoyt, Starovit → key "starovit").
/// </summary>
internal static class NameVariantFinder
{
    public static IReadOnlyList<NameVariantSet> Find(IReadOnlyList<ArticleFindings> articles)
    {
        // key → spelling → (count, outlets)
        var byKey = new Dictionary<string, Dictionary<string, (int Count, SortedSet<string> Outlets)>>(StringComparer.Ordinal);
        var keys = new Dictionary<(string Spelling, string Language), string>();
        foreach (var a in articles)
        {
            foreach (var hit in a.Names)
            {
                if (!keys.TryGetValue((hit.Spelling, a.Article.Language), out var key))
                {
                    key = keys[(hit.Spelling, a.Article.Language)] = NameKey.For(hit.Spelling, a.Article.Language);
                }

                if (key.Length == 0)
                {
                    continue;
                }

                var spellings = byKey.TryGetValue(key, out var s) ? s : byKey[key] = new(StringComparer.Ordinal);
                var (count, outlets) = spellings.TryGetValue(hit.Spelling, out var entry) ? entry : (0, new SortedSet<string>(StringComparer.Ordinal));
                outlets.Add(a.Article.DisplayName);
                spellings[hit.Spelling] = (count + 1, outlets);
            }
        }

        return byKey
            .Where(kv => kv.Value.Keys.Select(k => k.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(kv => new NameVariantSet(kv.Key, kv.Value
                .Select(s => new NameVariant(s.Key, s.Value.Count, s.Value.Outlets.ToList()))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Spelling, StringComparer.Ordinal)
                .ToList()))
            .OrderBy(set => set.Key, StringComparer.Ordinal)
            .ToList();
    }
}
