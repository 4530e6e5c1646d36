using QuoteLens.Comparison.Framing;
using QuoteLens.Corpus;
using QuoteLens.Reports;
using QuoteLens.Views.Framing;

namespace QuoteLens.Tests.Framing;

/// <summary>Markup in outlet names and article text reaches the framing views as text, never as markup.</summary>
public sealed class FramingEncodingTests : IDisposable
{
    private const string Outlet = "Evil <b>Daily</b> & Co";

    private readonly TempFolder _corpus = new TempFolder()
        .With("a.txt", TempFolder.Article(Outlet,
            "Anti-Kremlin militants <img src=x onerror=alert(1)> reportedly crossed the border, the Kremlin claimed. Governor Roman Starovoyt said the militants were repelled."))
        .With("b.txt", TempFolder.Article("Plain Post",
            "Pro-Kyiv partisans crossed the border, Kyiv said. Governor Roman Starovoit said the partisans were repelled, a claim that could not be verified."));

    [Fact]
    public void EveryFramingTableEncodesOutletNamesAndText()
    {
        var report = Analysis.Run(CorpusLoader.Load(_corpus.Path)).Framing(FramingLexicon.Load(TestPaths.Data("lexicons")));
        Assert.Contains(Outlet, report.Outlets);
        var views = new[]
        {
            new LabelMatrix(report).ToHtml(),
            FramingTables.Labels(report).ToHtml(),
            FramingTables.AttributionVerbs(report).ToHtml(),
            FramingTables.Hedges(report).ToHtml(),
            FramingTables.DistinctiveWords(report).ToHtml(),
            FramingTables.NameVariants(report).ToHtml(),
        };
        Assert.All(views, html =>
        {
            Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        });
        Assert.All(views.Take(4), html => Assert.Contains("Evil &lt;b&gt;Daily&lt;/b&gt; &amp; Co", html, StringComparison.Ordinal));
        Assert.Equal(Outlet, FramingViewTests.Rows(views[1]).First(r => r["Label"] == "militant")["Outlet"]);
    }

    [Fact]
    public void TheReportsFramingSectionShowsNoRawMarkup()
    {
        var html = ReportBuilder.For(CorpusLoader.Load(_corpus.Path)).Build().ToHtml();
        var framing = html[html.IndexOf("<section id=\"framing\"", StringComparison.Ordinal)..];
        framing = framing[..framing.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("militant", framing, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", framing, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", framing, StringComparison.Ordinal);
    }

    public void Dispose() => _corpus.Dispose();
}
