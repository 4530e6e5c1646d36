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
        var members = group.Members.OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Start).ToList();
        var tokens = members.Select(m => Tokenizer.Tokenize(m.Text, m.Start)).ToList();
        int centre = Enumerable.Range(0, members.Count).OrderByDescending(i => tokens[i].Count).ThenBy(i => i).First();
        var centreTokens = tokens[centre];
        int n = centreTokens.Count;

        var placed = new RowPlacement[members.Count];
        var gapWidth = new int[n + 1];
        for (int r = 0; r < members.Count; r++)
        {
            placed[r] = r == centre ? RowPlacement.Identity(centreTokens) : RowPlacement.Against(centreTokens, tokens[r]);
            for (int g = 0; g <= n; g++)
            {
                gapWidth[g] = Math.Max(gapWidth[g], placed[r].Inserted[g].Count);
            }
        }

        int width = n + gapWidth.Sum();
        var rows = new List<AlignedRow>(members.Count);
        for (int r = 0; r < members.Count; r++)
        {
            var cells = new Token?[width];
            int column = 0;
            for (int g = 0; g <= n; g++)
            {
                var inserted = placed[r].Inserted[g];
                for (int k = 0; k < inserted.Count; k++)
                {
                    cells[column + k] = inserted[k];
                }

                column += gapWidth[g];
                if (g < n)
                {
                    cells[column++] = placed[r].AtCentre[g];
                }
            }

            rows.Add(new AlignedRow(members[r], cells));
        }

        return new AlignmentTable(group.Id, rows, width);
    }

    /// <summary>One version placed against the centre: a token (or none) per centre token, and what it adds before each centre token (and at the end).</summary>
    private sealed class RowPlacement
    {
        private RowPlacement(int centreLength)
        {
            AtCentre = new Token?[centreLength];
            Inserted = new List<Token>[centreLength + 1];
            for (int g = 0; g <= centreLength; g++)
            {
                Inserted[g] = [];
            }
        }

        public Token?[] AtCentre { get; }

        public List<Token>[] Inserted { get; }

        public static RowPlacement Identity(IReadOnlyList<Token> centre)
        {
            var p = new RowPlacement(centre.Count);
            for (int i = 0; i < centre.Count; i++)
            {
                p.AtCentre[i] = centre[i];
            }

            return p;
        }

        public static RowPlacement Against(IReadOnlyList<Token> centre, IReadOnlyList<Token> row)
        {
            var p = new RowPlacement(centre.Count);
            int a = 0, b = 0;
            foreach (var block in TokenDiff.Blocks(centre, row, t => t.Norm))
            {
                p.Equal(row, ref a, ref b, block.AStart);
                int paired = Math.Min(block.ACount, block.BCount);
                for (int k = 0; k < paired; k++)
                {
                    p.AtCentre[block.AStart + k] = row[block.BStart + k];
                }

                for (int k = paired; k < block.BCount; k++)
                {
                    p.Inserted[block.AStart + block.ACount].Add(row[block.BStart + k]);
                }

                a = block.AStart + block.ACount;
                b = block.BStart + block.BCount;
            }

            p.Equal(row, ref a, ref b, centre.Count);
            return p;
        }

        private void Equal(IReadOnlyList<Token> row, ref int a, ref int b, int until)
        {
            while (a < until)
            {
                AtCentre[a++] = row[b++];
            }
        }
    }
}
