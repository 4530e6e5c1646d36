using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Alignment;

/// <summary>
/// Aligns all versions of a group into one table, the way collation tools align witnesses: the longest version is the
/// centre; every other version is diffed against it token by token (DiffPlex), tokens that differ inside a changed
/// stretch share a slot (a substitution), and words a version adds get slots of their own between the centre's. The
/// centre is chosen by content (longest, then article id), so the table does not depend on the order of the versions.
/// </summary>
public static class MultiAligner
{
    /// <summary>Aligns the members of <paramref name="group"/> token by token.</summary>
    public static AlignmentTable Align(QuoteGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var members = group.Members.OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Start).ToArray();
        var tokens = Array.ConvertAll(members, m => Tokenizer.Tokenize(m.Text, m.Start));
        int centre = Longest(tokens);
        var centreTokens = tokens[centre];

        var placed = new RowPlacement[members.Length];
        var gapWidth = new int[centreTokens.Count + 1];
        for (int r = 0; r < members.Length; r++)
        {
            placed[r] = r == centre ? RowPlacement.Identity(centreTokens) : RowPlacement.Against(centreTokens, tokens[r]);
            placed[r].WidenGaps(gapWidth);
        }

        int width = centreTokens.Count + gapWidth.Sum();
        var rows = new AlignedRow[members.Length];
        for (int r = 0; r < members.Length; r++)
        {
            rows[r] = new AlignedRow(members[r], placed[r].Cells(gapWidth, width));
        }

        return new AlignmentTable(group.Id, rows, width);
    }

    /// <summary>The index of the version with the most tokens (the first such).</summary>
    private static int Longest(IReadOnlyList<Token>[] tokens)
    {
        int longest = 0;
        for (int r = 1; r < tokens.Length; r++)
        {
            if (tokens[r].Count > tokens[longest].Count)
            {
                longest = r;
            }
        }

        return longest;
    }

    /// <summary>
    /// The blocks where <paramref name="row"/> differs from <paramref name="centre"/>, as DiffPlex finds them. DiffPlex
    /// strips the common head and tail before it searches; stripping them here first gives the same blocks and spares
    /// it the building and hashing of the tokens both share (most of a version, and all of one that reads the same).
    /// </summary>
    private static IEnumerable<DiffBlock> Differences(IReadOnlyList<Token> centre, IReadOnlyList<Token> row)
    {
        int shorter = Math.Min(centre.Count, row.Count);
        int head = 0;
        while (head < shorter && SameWord(centre[head], row[head]))
        {
            head++;
        }

        int tail = 0;
        while (tail < shorter - head && SameWord(centre[centre.Count - 1 - tail], row[row.Count - 1 - tail]))
        {
            tail++;
        }

        int centreChanged = centre.Count - head - tail, rowChanged = row.Count - head - tail;
        if (centreChanged == 0 && rowChanged == 0)
        {
            return [];
        }

        if (centreChanged == 0 || rowChanged == 0)
        {
            return [new DiffBlock(head, centreChanged, head, rowChanged)];
        }

        return TokenDiff.Blocks(Slice(centre, head, centreChanged), Slice(row, head, rowChanged), t => t.Norm)
            .Select(b => b with { AStart = b.AStart + head, BStart = b.BStart + head });
    }

    private static bool SameWord(Token a, Token b) => string.Equals(a.Norm, b.Norm, StringComparison.Ordinal);

    private static Token[] Slice(IReadOnlyList<Token> tokens, int start, int count)
    {
        var slice = new Token[count];
        for (int i = 0; i < count; i++)
        {
            slice[i] = tokens[start + i];
        }

        return slice;
    }

    /// <summary>One version placed against the centre: a token (or none) per centre token, and what it adds before each centre token (and at the end).</summary>
    private sealed class RowPlacement
    {
        private readonly Token?[] _atCentre;

        /// <summary>What the version adds in each gap of the centre (before centre token g; the last gap is the end); null where it adds nothing.</summary>
        private readonly List<Token>?[] _inserted;

        private RowPlacement(int centreLength)
        {
            _atCentre = new Token?[centreLength];
            _inserted = new List<Token>?[centreLength + 1];
        }

        public static RowPlacement Identity(IReadOnlyList<Token> centre)
        {
            var p = new RowPlacement(centre.Count);
            for (int i = 0; i < centre.Count; i++)
            {
                p._atCentre[i] = centre[i];
            }

            return p;
        }

        public static RowPlacement Against(IReadOnlyList<Token> centre, IReadOnlyList<Token> row)
        {
            var p = new RowPlacement(centre.Count);
            int a = 0, b = 0;
            foreach (var block in Differences(centre, row))
            {
                p.Equal(row, ref a, ref b, block.AStart);
                int paired = Math.Min(block.ACount, block.BCount);
                for (int k = 0; k < paired; k++)
                {
                    p._atCentre[block.AStart + k] = row[block.BStart + k];
                }

                for (int k = paired; k < block.BCount; k++)
                {
                    (p._inserted[block.AStart + block.ACount] ??= []).Add(row[block.BStart + k]);
                }

                a = block.AStart + block.ACount;
                b = block.BStart + block.BCount;
            }

            p.Equal(row, ref a, ref b, centre.Count);
            return p;
        }

        /// <summary>Makes each gap of <paramref name="gapWidth"/> at least as wide as what this version adds there.</summary>
        public void WidenGaps(int[] gapWidth)
        {
            for (int g = 0; g < _inserted.Length; g++)
            {
                if (_inserted[g] is { } added)
                {
                    gapWidth[g] = Math.Max(gapWidth[g], added.Count);
                }
            }
        }

        /// <summary>The version's cells in a table whose gaps are <paramref name="gapWidth"/> wide: what it adds at the left of each gap, then its token at the centre token.</summary>
        public Token?[] Cells(int[] gapWidth, int width)
        {
            var cells = new Token?[width];
            int column = 0;
            for (int g = 0; g < _inserted.Length; g++)
            {
                if (_inserted[g] is { } added)
                {
                    for (int k = 0; k < added.Count; k++)
                    {
                        cells[column + k] = added[k];
                    }
                }

                column += gapWidth[g];
                if (g < _atCentre.Length)
                {
                    cells[column++] = _atCentre[g];
                }
            }

            return cells;
        }

        private void Equal(IReadOnlyList<Token> row, ref int a, ref int b, int until)
        {
            while (a < until)
            {
                _atCentre[a++] = row[b++];
            }
        }
    }
}
