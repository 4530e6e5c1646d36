namespace QuoteLens.Notebooks;

/// <summary>Where the notebook runner lives (being written).</summary>
internal static class NotebookAssembly
{
}
