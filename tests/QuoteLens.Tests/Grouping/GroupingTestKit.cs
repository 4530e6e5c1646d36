using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>Helpers the grouping tests share: finding a sentence by its text among the sentences handed to a linker, the group holding a text, and grouping articles in statement order with a given linker.</summary>
internal static class GroupingTestKit
{
    /// <summary>The index of the first sentence whose text is <paramref name="text"/> (as a cross-language link names it).</summary>
    public static int Index(IReadOnlyList<Quote> sentences, string text) =>
        sentences.Select((s, i) => (s, i)).First(p => p.s.Text == text).i;

    /// <summary>The one group holding <paramref name="text"/> as a member or a fragment.</summary>
    public static QuoteGroup GroupOf(IReadOnlyList<QuoteGroup> groups, string text) =>
        groups.Single(g => g.Members.Concat(g.Fragments).Any(m => m.Text == text));

    /// <summary>
    /// Groups <paramref name="articles"/> (id, language, full sentences in reading order, ten characters apart) with a linker
    /// that links every two renderings of each entry of <paramref name="renderings"/> across languages (similarity 1) and
    /// nothing else: the order passes then decide the rest.
    /// </summary>
    public static IReadOnlyList<QuoteGroup> GroupInOrder(IReadOnlyDictionary<string, string[]> renderings, params (string Id, string Language, string[] Texts)[] articles)
    {
        var quotes = new List<Quote>();
        foreach (var (id, language, texts) in articles)
        {
            int at = 0;
            for (int i = 0; i < texts.Length; i++)
            {
                quotes.Add(new Quote($"{id}-q{i}", id, texts[i], at, at + texts[i].Length, QuoteKind.Full, false, "\"", null, null, language, []));
                at += texts[i].Length + 10;
            }
        }

        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                var links = new List<CrossLanguageLink>();
                foreach (var rendered in renderings.Values)
                {
                    for (int i = 0; i < rendered.Length; i++)
                    {
                        for (int j = i + 1; j < rendered.Length; j++)
                        {
                            int a = IndexOf(sentences, rendered[i]), b = IndexOf(sentences, rendered[j]);
                            if (a >= 0 && b >= 0)
                            {
                                links.Add(new CrossLanguageLink(Math.Min(a, b), Math.Max(a, b), 1.0));
                            }
                        }
                    }
                }

                return links;
            },
        };
        return QuoteGrouper.Group(quotes, options);

        static int IndexOf(IReadOnlyList<Quote> sentences, string text) => sentences.ToList().FindIndex(s => s.Text == text);
    }
}
