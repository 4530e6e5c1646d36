using QuoteLens.Grouping;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>Helpers the grouping tests share: finding a sentence by its text among the sentences handed to a linker, and the group holding a text.</summary>
internal static class GroupingTestKit
{
    /// <summary>The index of the first sentence whose text is <paramref name="text"/> (as a cross-language link names it).</summary>
    public static int Index(IReadOnlyList<Quote> sentences, string text) =>
        sentences.Select((s, i) => (s, i)).First(p => p.s.Text == text).i;

    /// <summary>The one group holding <paramref name="text"/> as a member or a fragment.</summary>
    public static QuoteGroup GroupOf(IReadOnlyList<QuoteGroup> groups, string text) =>
        groups.Single(g => g.Members.Concat(g.Fragments).Any(m => m.Text == text));
}
