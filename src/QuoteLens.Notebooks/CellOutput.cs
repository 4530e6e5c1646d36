namespace QuoteLens.Notebooks;

/// <summary>One output of a code cell, as nbformat 4 stores it.</summary>
public abstract record CellOutput;

/// <summary>Text a cell wrote to the console (nbformat <c>stream</c>).</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">The text written, in order.</param>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>
/// A displayed value (nbformat <c>display_data</c>), or the value of a cell's last expression
/// (<c>execute_result</c>, when <paramref name="ExecutionCount"/> is set).
/// </summary>
/// <param name="Data">The value in each MIME type, by MIME type (ordinal order).</param>
/// <param name="ExecutionCount">The cell's execution count for an <c>execute_result</c>; null for <c>display_data</c>.</param>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data, int? ExecutionCount = null) : CellOutput
{
    /// <summary>True when this is the value of the cell's last expression.</summary>
    public bool IsResult => ExecutionCount is not null;
}

/// <summary>A failed cell (nbformat <c>error</c>).</summary>
/// <param name="Name">The kind of error (<c>CompilationError</c>, or the exception's type name).</param>
/// <param name="Value">The message.</param>
/// <param name="Traceback">Where it happened, one line each (notebook, cell and line; no stack dump).</param>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
