namespace QuoteLens.Notebooks;

/// <summary>The kernel names Polyglot Notebooks writes, and their aliases.</summary>
internal static class KernelNames
{
    public const string CSharp = "csharp";
    public const string Html = "html";
    public const string Markdown = "markdown";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = CSharp,
        ["c#"] = CSharp,
        ["fsharp"] = "fsharp",
        ["f#"] = "fsharp",
        ["pwsh"] = "pwsh",
        ["powershell"] = "pwsh",
        ["javascript"] = "javascript",
        ["js"] = "javascript",
        ["html"] = Html,
        ["markdown"] = Markdown,
        ["md"] = Markdown,
        ["mermaid"] = "mermaid",
        ["sql"] = "sql",
        ["kql"] = "kql",
        ["http"] = "http",
        ["value"] = "value",
        ["python"] = "python",
    };

    /// <summary>The canonical name of a kernel, or null when <paramref name="name"/> names none.</summary>
    public static string? Canonical(string? name) =>
        name is not null && Aliases.TryGetValue(name.Trim(), out var canonical) ? canonical : null;
}
