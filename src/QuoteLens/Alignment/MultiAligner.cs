using QuoteLens.Text;

namespace QuoteLens.Alignment;

/// <summary>Aligns all versions of a group into one table.</summary>
public static class MultiAligner
{
    /// <summary>Aligns the members of <paramref name="group"/> token by token.</summary>
    public static AlignmentTable Align(QuoteGroup group)
    {
        var rows = group.Members.Select(m => Tokenizer.Tokenize(m.Text, m.Start)).ToList();
        int width = rows.Max(r => r.Count);
        return new AlignmentTable(group.Id,
            group.Members.Select((m, i) => new AlignedRow(m, Enumerable.Range(0, width).Select(k => k < rows[i].Count ? rows[i][k] : (Token?)null).ToList())).ToList(),
            width);
    }
}
