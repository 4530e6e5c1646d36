namespace QuoteLens.Notebooks;

/// <summary>Where and why a run stopped.</summary>
/// <param name="Notebook">The notebook's file name.</param>
/// <param name="Cell">The cell's position in the notebook, from 1.</param>
/// <param name="Line">The line within the cell, from 1; 0 when unknown.</param>
/// <param name="Kind">The kind of error (<c>CompilationError</c>, the exception's type name ...).</param>
/// <param name="Message">What went wrong.</param>
public sealed record NotebookFailure(string Notebook, int Cell, int Line, string Kind, string Message)
{
    /// <summary>"notebook.ipynb, cell 4, line 2: CompilationError: ..." in one line.</summary>
    public override string ToString() =>
        $"{Notebook}, cell {Cell}{(Line > 0 ? $", line {Line}" : "")}: {Kind}: {Message}";
}

/// <summary>The outcome of running a notebook: the notebook with its new outputs, and the failure that stopped it, if any.</summary>
/// <param name="Notebook">The notebook, outputs included.</param>
/// <param name="Failure">Null when every cell ran.</param>
public sealed record NotebookRun(NotebookDocument Notebook, NotebookFailure? Failure)
{
    /// <summary>True when every cell ran.</summary>
    public bool Succeeded => Failure is null;
}
