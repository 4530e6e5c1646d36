using QuoteLens.Corpus;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Comparison.Framing;

/// <summary>Reads one article's story paragraph by paragraph and collects what the framing analysis counts.</summary>
internal static class ArticleScanner
{
    public static ArticleFindings Scan(Article article, IEnumerable<Quote> quotes, FramingMatchers matchers)
    {
        var quoted = new QuotedSpans(quotes);
        var findings = new ArticleFindings(article);
        foreach (var p in article.Paragraphs)
        {
            var paragraph = Tokenizer.Tokenize(article.Text.AsSpan(p.Start, p.Length), p.Start)
                .Where(t => t.Kind != TokenKind.QuoteMark)
                .Select(t => new ScanToken(t, quoted.Contains(t.Start)))
                .ToArray();
            LabelFinder.Find(paragraph, matchers, findings);
            AttributionFinder.Find(paragraph, matchers, findings);
            FindHedges(paragraph, matchers, findings);
            CountWords(paragraph, findings);
        }

        return findings;
    }

    private static void FindHedges(ReadOnlySpan<ScanToken> paragraph, FramingMatchers matchers, ArticleFindings findings)
    {
        var hedges = matchers.Hedges.MatchAll(paragraph);
        for (int i = 0; i < paragraph.Length; i++)
        {
            if (hedges[i].Value is { } hedge)
            {
                findings.Hedges.Add(new HedgeHit(hedge, paragraph[i].Quoted, findings.Example(paragraph, i, i + hedges[i].Length - 1)));
            }
        }
    }

    /// <summary>Counts the outlet's own words for the distinctive-words table and collects capitalised words (quoted or not) as possible names.</summary>
    private static void CountWords(ReadOnlySpan<ScanToken> paragraph, ArticleFindings findings)
    {
        foreach (var t in paragraph)
        {
            if (t.Token.Kind == TokenKind.Word && char.IsUpper(t.Token.Text[0]) && HasLowerAfterFirst(t.Token.Text)
                && !StopWords.Contains(findings.Article.Language, t.Norm))
            {
                findings.Names.Add(new NameHit(SpellingOf(t.Token.Text)));
            }

            if (t.Quoted || t.Token.Kind != TokenKind.Word || t.Norm.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                continue;
            }

            var term = TermOf(t.Norm);
            if (term.Length < 2 || StopWords.Contains(findings.Article.Language, term))
            {
                continue;
            }

            findings.Terms[term] = findings.Terms.GetValueOrDefault(term) + 1;
        }
    }

    private static bool HasLowerAfterFirst(string text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word without its possessive ending: "russia's" → "russia".</summary>
    internal static string TermOf(string norm) => norm.EndsWith("'s", StringComparison.Ordinal) ? norm[..^2] : norm;

    private static string SpellingOf(string text) =>
        text.Length > 2 && text[^2] is '\'' or '’' && text[^1] == 's' ? text[..^2] : text;
}
