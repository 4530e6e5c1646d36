using System.Text.RegularExpressions;
using QuoteLens.Corpus;

namespace QuoteLens.Quotes;

/// <summary>Finds the direct quotes of an article.</summary>
public static partial class QuoteFinder
{
    /// <summary>Finds every quote in the kept paragraphs of <paramref name="article"/>, in reading order.</summary>
    public static IReadOnlyList<Quote> Find(Article article)
    {
        var quotes = new List<Quote>();
        foreach (var p in article.Paragraphs)
        {
            foreach (Match m in Simple().Matches(article.Text[p.Start..p.End]))
            {
                var g = m.Groups[1];
                int start = p.Start + g.Index;
                quotes.Add(new Quote($"{article.Id}#{quotes.Count + 1}", article.Id, g.Value, start, start + g.Length, QuoteKind.Full, false,
                    m.Value[..1], null, null, article.Language, [new Span(start, start + g.Length)]));
            }
        }

        return quotes;
    }

    [GeneratedRegex("[“\"«]([^”\"»]+)[”\"»]")]
    private static partial Regex Simple();
}
