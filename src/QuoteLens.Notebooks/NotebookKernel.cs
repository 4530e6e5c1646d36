using System.Diagnostics.CodeAnalysis;

namespace QuoteLens.Notebooks;

/// <summary>
/// What a notebook's C# cells can call without a prefix, as in the Polyglot Notebooks C# kernel:
/// <c>display(x)</c> and <c>HTML(markup)</c>. (The kernel's <c>DisplayAs</c> extension is in
/// <see cref="NotebookDisplayExtensions"/>.)
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "The kernel's names, so that notebooks run unchanged in both.")]
public sealed class NotebookKernel
{
    internal NotebookKernel()
    {
    }

    /// <summary>
    /// Shows <paramref name="value"/> below the cell. With MIME types, only those representations are kept
    /// (<c>display(view, "text/html")</c>).
    /// </summary>
    /// <exception cref="ArgumentException">None of the MIME types given can show the value.</exception>
    public void display(object? value, params string[] mimeTypes) => Show(value, mimeTypes);

    /// <summary>Marks <paramref name="markup"/> as HTML, so that displaying it shows it rendered.</summary>
    public HtmlContent HTML(string markup) => new(markup);

    internal static void Show(object? value, IReadOnlyCollection<string> mimeTypes)
    {
        var bundle = DisplayFormatter.Format(value);
        if (mimeTypes.Count > 0)
        {
            foreach (var mime in bundle.Keys.Where(k => !mimeTypes.Contains(k)).ToList())
            {
                bundle.Remove(mime);
            }

            if (bundle.Count == 0)
            {
                throw new ArgumentException($"cannot display a {value?.GetType().Name ?? "null"} as {string.Join(", ", mimeTypes)}", nameof(mimeTypes));
            }
        }

        Emit(bundle);
    }

    internal static void Emit(IReadOnlyDictionary<string, string> bundle) =>
        (CellOutputSink.Current ?? throw new InvalidOperationException("display() works only while a notebook cell runs"))
            .Add(new DisplayOutput(bundle));
}

/// <summary>The kernel's <c>DisplayAs</c>: shows a string that already is in a given MIME type.</summary>
public static class NotebookDisplayExtensions
{
    /// <summary>
    /// Shows <paramref name="value"/> as <paramref name="mimeType"/>: <c>chart.ToPlotlyJson().DisplayAs("application/vnd.plotly.v1+json")</c>
    /// draws a chart, <c>markup.DisplayAs("text/html")</c> shows HTML. Works the same in Polyglot Notebooks.
    /// </summary>
    public static void DisplayAs(this string value, string mimeType)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(mimeType);
        var bundle = new SortedDictionary<string, string>(StringComparer.Ordinal) { [mimeType] = value };
        if (mimeType == MimeTypes.Plotly)
        {
            bundle = DisplayFormatter.Format(new PlotlyFigure(value));
        }

        NotebookKernel.Emit(bundle);
    }

    /// <summary>A figure given as JSON, so that it is formatted like any chart.</summary>
    private sealed record PlotlyFigure(string Json) : QuoteLens.Views.IPlotlyFigure
    {
        public string ToPlotlyJson() => Json;

        public string ToHtml() => DisplayFormatter.PlotlyFallback();

        public override string ToString() => "plotly figure";
    }
}
