namespace QuoteLens.Notebooks;

/// <summary>
/// A stretch of a code cell written for one kernel. A Polyglot cell may switch kernels with a
/// magic line (<c>#!csharp</c>, <c>#!html</c>, <c>#!fsharp</c> ...); each switch starts a segment.
/// </summary>
/// <param name="KernelName">The kernel of the stretch.</param>
/// <param name="Code">Its text, without the magic line.</param>
/// <param name="FirstLine">Index (from 0) of the stretch's first line in the cell.</param>
internal sealed record CellSegment(string KernelName, string Code, int FirstLine)
{
    /// <summary>Splits <paramref name="cell"/> at its kernel magic lines; other magic commands are refused.</summary>
    /// <exception cref="CellFailureException">A magic command the runner does not support.</exception>
    public static IReadOnlyList<CellSegment> Split(NotebookCell cell)
    {
        var segments = new List<CellSegment>();
        string[] lines = cell.Source.Split('\n');
        string kernel = cell.KernelName;
        int start = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("#!", StringComparison.Ordinal))
            {
                continue;
            }

            string magic = lines[i][2..].Trim().Split(' ', 2)[0];
            string next = KernelNames.Canonical(magic)
                ?? throw new CellFailureException(i + 1, "MagicCommand", $"the magic command #!{magic} is not supported by the QuoteLens runner");
            AddSegment(segments, kernel, lines, start, i);
            kernel = next;
            start = i + 1;
        }

        AddSegment(segments, kernel, lines, start, lines.Length);
        return segments;
    }

    private static void AddSegment(List<CellSegment> segments, string kernel, string[] lines, int start, int end)
    {
        string code = string.Join('\n', lines[start..end]);
        if (code.Trim().Length > 0)
        {
            segments.Add(new CellSegment(kernel, code, start));
        }
    }
}
