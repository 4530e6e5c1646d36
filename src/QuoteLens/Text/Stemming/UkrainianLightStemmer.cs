namespace QuoteLens.Text.Stemming;

/// <summary>
/// A light Ukrainian stemmer (Snowball publishes no Ukrainian vocabulary to test against): removes the
/// longest common inflectional ending, keeping at least three letters (України, Україна, Україну → україн;
/// переговорів, переговорах → переговор). Apostrophes are folded to '.
/// </summary>
internal sealed class UkrainianLightStemmer : IStemmer
{
    private const int MinimumStem = 3;

    private static readonly string[] Endings = WordBuffer.LongestFirst(
        "ання", "ення", "ами", "ями", "ові", "еві", "ого", "ому", "ими", "іми", "ися", "ась", "ись", "ось",
        "ий", "ій", "ої", "ою", "ею", "ів", "їв", "ах", "ях", "ам", "ям", "ом", "ем", "ти", "ла", "ло", "ли", "ть", "ся",
        "а", "я", "о", "е", "и", "і", "ї", "у", "ю", "ь", "й");

    /// <inheritdoc/>
    public string Language => "uk";

    /// <inheritdoc/>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = WordBuffer.Rent(word);
        var ending = w.LongestSuffix(Endings, w.Length, MinimumStem);
        if (ending is not null)
        {
            w.Truncate(w.Length - ending.Length);
        }

        return w.ToString();
    }
}
