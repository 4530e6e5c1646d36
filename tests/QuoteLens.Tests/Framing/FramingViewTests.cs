using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using QuoteLens.Comparison.Framing;
using QuoteLens.Views.Charts;
using QuoteLens.Views.Framing;

namespace QuoteLens.Tests.Framing;

/// <summary>The framing tables and charts on the sample corpus: the expected rows, read back from the rendered HTML and plotly JSON.</summary>
public class FramingViewTests(FramingFixture fixture) : IClassFixture<FramingFixture>
{
    private FramingReport Report => fixture.Report;

    [Theory]
    [InlineData("militant", "000", "4", "")]
    [InlineData("partisan", "002", "3", "")]
    [InlineData("militia", "003", "6", "")]
    [InlineData("scum", "004", "", "1 in quotes")]
    [InlineData("fighter", "002", "", "1 in quotes")]
    public void LabelMatrixShowsOwnAndQuotedUsesUnderTheOutlet(string label, string article, string own, string quoted)
    {
        var table = Parse(new LabelMatrix(Report).ToHtml());
        var cell = Cell(table, label, fixture.Outlet(article));
        Assert.Equal(own, cell.QuerySelector(".ql-own")?.TextContent ?? "");
        Assert.Equal(quoted, cell.QuerySelector(".ql-quoted")?.TextContent ?? "");
        Assert.Equal(ExpectedUses(label, article, quoted: false), own.Length == 0 ? 0 : int.Parse(own, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void LabelMatrixCsvHasAnOwnAndAQuotedColumnPerOutlet()
    {
        var matrix = new LabelMatrix(Report);
        var header = matrix.ToCsv().Split('\n')[0];
        Assert.Equal(2 + (2 * Report.Outlets.Count), header.Split(',').Length);
        Assert.Contains(fixture.Outlet("000") + " (quoted)", header, StringComparison.Ordinal);
        Assert.Equal(Report.Labels.Sum(l => l.Count), matrix.Rows.Sum(r => r.Cells.Sum(c => c.Own + c.Quoted)));
    }

    [Theory]
    [InlineData("001", "could not be verified")]
    [InlineData("003", "cannot verify")]
    [InlineData("002", "unconfirmed")]
    [InlineData("000", "reportedly")]
    [InlineData("001", "it was unclear")]
    public void HedgeTableHasTheOutletsHedges(string article, string hedge)
    {
        var rows = Rows(FramingTables.Hedges(Report).ToHtml());
        Assert.Contains(rows, r => r["Outlet"] == fixture.Outlet(article) && r["Hedge"] == hedge && int.Parse(r["Own"], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void NameTableShowsStarovoytAndStarovitWithTheirOutlets()
    {
        var rows = Rows(FramingTables.NameVariants(Report).ToHtml());
        var starovoyt = Assert.Single(rows, r => r["Spelling"] == "Starovoyt");
        var starovit = Assert.Single(rows, r => r["Spelling"] == "Starovit");
        Assert.Equal(starovoyt["Name"], starovit["Name"]);
        Assert.Contains(fixture.Outlet("000"), starovoyt["Outlets"], StringComparison.Ordinal);
        Assert.Contains(fixture.Outlet("001"), starovit["Outlets"], StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Outlet("001"), starovoyt["Outlets"], StringComparison.Ordinal);
    }

    [Fact]
    public void VerbTableListsEachSidesSpeakersTogether()
    {
        var rows = Rows(FramingTables.AttributionVerbs(Report).ToHtml());
        Assert.Contains(rows, r => r["Side"] == "Russia" && r["Speaker"] == "Kremlin" && r["Verb"] == "claimed" && r["Outlet"] == fixture.Outlet("000"));
        var sides = rows.Select(r => r["Side"]).ToList();
        Assert.Equal(sides.Distinct().Count(), sides.Select((s, i) => i == 0 || sides[i - 1] != s).Count(changed => changed));
        Assert.Equal(FramingTables.UnknownSide, sides[^1]);
    }

    [Fact]
    public void DistinctiveWordTableRoundsTheScoresAndKeepsEachOutletsHighestZFirst()
    {
        var rows = FramingTables.DistinctiveWords(Report).Rows;
        Assert.Equal(Report.DistinctiveTerms.Count, rows.Count);
        foreach (var outlet in rows.GroupBy(r => r.Outlet))
        {
            Assert.Equal(outlet.Select(r => r.Z).OrderDescending(), outlet.Select(r => r.Z));
        }

        var first = rows[0];
        var term = Report.DistinctiveTerms.Single(t => t.Outlet == first.Outlet && t.Term == first.Word);
        Assert.Equal(Math.Round(term.Z, 2), first.Z);
        Assert.Equal(Math.Round(term.LogOdds, 3), first.LogOdds);
    }

    [Fact]
    public void OwnWordsHeatmapCountsWhatTheAnalysisCounted()
    {
        var trace = HeatmapOf(FramingCharts.LabelHeatmap(Report));
        var outlet = Figure.Label(fixture.Outlet("000"));
        var z = trace["z"]![IndexOf(trace["y"]!, "militant")]![IndexOf(trace["x"]!, outlet)]!.GetValue<double>();
        Assert.Equal(ExpectedUses("militant", "000", quoted: false), z);
        Assert.DoesNotContain("scum", trace["y"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void QuotedHeatmapHoldsOnlyLabelsUsedInsideQuotes()
    {
        var trace = HeatmapOf(FramingCharts.LabelHeatmap(Report, quoted: true));
        var labels = trace["y"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains("scum", labels);
        Assert.Equal(Report.Labels.Where(l => l.Quoted).Select(l => l.Label).Distinct().Order(StringComparer.Ordinal), labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void VerbChartBarsAddUpToTheVerbsOfSpeakersWithAKnownSide()
    {
        var figure = Json(FramingCharts.AttributionVerbs(Report));
        var traces = figure["data"]!.AsArray();
        Assert.All(traces, t => Assert.Equal("bar", t!["type"]!.GetValue<string>()));
        Assert.Equal(
            Report.AttributionVerbs.Where(v => v.Side is not null).Sum(v => v.Count),
            traces.Sum(t => t!["x"]!.AsArray().Sum(n => n!.GetValue<int>())));
        var claimed = Report.AttributionVerbs.Where(v => v.Side is not null && v.Verb == "claimed").Select(v => (v.Outlet, v.Side)).Distinct().Count();
        Assert.Equal(claimed, traces.Single(t => t!["name"]!.GetValue<string>() == "distancing")!["text"]!.AsArray().Count(n => n!.GetValue<string>().Contains("claimed", StringComparison.Ordinal)));
    }

    [Fact]
    public void DistinctiveWordChartShowsTheTopWordsOfEachOutlet()
    {
        var trace = Json(FramingCharts.DistinctiveWords(Report, top: 3))["data"]![0]!;
        var outlets = trace["y"]![0]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.All(outlets.GroupBy(o => o), g => Assert.True(g.Count() <= 3));
        Assert.Equal(Report.DistinctiveTerms.Select(t => Figure.Label(t.Outlet)).Distinct().Order(StringComparer.Ordinal), outlets.Distinct());
        var best = Report.DistinctiveTerms.Where(t => t.Outlet == fixture.Outlet("000")).MaxBy(t => t.Z)!;
        int at = outlets.IndexOf(Figure.Label(best.Outlet));
        Assert.Equal(best.Term, trace["y"]![1]![at]!.GetValue<string>());
        Assert.Equal(Math.Round(best.Z, 2), trace["x"]![at]!.GetValue<double>());
    }

    private int ExpectedUses(string label, string article, bool quoted) =>
        Report.Labels.Where(l => l.Label == label && l.Outlet == fixture.Outlet(article) && l.Quoted == quoted).Sum(l => l.Count);

    internal static IElement Parse(string html) =>
        new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").QuerySelector("table")!;

    /// <summary>The cell of the row headed <paramref name="rowLabel"/> under the column headed <paramref name="column"/>.</summary>
    private static IElement Cell(IElement table, string rowLabel, string column)
    {
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var row = table.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.StartsWith(rowLabel + " (", StringComparison.Ordinal));
        return row.Children[headers.IndexOf(column)];
    }

    /// <summary>The rows of a table view's HTML, as column name → cell text.</summary>
    internal static List<Dictionary<string, string>> Rows(string html)
    {
        var table = Parse(html);
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        return table.QuerySelectorAll("tbody tr")
            .Select(tr => tr.Children.Select((td, i) => (Name: headers[i], Text: td.TextContent)).ToDictionary(c => c.Name, c => c.Text))
            .ToList();
    }

    private static JsonObject Json(Figure? figure) => JsonNode.Parse(Assert.IsType<Figure>(figure).ToJson())!.AsObject();

    private static JsonNode HeatmapOf(Figure? figure)
    {
        var trace = Json(figure)["data"]![0]!;
        Assert.Equal("heatmap", trace["type"]!.GetValue<string>());
        return trace;
    }

    private static int IndexOf(JsonNode array, string value) => array.AsArray().Select(n => n!.GetValue<string>()).ToList().IndexOf(value);
}
