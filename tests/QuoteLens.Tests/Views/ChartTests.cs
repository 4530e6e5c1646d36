using System.Globalization;
using System.Text.Json;
using QuoteLens.Tests.Reports;
using QuoteLens.Views;
using QuoteLens.Views.Charts;

namespace QuoteLens.Tests.Views;

/// <summary>The plotly figures: their JSON schema, determinism and what they show.</summary>
public sealed class ChartTests
{
    private static readonly Analysis Sample = Analysis.Run(TestPaths.Data("belgorod-2024-03"));
    private static readonly SourceLabels Labels = SourceLabels.For(Sample.Corpus);

    [Fact]
    public void Similarity_heatmap_is_a_symmetric_percentage_matrix_over_all_sources()
    {
        using var json = JsonDocument.Parse(SimilarityHeatmap.Create(Sample, Labels).ToJson());
        var trace = json.RootElement.GetProperty("data")[0];
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        var z = trace.GetProperty("z");
        int n = Sample.Corpus.Articles.Count;
        Assert.Equal(n, z.GetArrayLength());
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                var a = z[i][j];
                var b = z[j][i];
                Assert.Equal(a.ValueKind, b.ValueKind);
                if (a.ValueKind == JsonValueKind.Number)
                {
                    Assert.Equal(a.GetDouble(), b.GetDouble());
                    Assert.InRange(a.GetDouble(), 0, 100);
                }
            }
        }

        // 000 and 001 share the statement but word it differently ("killers" / "assassins"); 004 shares nothing.
        Assert.InRange(z[0][1].GetDouble(), 1, 99);
        Assert.Equal(JsonValueKind.Null, z[4][0].ValueKind);
        Assert.False(json.RootElement.GetProperty("config").GetProperty("displaylogo").GetBoolean());
    }

    [Fact]
    public void Word_choice_chart_shows_who_wrote_killers_and_who_wrote_assassins()
    {
        var figure = WordChoiceChart.ForMainStatement(Sample, Labels);
        Assert.NotNull(figure);
        using var json = JsonDocument.Parse(figure.ToPlotlyJson());
        var trace = json.RootElement.GetProperty("data")[0];
        var rows = trace.GetProperty("y").EnumerateArray().Select(e => e.GetString()).ToList();
        var text = trace.GetProperty("text");
        string Cell(string articleId, int column) => text[rows.IndexOf(Figure.Label(Labels[articleId]))][column].GetString()!;
        int killers = trace.GetProperty("x").EnumerateArray().Select(e => e.GetString()!).ToList().FindIndex(x => x.Contains("killers", StringComparison.Ordinal));
        Assert.True(killers >= 0);
        Assert.Equal("killers", Cell("000_54b2d773a46bd3c5", killers));
        Assert.Equal("assassins", Cell("001_ca753d6c7bf6b6cc", killers));
    }

    [Fact]
    public void Coverage_chart_counts_shared_and_exclusive_quotes_per_source()
    {
        using var json = JsonDocument.Parse(CoverageChart.Create(Sample, Labels).ToJson());
        var data = json.RootElement.GetProperty("data");
        var shared = data[0].GetProperty("x").EnumerateArray().Select(e => e.GetInt32()).ToList();
        var only = data[1].GetProperty("x").EnumerateArray().Select(e => e.GetInt32()).ToList();
        for (int i = 0; i < Labels.ArticleIds.Count; i++)
        {
            var id = Labels.ArticleIds[i];
            Assert.Equal(Sample.Groups.Count(g => g.IsShared && g.Members.Any(m => m.ArticleId == id)), shared[i]);
            Assert.Equal(Sample.Groups.Count(g => !g.IsShared && g.Members.Any(m => m.ArticleId == id)), only[i]);
        }

        Assert.Equal("/", data[1].GetProperty("marker").GetProperty("pattern").GetProperty("shape").GetString());
    }

    [Fact]
    public void Figure_json_is_invariant_deterministic_and_safe_inside_a_script()
    {
        var figure = new Figure(
            [new BarTrace([1.5, 2.25], [Figure.Label("</script><b>x</b>"), "é"]) { Name = "n" }],
            new Layout { Title = new Title("t") });
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var json = figure.ToJson();
            Assert.StartsWith("{\"data\":[{\"type\":\"bar\",\"x\":[1.5,2.25]", json, StringComparison.Ordinal);
            Assert.DoesNotContain("<", json, StringComparison.Ordinal);
            Assert.Equal(json, figure.ToJson());
            Assert.Equal(json, figure.ToPlotlyJson());
            var html = figure.ToHtml();
            Assert.Matches("^<div class=\"ql-figure\" id=\"(ql-fig-[0-9a-f]{16})\"[^>]*></div>\n<script>Plotly.newPlot\\(\"\\1\",", html);
            Assert.Single(html.Split("</script>"), s => s.Length > 0 && !s.StartsWith('\n'));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void No_variations_means_no_word_choice_chart()
    {
        var small = Analysis.Run(ReportCorpora.Small);
        Assert.Null(WordChoiceChart.Create(small.SharedGroups.Single(), [], SourceLabels.For(small.Corpus)));
    }
}
