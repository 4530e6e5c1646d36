using QuoteLens.Text.Stemming;

namespace QuoteLens.Comparison.Framing;

/// <summary>
/// Counts words by their Snowball stem (so "group" and "groups" count together) and names each stem by its most
/// used form (ties: ordinal order).
/// </summary>
internal sealed class StemmedCounts
{
    private readonly Dictionary<(string Word, string Language), string> _stems = [];
    private readonly Dictionary<string, Dictionary<string, int>> _forms = new(StringComparer.Ordinal);

    /// <summary>The stem of <paramref name="word"/> in <paramref name="language"/>, counting the word as a form of it.</summary>
    public string Add(string word, string language, int count = 1)
    {
        if (!_stems.TryGetValue((word, language), out var stem))
        {
            stem = _stems[(word, language)] = Stemmer.For(language).Stem(word);
        }

        var forms = _forms.TryGetValue(stem, out var f) ? f : _forms[stem] = new(StringComparer.Ordinal);
        forms[word] = forms.GetValueOrDefault(word) + count;
        return stem;
    }

    /// <summary>The most used form of <paramref name="stem"/>.</summary>
    public string FormOf(string stem) =>
        _forms[stem].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
}
