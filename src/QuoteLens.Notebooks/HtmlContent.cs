namespace QuoteLens.Notebooks;

/// <summary>An HTML fragment to show as it is (what <see cref="NotebookKernel.HTML"/> returns, like the kernel's <c>IHtmlContent</c>).</summary>
/// <param name="Html">The markup.</param>
public sealed record HtmlContent(string Html)
{
    /// <summary>The markup.</summary>
    public string ToHtml() => Html;

    /// <summary>The markup.</summary>
    public override string ToString() => Html;
}
