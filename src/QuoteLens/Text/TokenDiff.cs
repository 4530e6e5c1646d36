using System.Text;
using DiffPlex;

namespace QuoteLens.Text;

/// <summary>A stretch where two token sequences differ: <c>a[AStart..AStart+ACount]</c> became <c>b[BStart..BStart+BCount]</c>.</summary>
internal readonly record struct DiffBlock(int AStart, int ACount, int BStart, int BCount);

/// <summary>
/// Diffs token sequences with DiffPlex (Myers). DiffPlex 1.4.4 diffs text by lines or a fixed set of
/// chunkers, so each token's comparison key becomes one line and the line diff is the token diff.
/// </summary>
internal static class TokenDiff
{
    private static readonly Differ Differ = new();

    /// <summary>The blocks where <paramref name="a"/> and <paramref name="b"/> differ, compared by <paramref name="key"/>, in order.</summary>
    public static IReadOnlyList<DiffBlock> Blocks<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, string> key)
    {
        var result = Differ.CreateLineDiffs(Lines(a, key), Lines(b, key), ignoreWhitespace: false);
        return result.DiffBlocks.Select(d => new DiffBlock(d.DeleteStartA, d.DeleteCountA, d.InsertStartB, d.InsertCountB)).ToList();
    }

    private static string Lines<T>(IReadOnlyList<T> tokens, Func<T, string> key)
    {
        var sb = new StringBuilder();
        foreach (var t in tokens)
        {
            // Keys never contain line breaks (tokens never contain white space).
            sb.Append(key(t)).Append('\n');
        }

        return sb.ToString();
    }
}
