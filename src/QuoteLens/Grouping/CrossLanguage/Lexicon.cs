using QuoteLens.Text.Languages;

namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>Source-language stems mapped to English stems, per language; filled from glossaries and dictionaries.</summary>
internal sealed class Lexicon
{
    /// <summary>
    /// Per language, each source stem's English stems: a <see cref="HashSet{T}"/> while glosses are added one by one, or a
    /// sorted, distinct array as read back from the on-disk cache (<see cref="SetStems"/>; no set per entry).
    /// </summary>
    private readonly Dictionary<string, Dictionary<string, IReadOnlyCollection<string>>> _byLanguage = new(StringComparer.Ordinal);

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

        var entries = EntriesOf(language);

        SetOf(entries, stem).UnionWith(english);
        if (language == "ar")
        {
            // Arabic entries are also kept as written (only the article off), for the forms of a word its stem finds no entry under.
            SetOf(EntriesOf(BridgeWords.WholeArabic), BridgeWords.ArabicWholeStem(Normalizer.ForMatching(sourceWord.Trim(), language))).UnionWith(english);
        }

        return true;
    }

    /// <summary>Per language, its source stems in ordinal order (built when first asked for: the lexicon is complete by then).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<string[]>> _sortedStems = new(StringComparer.Ordinal);

    /// <summary>The fewest letters a stem and an entry must share at their start to be taken for forms of one word.</summary>
    public const int MinSharedPrefix = 4;

    /// <summary>The most letters either may have past what they share (an inflection ending: apoye / apoyar, schämt / schämen).</summary>
    public const int MaxEnding = 3;

    /// <summary>The most entries that may share the longest prefix: more, and the form is too ambiguous to take any.</summary>
    private const int MaxNearEntries = 3;

    /// <summary>
    /// The English stems of the entries that look like other forms of <paramref name="stem"/> when it has no entry of its
    /// own: the entries sharing the longest start with it, at least <see cref="MinSharedPrefix"/> letters, with at most
    /// <see cref="MaxEnding"/> letters past it on either side (a verb form meets its infinitive: espero / esperar,
    /// apoye / apoyar, schämt / schämen). None when more than a few entries share that start.
    /// </summary>
    public IReadOnlyCollection<string> NearGlosses(string language, string stem)
    {
        if (stem.Length < MinSharedPrefix || !_byLanguage.TryGetValue(language, out var entries))
        {
            return [];
        }

        var sorted = _sortedStems.GetOrAdd(language, _ => new Lazy<string[]>(() => [.. entries.Keys.Order(StringComparer.Ordinal)])).Value;
        for (int prefix = stem.Length; prefix >= Math.Max(MinSharedPrefix, stem.Length - MaxEnding); prefix--)
        {
            var start = stem[..prefix];
            int at = Array.BinarySearch(sorted, start, StringComparer.Ordinal);
            if (at < 0)
            {
                at = ~at;
            }

            var found = new List<string>();
            for (int i = at; i < sorted.Length && sorted[i].StartsWith(start, StringComparison.Ordinal) && found.Count <= MaxNearEntries; i++)
            {
                if (sorted[i].Length - prefix <= MaxEnding)
                {
                    found.Add(sorted[i]);
                }
            }

            if (found.Count > MaxNearEntries)
            {
                return [];
            }

            if (found.Count > 0)
            {
                return [.. found.SelectMany(f => entries[f]).Distinct(StringComparer.Ordinal)];
            }
        }

        return [];
    }

    /// <summary>The English stems glossing the source <paramref name="stem"/>, or an empty set.</summary>
    public IReadOnlyCollection<string> Glosses(string language, string stem) =>
        _byLanguage.TryGetValue(language, out var entries) && entries.TryGetValue(stem, out var set) ? set : [];

    /// <summary>Every (language, source stem, English stems) entry, ordinal order of language then stem (for the on-disk cache).</summary>
    public IEnumerable<(string Language, string Stem, IReadOnlyCollection<string> English)> Entries() =>
        from language in _byLanguage.Keys.Order(StringComparer.Ordinal)
        from entry in _byLanguage[language].OrderBy(e => e.Key, StringComparer.Ordinal)
        select (language, entry.Key, entry.Value);

    /// <summary>
    /// Adds English stems already worked out, sorted and distinct (read back from the on-disk cache): the array is kept as
    /// it is when the stem has no entry yet, so no set is built per entry.
    /// </summary>
    internal void SetStems(string language, string stem, string[] sortedEnglishStems)
    {
        var entries = EntriesOf(language);

        if (!entries.TryAdd(stem, sortedEnglishStems))
        {
            SetOf(entries, stem).UnionWith(sortedEnglishStems);
        }
    }

    /// <summary>The entries of <paramref name="language"/>, made when it has none yet.</summary>
    private Dictionary<string, IReadOnlyCollection<string>> EntriesOf(string language)
    {
        if (!_byLanguage.TryGetValue(language, out var entries))
        {
            _byLanguage[language] = entries = new(StringComparer.Ordinal);
        }

        return entries;
    }

    /// <summary>The set of English stems of <paramref name="stem"/> to add to (made, or made from a read-back array, when needed).</summary>
    private static HashSet<string> SetOf(Dictionary<string, IReadOnlyCollection<string>> entries, string stem)
    {
        if (entries.TryGetValue(stem, out var held) && held is HashSet<string> set)
        {
            return set;
        }

        set = held is null ? new(StringComparer.Ordinal) : new(held, StringComparer.Ordinal);
        entries[stem] = set;
        return set;
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
