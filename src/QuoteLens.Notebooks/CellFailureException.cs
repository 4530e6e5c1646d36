namespace QuoteLens.Notebooks;

/// <summary>A cell that could not run: what went wrong and on which line of the cell (from 1; 0 when unknown).</summary>
internal sealed class CellFailureException(int line, string kind, string message) : Exception(message)
{
    /// <summary>The line of the cell, from 1; 0 when unknown.</summary>
    public int Line { get; } = line;

    /// <summary>The kind of error (<c>CompilationError</c>, the exception's type name ...).</summary>
    public string Kind { get; } = kind;
}
