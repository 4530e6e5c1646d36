using System.Text.Json.Nodes;

namespace QuoteLens.Notebooks;

/// <summary>What a notebook cell holds.</summary>
public enum CellKind
{
    /// <summary>Code to run.</summary>
    Code,

    /// <summary>Markdown text.</summary>
    Markdown,

    /// <summary>Raw text, shown as it is.</summary>
    Raw,
}

/// <summary>One cell of a notebook: its source, the kernel it is written for, and its outputs.</summary>
public sealed class NotebookCell
{
    internal NotebookCell(int number, CellKind kind, string source, string kernelName, JsonObject json, IReadOnlyList<CellOutput> outputs, int? executionCount)
    {
        Number = number;
        Kind = kind;
        Source = source;
        KernelName = kernelName;
        Json = json;
        Outputs = outputs;
        ExecutionCount = executionCount;
    }

    /// <summary>Position of the cell in the notebook, from 1 (markdown cells count, as an editor shows them).</summary>
    public int Number { get; }

    /// <summary>The cell's id (nbformat 4.5), or null when the notebook has none.</summary>
    public string? Id => Json["id"]?.GetValue<string>();

    /// <summary>Code, markdown or raw.</summary>
    public CellKind Kind { get; }

    /// <summary>The cell's text.</summary>
    public string Source { get; }

    /// <summary>The kernel the cell is written for (<c>csharp</c>, <c>fsharp</c>, <c>pwsh</c> ...): the cell's metadata, else the notebook's default.</summary>
    public string KernelName { get; }

    /// <summary>The outputs of the last run.</summary>
    public IReadOnlyList<CellOutput> Outputs { get; internal set; }

    /// <summary>The execution count of the last run, or null when the cell has not run.</summary>
    public int? ExecutionCount { get; internal set; }

    /// <summary>The cell as read, kept so that fields the runner does not know survive a save.</summary>
    internal JsonObject Json { get; }
}
