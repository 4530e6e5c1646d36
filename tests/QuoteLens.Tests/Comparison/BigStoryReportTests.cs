using System.Text.Json;
using AngleSharp.Html.Parser;
using QuoteLens.Alignment;
using QuoteLens.Corpus;
using QuoteLens.Quotes;
using QuoteLens.Reports;
using QuoteLens.Tests.Cli;
using QuoteLens.Text;
using QuoteLens.Views;
using QuoteLens.Views.Charts;

namespace QuoteLens.Tests.Comparison;

/// <summary>The report, the JSON and the heatmap on a syndicated statement: wordings with counts, first publisher, lineage, options.</summary>
public sealed class BigStoryReportTests
{
    [Fact]
    public void Report_shows_each_wording_with_its_count_the_first_publisher_and_the_lineage()
    {
        using var corpus = SyndicatedCorpus.Create();
        var document = new HtmlParser().ParseDocument(ReportBuilder.For(CorpusLoader.Load(corpus.Directory)).Build().ToHtml());
        var group = document.QuerySelectorAll("#shared section.ql-group").Single(s => s.TextContent.Contains("punished", StringComparison.Ordinal));
        var rows = group.QuerySelectorAll("table.ql-wordings tbody tr");
        Assert.Equal(["W1", "W2"], rows.Select(r => r.GetAttribute("data-wording")));
        Assert.Equal(["4", "3"], rows.Select(r => r.QuerySelector(".ql-n")!.TextContent));
        Assert.Equal("Wire Agency, Daily One, Harbour Herald, Valley Post", rows[0].QuerySelector("td.ql-sources")!.TextContent);
        Assert.Contains("First published by Wire Agency, 2024-03-15T06:00:00Z, in wording W1.", group.QuerySelector(".ql-first")!.TextContent, StringComparison.Ordinal);
        var lineage = group.QuerySelectorAll("table.ql-lineage tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();
        Assert.Equal("new wording", lineage[1][0]);
        Assert.Equal("The Moscow Times", lineage[1][1]);
        Assert.Equal("1 source: News Aggregator (and 1 undated)", lineage[1][3]);
        Assert.NotNull(group.QuerySelector(".ql-timeline .ql-figure"));
        Assert.Equal(2, group.QuerySelectorAll("table.ql-align tbody tr").Length);
    }

    [Fact]
    public void Top_and_appendix_options_limit_the_report()
    {
        using var corpus = SyndicatedCorpus.Create();
        var loaded = CorpusLoader.Load(corpus.Directory);
        var full = new HtmlParser().ParseDocument(ReportBuilder.For(loaded).Build().ToHtml());
        Assert.Equal(7, full.QuerySelectorAll("#articles article").Length);
        var none = new HtmlParser().ParseDocument(ReportBuilder.For(loaded, new ReportOptions(Top: 0, Appendix: ReportAppendix.None)).Build().ToHtml());
        Assert.Null(none.QuerySelector("#articles"));
        Assert.Empty(none.QuerySelectorAll("#shared section.ql-group"));
        Assert.Empty(none.QuerySelectorAll("a[href^='#q-']"));
        Assert.NotNull(none.QuerySelector("#shared-more"));
        var shared = new HtmlParser().ParseDocument(ReportBuilder.For(loaded, new ReportOptions(Appendix: ReportAppendix.Shared)).Build().ToHtml());
        var linked = shared.QuerySelectorAll("#shared a[href^='#q-']").Select(a => a.GetAttribute("href")![1..]).Distinct().ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, id => Assert.NotNull(shared.QuerySelector($"#articles [id='{id}']")));
        Assert.Equal(["art-a1", "art-a3"], shared.QuerySelectorAll("#articles article").Select(a => a.Id));
    }

    [Fact]
    public void Align_json_carries_the_wordings_and_the_first_dated_version()
    {
        using var corpus = SyndicatedCorpus.Create();
        var result = CliRunner.Run("align", corpus.Directory, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Finding quotes", result.Stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(result.Stdout);
        var group = doc.RootElement.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("text").GetString()!.Contains("punished", StringComparison.Ordinal));
        var wordings = group.GetProperty("wordings").EnumerateArray().ToList();
        Assert.Equal([SyndicatedCorpus.Killers + ",", SyndicatedCorpus.Assassins + ","], wordings.Select(w => w.GetProperty("text").GetString()));
        Assert.Equal(["a3", "a4", "a7"], wordings[1].GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("a1", group.GetProperty("first").GetProperty("article").GetString());
        Assert.Equal("2024-03-15T06:00:00Z", group.GetProperty("first").GetProperty("published").GetString());
    }

    [Fact]
    public void Report_command_takes_top_and_appendix_and_shows_no_progress_when_redirected()
    {
        using var corpus = SyndicatedCorpus.Create();
        var output = Path.Combine(corpus.Directory, "out", "r.html");
        var result = CliRunner.Run("report", corpus.Directory, "-o", output, "--top", "1", "--appendix", "none");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr.Replace("\r", "", StringComparison.Ordinal).Split('\n').Where(l => !l.Contains("a7.txt", StringComparison.Ordinal) && l.Length > 0).Aggregate("", (a, b) => a + b));
        var document = new HtmlParser().ParseDocument(File.ReadAllText(output));
        Assert.Single(document.QuerySelectorAll("#shared section.ql-group"));
        Assert.Null(document.QuerySelector("#articles"));
        var bad = CliRunner.Run("report", corpus.Directory, "-o", output, "--appendix", "some");
        Assert.Equal(1, bad.ExitCode);
    }

    [Fact]
    public void Heatmap_shows_a_source_with_two_versions_once_and_never_compares_it_with_itself()
    {
        using var corpus = SyndicatedCorpus.Create();
        var loaded = CorpusLoader.Load(corpus.Directory);
        var labels = SourceLabels.For(loaded);
        Quote Version(string article, string text) => new(article + "#1", article, text, 0, text.Length, QuoteKind.Full, false, "“", null, null, "en", [new Span(0, text.Length)]);
        AlignedRow Row(Quote q, params string?[] words) => new(q, words.Select(w => w is null ? (Token?)null : new Token(w, w, TokenKind.Word, 0, w.Length)).ToList());
        var table = new AlignmentTable("G1", [
            Row(Version("a1", "the killers will pay"), "the", "killers", "will", "pay"),
            Row(Version("a1", "killers"), null, "killers", null, null),
            Row(Version("a3", "the assassins will pay"), "the", "assassins", "will", "pay"),
        ], 4);
        using var json = JsonDocument.Parse(SimilarityHeatmap.Create([table], labels).ToJson());
        var z = json.RootElement.GetProperty("data")[0].GetProperty("z");
        Assert.Equal(7, z.GetArrayLength());
        Assert.Equal(100, z[0][0].GetDouble());
        Assert.Equal(75, z[0][2].GetDouble());
    }
}
