using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <summary>How strict grouping is, and how quotes are turned into comparable keys.</summary>
public sealed record GroupingOptions
{
    /// <summary>The default settings, measured on the bundled answer keys (see the README).</summary>
    public static GroupingOptions Default { get; } = new();

    /// <summary>The share of the shorter quote's content keys that the longer one must also have (truncations score 1).</summary>
    public double MinContainment { get; init; } = 0.5;

    /// <summary>
    /// The share of the lighter quote's key weight that the shared keys must carry, keys weighing by rarity (inverse
    /// document frequency): in a large corpus, a few common words in common are not a match.
    /// </summary>
    public double MinWeightedContainment { get; init; } = 0.35;

    /// <summary>How many of a quote's rarest keys are looked up to find candidates (more finds more, and costs more).</summary>
    public int MaxProbeKeys { get; init; } = 6;

    /// <summary>The fewest content keys two quotes must share to be versions of one utterance.</summary>
    public int MinSharedKeys { get; init; } = 3;

    /// <summary>
    /// Sentences with fewer content keys than this are not compared on their words: a short full sentence ("But such is
    /// life.") joins its copies only when their articles share context (another shared group, the same speaker); a short
    /// partial quote or a scare quote ("forced") is a fragment, attached to a shared group whose versions contain it.
    /// </summary>
    public int MinKeysToLink { get; init; } = 4;

    /// <summary>
    /// The share of member pairs across two groups that must be versions of one another for the groups to join
    /// (a chain of weak links does not make one group).
    /// </summary>
    public double MinLinkDensity { get; init; } = 0.34;

    /// <summary>
    /// Keys carried by more distinct sentence texts than this are too common to find candidates with (they still count
    /// when comparing); texts then find each other through their rarer keys and their adjacent key pairs. Identical
    /// sentences are one text, so copies of one statement never make its keys too common.
    /// </summary>
    public int MaxPosting { get; init; } = 64;

    /// <summary>
    /// Turns a quote into its content keys for comparison with quotes of the same language; the default is
    /// <see cref="QuoteKeys.Content"/> (normalized, stemmed content words and numbers, stop words left out).
    /// </summary>
    public Func<Quote, IReadOnlyCollection<string>> Keys { get; init; } = QuoteKeys.Content;

    /// <summary>
    /// Optional language-neutral keys (glossary glosses, transliterated names, numbers) used to compare quotes written in
    /// different languages; without it, quotes only group with quotes of their own language or with shared names and numbers.
    /// </summary>
    public Func<Quote, IReadOnlyCollection<string>>? CrossLanguageKeys { get; init; }

    /// <summary>
    /// Optional: finds the links between sentences of different languages itself (given every sentence, it returns links by
    /// index into that list), in place of <see cref="CrossLanguageKeys"/>; <c>Analysis</c> sets it to
    /// <see cref="CrossLanguage.CrossLanguageLinker.Link"/> over its bridge.
    /// </summary>
    public Func<IReadOnlyList<Quote>, IReadOnlyList<CrossLanguage.CrossLanguageLink>>? CrossLanguageLinks { get; init; }

    /// <summary>
    /// Optional: given every sentence as grouping starts, starts the slow part of <see cref="CrossLanguageLinks"/> in the
    /// background (<c>Analysis</c> starts its bridge's Apertium chains); changes no result.
    /// </summary>
    internal Action<IReadOnlyList<Quote>>? StartCrossLanguageLinks { get; init; }
}
