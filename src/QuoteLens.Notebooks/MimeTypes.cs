namespace QuoteLens.Notebooks;

/// <summary>The MIME types the runner writes and renders.</summary>
public static class MimeTypes
{
    /// <summary>Plain text.</summary>
    public const string Plain = "text/plain";

    /// <summary>An HTML fragment.</summary>
    public const string Html = "text/html";

    /// <summary>Markdown text.</summary>
    public const string Markdown = "text/markdown";

    /// <summary>A plotly.js figure (<c>{"data": [...], "layout": {...}}</c>), stored as a JSON object.</summary>
    public const string Plotly = "application/vnd.plotly.v1+json";

    /// <summary>True for MIME types whose value nbformat stores as JSON rather than as text.</summary>
    public static bool IsJson(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);
}
