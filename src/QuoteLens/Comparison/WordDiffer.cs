using QuoteLens.Alignment;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Comparison;

/// <summary>Word diffs between versions (DiffPlex over the kit's tokens) and the variations of an alignment table.</summary>
public static class WordDiffer
{
    /// <summary>Diffs <paramref name="other"/> against <paramref name="baseVersion"/> word by word; punctuation and quote marks are tokens too.</summary>
    public static WordDiff Diff(Quote baseVersion, Quote other)
    {
        ArgumentNullException.ThrowIfNull(baseVersion);
        ArgumentNullException.ThrowIfNull(other);
        var a = Tokenizer.Tokenize(baseVersion.Text);
        var b = Tokenizer.Tokenize(other.Text);
        var pieces = new List<DiffPiece>();
        int j = 0;
        foreach (var block in TokenDiff.Blocks(a, b, t => t.Norm))
        {
            Add(pieces, DiffOperation.Equal, other.Text, b, j, block.BStart - j);
            Add(pieces, DiffOperation.Deleted, baseVersion.Text, a, block.AStart, block.ACount);
            Add(pieces, DiffOperation.Inserted, other.Text, b, block.BStart, block.BCount);
            j = block.BStart + block.BCount;
        }

        Add(pieces, DiffOperation.Equal, other.Text, b, j, b.Count - j);
        return new WordDiff(baseVersion, other, pieces);
    }

    /// <summary>The stretches of <paramref name="table"/> where the versions differ, each with its readings and the articles behind them.</summary>
    /// <remarks>A version is only compared inside the part of the statement it quotes: a truncated version has no reading where it stops.</remarks>
    public static IReadOnlyList<Variation> Variations(AlignmentTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var spans = table.Rows.Select(Extent).ToList();
        var variations = new List<Variation>();
        int slot = 0;
        while (slot < table.Width)
        {
            if (!IsVaried(table, spans, slot))
            {
                slot++;
                continue;
            }

            int first = slot;
            while (slot + 1 < table.Width && IsVaried(table, spans, slot + 1))
            {
                slot++;
            }

            var readings = Readings(table, spans, first, slot);
            if (readings.Count > 1)
            {
                variations.Add(new Variation(table.GroupId, first, slot, readings));
            }

            slot++;
        }

        return variations;
    }

    private static void Add(List<DiffPiece> pieces, DiffOperation op, string text, IReadOnlyList<Token> tokens, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var slice = text[tokens[start].Start..tokens[start + count - 1].End];
        if (pieces.Count > 0 && pieces[^1].Operation == op)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + " " + slice };
        }
        else
        {
            pieces.Add(new DiffPiece(op, slice));
        }
    }

    private static (int First, int Last) Extent(AlignedRow row)
    {
        // Where the version's words start and stop: a truncated quote's closing comma does not stretch it to the end.
        int first = 0, last = row.Cells.Count - 1;
        while (first <= last && row.Cells[first] is not { IsContent: true })
        {
            first++;
        }

        while (last >= first && row.Cells[last] is not { IsContent: true })
        {
            last--;
        }

        return (first, last);
    }

    private static bool Covers((int First, int Last) span, int from, int to) => span.First <= from && to <= span.Last;

    /// <summary>True when the versions that quote <paramref name="slot"/> do not all read the same there (a gap counts as a reading).</summary>
    private static bool IsVaried(AlignmentTable table, List<(int First, int Last)> spans, int slot)
    {
        bool seen = false;
        string? reading = null;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (!Covers(spans[r], slot, slot))
            {
                continue;
            }

            var norm = table.Rows[r].Cells[slot]?.Norm;
            if (seen && !string.Equals(norm, reading, StringComparison.Ordinal))
            {
                return true;
            }

            (seen, reading) = (true, norm);
        }

        return false;
    }

    private static List<Reading> Readings(AlignmentTable table, List<(int First, int Last)> spans, int first, int last)
    {
        var byReading = new Dictionary<string, (string Text, SortedSet<string> Articles)>(StringComparer.Ordinal);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (!Covers(spans[r], first, last))
            {
                continue;
            }

            var cells = table.Rows[r].Cells.Skip(first).Take(last - first + 1).OfType<Token>().ToList();
            var key = string.Join(' ', cells.Select(c => c.Norm));
            if (!byReading.TryGetValue(key, out var reading))
            {
                reading = (Join(cells), new SortedSet<string>(StringComparer.Ordinal));
                byReading[key] = reading;
            }

            reading.Articles.Add(table.Rows[r].Member.ArticleId);
        }

        return byReading.Values
            .Select(v => new Reading(v.Text, v.Articles.ToList()))
            .OrderByDescending(r => r.ArticleIds.Count).ThenBy(r => r.Text, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Joins tokens as written, with a space between words and none before closing punctuation.</summary>
    internal static string Join(IReadOnlyList<Token> tokens)
    {
        var sb = new System.Text.StringBuilder();
        for (int k = 0; k < tokens.Count; k++)
        {
            if (k > 0 && tokens[k].Start > tokens[k - 1].End)
            {
                sb.Append(' ');
            }

            sb.Append(tokens[k].Text);
        }

        return sb.ToString();
    }
}
