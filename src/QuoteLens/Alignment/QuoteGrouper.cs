using QuoteLens.Quotes;

namespace QuoteLens.Alignment;

/// <summary>Groups the quotes of a corpus into versions of the same utterance.</summary>
public static class QuoteGrouper
{
    /// <summary>Groups <paramref name="quotes"/>; every quote lands in exactly one group.</summary>
    public static IReadOnlyList<QuoteGroup> Group(IReadOnlyList<Quote> quotes) =>
        quotes.Select((q, i) => new QuoteGroup($"G{i + 1:D2}", [q])).ToList();
}
