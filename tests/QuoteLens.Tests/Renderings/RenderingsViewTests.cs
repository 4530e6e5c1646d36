using System.Text.Json.Nodes;
using QuoteLens.Comparison.Renderings;
using QuoteLens.Tests.Reports;
using QuoteLens.Views;
using QuoteLens.Views.Renderings;

namespace QuoteLens.Tests.Renderings;

/// <summary>The renderings table (HTML and CSV) and chart, on the real corpus and on article text carrying markup.</summary>
public class RenderingsViewTests(RenderingsFixture data) : IClassFixture<RenderingsFixture>
{
    private SourceLabels Labels => SourceLabels.For(data.Peskov.Corpus);

    [Fact]
    public void TheTableMarksTheOriginalsLanguageAndNamesTheOutletsOfEachRendering()
    {
        var renderings = data.Inevitability;
        var html = new RenderingsView(renderings, Labels).ToHtml();
        int rows = renderings.Words.Single(w => w.Text == "вероятности").Renderings.Count;
        Assert.Contains($"<th scope=\"rowgroup\" rowspan=\"{rows}\" lang=\"ru\" dir=\"auto\">вероятности</th>", html, StringComparison.Ordinal);
        Assert.Matches("<td lang=\"en\" dir=\"auto\">likelihood</td><td class=\"ql-sources\">starpowerdecor\\.com[^<]*</td><td>1</td>", html);
        Assert.Contains($"<td lang=\"et\" dir=\"auto\">{Html("tõenäosusest")}</td><td class=\"ql-sources\">Postimees (Estonian)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<q lang=\"ru\" dir=\"auto\">В этом случае уже нужно говорить не о вероятности, а о неизбежности", html, StringComparison.Ordinal);
        Assert.Contains(Html(renderings.Explanation), html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCsvHasOneRowPerRenderingAndARowForSourcesWithoutACounterpart()
    {
        var renderings = data.Inevitability;
        var csv = new RenderingsView(renderings, Labels).ToCsv().Split('\n');
        Assert.Equal("Group,Word,WordLanguage,Rendering,Language,SourceCount,Sources", csv[0]);
        Assert.Contains($"{renderings.GroupId},вероятности,ru,likelihood,en,1,\"starpowerdecor.com (republication; URL slug names POLITICO as source, unverified)\"", csv);
        Assert.Contains(csv, line => line.StartsWith($"{renderings.GroupId},нужно,ru,,,", StringComparison.Ordinal) && line.Contains("EIR News", StringComparison.Ordinal));
    }

    [Fact]
    public void TheChartHasABarPerVariedWordWithASegmentPerRendering()
    {
        var figure = RenderingsChart.Create(data.Inevitability, Labels)!;
        var json = JsonNode.Parse(figure.ToJson())!;
        var traces = json["data"]!.AsArray();
        Assert.All(traces, t => Assert.Equal("bar", t!["type"]!.GetValue<string>()));
        Assert.Equal("stack", json["layout"]!["barmode"]!.GetValue<string>());
        var segments = traces.SelectMany(t => t!["y"]!.AsArray().Select((y, i) => (Word: y!.GetValue<string>(), Text: t["text"]![i]!.GetValue<string>(), Count: t["x"]![i]!.GetValue<int>())))
            .Where(s => s.Word == "вероятности").ToList();
        Assert.Equal(["possibility", "probability", "likelihood", Html("tõenäosusest")], segments.Select(s => s.Text));
        Assert.Equal([4, 3, 1, 1], segments.Select(s => s.Count));
    }

    [Fact]
    public void NoChartWhenEveryWordHasOneRendering()
    {
        var analysis = data.Macron;
        var single = analysis.Renderings().Where(r => r.HasOriginal && !r.Varied.Any()).ToList();
        Assert.NotEmpty(single);
        Assert.All(single, r => Assert.Null(RenderingsChart.Create(r, SourceLabels.For(analysis.Corpus))));
    }

    [Fact]
    public void MarkupInArticlesIsEncodedInTheTableTheCsvAndTheChart()
    {
        const string payload = "<script>window.pwned=1</script>";
        using var corpus = new TempCorpus(new Dictionary<string, string>
        {
            ["r1.txt"] = "---\noutlet: \"Вестник <b>Зла</b>\"\nlanguage: \"ru\"\n---\n"
                + $"«В этом случае уже нужно говорить не о вероятности {payload}, а о неизбежности войны с НАТО», — сказал Песков.\n",
            ["e1.txt"] = "---\noutlet: \"Evil <i>Post</i>\"\nlanguage: \"en\"\n---\n"
                + $"\"In this case we need to speak not about a possibility {payload} but of the inevitability of a war with NATO,\" Peskov said.\n",
            ["e2.txt"] = "---\noutlet: \"Plain Post\"\nlanguage: \"en\"\n---\n"
                + "\"In this case we should talk not about the probability but about the inevitability of a war with NATO,\" Peskov said.\n",
        });
        var analysis = Analysis.Run(corpus.Directory);
        var renderings = Assert.Single(analysis.Renderings());
        Assert.True(renderings.HasOriginal, renderings.Explanation);
        var labels = SourceLabels.For(analysis.Corpus);
        var view = new RenderingsView(renderings, labels);
        var html = view.ToHtml();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Evil &lt;i&gt;Post&lt;/i&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Evil <i>Post</i>", view.ToCsv(), StringComparison.Ordinal);
        var chart = RenderingsChart.Create(renderings, labels)!.ToHtml();
        Assert.DoesNotContain("<script>window", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", chart, StringComparison.Ordinal);
    }

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);
}
