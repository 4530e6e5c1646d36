namespace QuoteLens.Views;

/// <summary>A view that shows itself as an HTML fragment (every article text in it HTML-encoded).</summary>
public interface IHtmlView
{
    /// <summary>The view as an HTML fragment, with the kit's <c>ql-</c> classes (the report's stylesheet styles them).</summary>
    string ToHtml();
}

/// <summary>A view that is also a table: the same rows as CSV for a spreadsheet.</summary>
public interface ITabularView : IHtmlView
{
    /// <summary>The rows as CSV (RFC 4180, a header line first, invariant culture).</summary>
    string ToCsv();
}

/// <summary>A chart: a plotly.js figure, drawn by plotly.js wherever it runs (report, notebook, any page).</summary>
public interface IPlotlyFigure : IHtmlView
{
    /// <summary>The figure as plotly's JSON schema (<c>data</c>, <c>layout</c>, <c>config</c>): the notebook mimetype <c>application/vnd.plotly.v1+json</c>.</summary>
    string ToPlotlyJson();
}
