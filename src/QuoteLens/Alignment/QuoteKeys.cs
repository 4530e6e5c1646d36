using QuoteLens.Quotes;
using QuoteLens.Text;
using QuoteLens.Text.Stemming;

namespace QuoteLens.Alignment;

/// <summary>The comparison keys of a quote: what grouping compares.</summary>
public static class QuoteKeys
{
    /// <summary>Distinct content keys of a quote: its words (normalized, stemmed with the quote language's Snowball stemmer, stop words left out) and numbers, in order of first use.</summary>
    public static IReadOnlyCollection<string> Content(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stemmer = Stemmer.For(quote.Language);
        foreach (var token in Tokenizer.Tokenize(quote.Text))
        {
            if (!token.IsContent || (token.Kind == TokenKind.Word && StopWords.Contains(quote.Language, token.Norm)))
            {
                continue;
            }

            var key = token.Kind == TokenKind.Number ? token.Norm : stemmer.Stem(WordKey(token.Norm));
            if (seen.Add(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The key of one normalized word: possessive endings removed.</summary>
    internal static string WordKey(string norm) =>
        norm.EndsWith("'s", StringComparison.Ordinal) && norm.Length > 3 ? norm[..^2] : norm;
}
