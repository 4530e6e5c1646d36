namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>A problem found while loading a glossary or dictionary; the entry (or file) was skipped.</summary>
/// <param name="File">The file with the problem.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record LexiconIssue(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
