using System.Text.RegularExpressions;
using QuoteLens.Notebooks;
using QuoteLens.Reports;

namespace QuoteLens.Tests.Notebooks;

public class NotebookHtmlTests(DisplayRunFixture fixture) : IClassFixture<DisplayRunFixture>
{
    private string Page(bool hideCode = false) => NotebookHtml.Render(fixture.Run.Notebook, hideCode);

    [Fact]
    public void ThePageInlinesPlotlyOnceAndLetsOnlyItsOwnTwoScriptsRun()
    {
        string page = Page();
        Assert.Matches(new Regex("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+';"), page);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//"), page.Replace(PlotlyScript.Source, "", StringComparison.Ordinal));
        int first = page.IndexOf(PlotlyScript.Source, StringComparison.Ordinal);
        Assert.True(first > 0, "plotly.js is not inlined");
        Assert.Equal(-1, page.IndexOf(PlotlyScript.Source, first + 1, StringComparison.Ordinal));
        Assert.Equal(2, Regex.Count(page, "<div class=\"ql-figure\" data-figure=\"figure-\\d\""));
    }

    [Fact]
    public void MarkdownIsRenderedAndCodeAndTextAreEncoded()
    {
        string page = Page();
        Assert.Contains("<h1 id=\"display-test\">Display test</h1>", page, StringComparison.Ordinal);
        Assert.Contains("&quot;&lt;b&gt;bold&lt;/b&gt;&quot;.DisplayAs(&quot;text/html&quot;);", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"stdout\">first line\nsecond 42\n</pre>", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"a-markdown-stretch\">A markdown stretch</h2>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void HideCodeLeavesOutTheCodeButNotTheOutputs()
    {
        string page = Page(hideCode: true);
        Assert.DoesNotContain("class=\"source\"", page, StringComparison.Ordinal);
        Assert.Contains("<b>bold</b>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlInMarkdownIsShownAsTextNotMarkup()
    {
        var notebook = NotebookDocument.Parse(
            """{"cells":[{"cell_type":"markdown","metadata":{},"source":["<script>alert(1)</script> *ok*"]}],"metadata":{},"nbformat":4,"nbformat_minor":5}""",
            "inline.ipynb");
        string page = NotebookHtml.Render(notebook, hideCode: false);
        Assert.Contains("script-src 'none';", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; <em>ok</em>", page, StringComparison.Ordinal);
    }
}
