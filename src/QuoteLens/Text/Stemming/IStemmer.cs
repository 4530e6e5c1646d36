namespace QuoteLens.Text.Stemming;

/// <summary>Reduces a word to its stem. Implementations are thread-safe.</summary>
public interface IStemmer
{
    /// <summary>The ISO 639-1 code of the language, or "und" for the identity stemmer.</summary>
    string Language { get; }

    /// <summary>The stem of <paramref name="word"/> (a single word; upper case is folded to lower case).</summary>
    string Stem(string word);
}
