using QuoteLens.Text.Languages;

namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>Source-language stems mapped to English stems, per language; filled from glossaries and dictionaries.</summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _byLanguage = new(StringComparer.Ordinal);

    /// <summary>Number of (language, source stem) entries.</summary>
    public int Count => _byLanguage.Values.Sum(d => d.Count);

    /// <summary>Adds English <paramref name="glosses"/> (words or short phrases) for <paramref name="sourceWord"/>; false when nothing usable was given.</summary>
    public bool Add(string language, string sourceWord, IEnumerable<string> glosses)
    {
        var stem = language == "en" ? Normalizer.StemForMatching(sourceWord.Trim(), language) : BridgeWords.Stem(sourceWord, language);
        var english = glosses.SelectMany(EnglishStems).ToList();
        if (stem.Length == 0 || english.Count == 0)
        {
            return false;
        }

        if (!_byLanguage.TryGetValue(language, out var entries))
        {
            _byLanguage[language] = entries = new(StringComparer.Ordinal);
        }

        if (!entries.TryGetValue(stem, out var set))
        {
            entries[stem] = set = new(StringComparer.Ordinal);
        }

        set.UnionWith(english);
        return true;
    }

    /// <summary>The English stems glossing the source <paramref name="stem"/>, or an empty set.</summary>
    public IReadOnlyCollection<string> Glosses(string language, string stem) =>
        _byLanguage.TryGetValue(language, out var entries) && entries.TryGetValue(stem, out var set) ? set : [];

    /// <summary>Every (language, source stem, English stems) entry, ordinal order of language then stem (for the on-disk cache).</summary>
    public IEnumerable<(string Language, string Stem, IReadOnlyCollection<string> English)> Entries() =>
        from language in _byLanguage.Keys.Order(StringComparer.Ordinal)
        from entry in _byLanguage[language].OrderBy(e => e.Key, StringComparer.Ordinal)
        select (language, entry.Key, (IReadOnlyCollection<string>)entry.Value);

    /// <summary>Adds English stems already worked out (read back from the on-disk cache): nothing is stemmed again.</summary>
    public void AddStems(string language, string stem, IEnumerable<string> englishStems)
    {
        if (!_byLanguage.TryGetValue(language, out var entries))
        {
            _byLanguage[language] = entries = new(StringComparer.Ordinal);
        }

        if (!entries.TryGetValue(stem, out var set))
        {
            entries[stem] = set = new(StringComparer.Ordinal);
        }

        set.UnionWith(englishStems);
    }

    /// <summary>The languages with entries.</summary>
    public IEnumerable<string> Languages => _byLanguage.Keys;

    /// <summary>Number of source stems of <paramref name="language"/>.</summary>
    public int CountOf(string language) => _byLanguage.TryGetValue(language, out var entries) ? entries.Count : 0;

    /// <summary>The stems of the content words of an English gloss ("press secretary" → press, secretari).</summary>
    private static IEnumerable<string> EnglishStems(string gloss) =>
        gloss.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => Normalizer.ForMatching(w, "en"))
            .Where(w => w.Length > 1 && !LanguageIdentifier.IsFrequentWord(w, "en"))
            .Select(w => Normalizer.StemForMatching(w, "en"));
}
