using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Groups small made-up articles with a made-up glossary as the bridge across languages: each glossary word gives its
/// language-neutral keys ("name:" keys are name anchors), and one pair of anchor sentences is linked when asked.
/// </summary>
internal static class GlossaryGrouping
{
    /// <summary>One article's quoted texts, in reading order.</summary>
    public sealed record Article(string Id, string Language, (string Text, QuoteKind Kind)[] Texts);

    /// <summary>Groups <paramref name="articles"/>; <paramref name="anchor"/> names two texts linked across languages.</summary>
    public static IReadOnlyList<QuoteGroup> Group(IReadOnlyDictionary<string, string[]> glossary, Article[] articles, (string A, string B)? anchor)
    {
        var quotes = new List<Quote>();
        foreach (var article in articles)
        {
            int at = 0;
            for (int i = 0; i < article.Texts.Length; i++)
            {
                var (text, kind) = article.Texts[i];
                quotes.Add(new Quote($"{article.Id}-q{i}", article.Id, text, at, at + text.Length, kind, false, "\"", null, null, article.Language, []));
                at += text.Length + 10;
            }
        }

        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                var wordKeys = sentences.Select(s => Words(glossary, s.Text).Select(w => glossary[w].Select(k => ids.TryGetValue(k, out var id) ? id : ids[k] = ids.Count).ToArray()).ToArray()).ToArray();
                var sentenceKeys = wordKeys.Select(w => w.SelectMany(k => k).Distinct().Order().ToArray()).ToArray();
                var anchorKey = new bool[ids.Count];
                foreach (var (key, id) in ids)
                {
                    anchorKey[id] = key.StartsWith("name:", StringComparison.Ordinal);
                }

                var links = new List<CrossLanguageLink>();
                if (anchor is var (textA, textB))
                {
                    int a = Index(sentences, textA), b = Index(sentences, textB);
                    links.Add(new CrossLanguageLink(Math.Min(a, b), Math.Max(a, b), 1.0));
                }

                return new LinkedTexts(links, wordKeys, sentenceKeys, anchorKey);
            },
        };
        return QuoteGrouper.Group(quotes, options);
    }

    /// <summary>The one group holding <paramref name="text"/> as a member or a fragment.</summary>
    public static QuoteGroup GroupOf(IReadOnlyList<QuoteGroup> groups, string text) =>
        groups.Single(g => g.Members.Concat(g.Fragments).Any(m => m.Text == text));

    private static IEnumerable<string> Words(IReadOnlyDictionary<string, string[]> glossary, string text) =>
        text.Split([' ', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).Where(glossary.ContainsKey);

    /// <summary>A link of <paramref name="similarity"/> between the sentences written <paramref name="x"/> and <paramref name="y"/>, lower index first.</summary>
    public static CrossLanguageLink Link(IReadOnlyList<Quote> sentences, string x, string y, double similarity = 0.8)
    {
        int a = Index(sentences, x), b = Index(sentences, y);
        return new CrossLanguageLink(Math.Min(a, b), Math.Max(a, b), similarity);
    }

    /// <summary>The position of the sentence written <paramref name="text"/> among <paramref name="sentences"/>.</summary>
    public static int Index(IReadOnlyList<Quote> sentences, string text) =>
        sentences.Select((s, i) => (s, i)).First(p => p.s.Text == text).i;
}
