using DiffPlex;

namespace QuoteLens.Text;

/// <summary>A stretch where two token sequences differ: <c>a[AStart..AStart+ACount]</c> became <c>b[BStart..BStart+BCount]</c>.</summary>
internal readonly record struct DiffBlock(int AStart, int ACount, int BStart, int BCount);

/// <summary>
/// Diffs token sequences with DiffPlex (Myers). DiffPlex 1.9 takes an <see cref="IChunker"/>: the kit's own tokens
/// (their comparison keys) are handed to it as the pieces to compare, so no text is built or split again.
/// </summary>
internal static class TokenDiff
{
    private const string Old = "a", New = "b";
    private static readonly Differ Differ = new();

    /// <summary>The blocks where <paramref name="a"/> and <paramref name="b"/> differ, compared by <paramref name="key"/>, in order.</summary>
    public static IReadOnlyList<DiffBlock> Blocks<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, string> key)
    {
        var chunker = new TokenChunker(Keys(a, key), Keys(b, key));
        var result = Differ.CreateDiffs(Old, New, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        return result.DiffBlocks.Select(d => new DiffBlock(d.DeleteStartA, d.DeleteCountA, d.InsertStartB, d.InsertCountB)).ToList();
    }

    private static string[] Keys<T>(IReadOnlyList<T> tokens, Func<T, string> key)
    {
        var keys = new string[tokens.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = key(tokens[i]);
        }

        return keys;
    }

    /// <summary>The chunker of one diff: the two sides are already tokens, so it returns their keys (DiffPlex asks for the
    /// old side with <see cref="Old"/> and the new side with <see cref="New"/>).</summary>
    private sealed class TokenChunker(string[] oldKeys, string[] newKeys) : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, Old) ? oldKeys : newKeys;
    }
}
