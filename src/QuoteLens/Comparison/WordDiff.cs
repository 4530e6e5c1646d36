using QuoteLens.Quotes;

namespace QuoteLens.Comparison;

/// <summary>What a piece of a word diff does.</summary>
public enum DiffOperation
{
    /// <summary>The same in both versions.</summary>
    Equal,

    /// <summary>Only in the other version.</summary>
    Inserted,

    /// <summary>Only in the base version.</summary>
    Deleted,
}

/// <summary>A run of tokens of a word diff, with the text as the version writes it.</summary>
/// <param name="Operation">Equal, inserted or deleted.</param>
/// <param name="Text">The run's text, spaced as in the source.</param>
public sealed record DiffPiece(DiffOperation Operation, string Text);

/// <summary>The word diff of one version against a base version.</summary>
/// <param name="Base">The version diffed against.</param>
/// <param name="Other">The version shown.</param>
/// <param name="Pieces">The runs in reading order.</param>
public sealed record WordDiff(Quote Base, Quote Other, IReadOnlyList<DiffPiece> Pieces)
{
    /// <summary>True when the two versions read the same word for word.</summary>
    public bool IsIdentical => Pieces.All(p => p.Operation == DiffOperation.Equal);
}
