using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using QuoteLens.Cli;
using QuoteLens.Corpus;
using QuoteLens.Reports;

namespace QuoteLens.Tests.Reports;

/// <summary>The report as a file: self-contained, policy-locked, reproducible; blind mode; the CLI command.</summary>
public sealed class ReportTests
{
    private static readonly ArticleCorpus Sample = CorpusLoader.Load(TestPaths.Data("belgorod-2024-03"));

    [Fact]
    public void Plotly_is_embedded_and_named_with_its_licence()
    {
        Assert.StartsWith("/**\n* plotly.js v" + PlotlyScript.Version, PlotlyScript.Source, StringComparison.Ordinal);
        Assert.Contains("Licensed under the MIT license", PlotlyScript.Source, StringComparison.Ordinal);
        Assert.Same(PlotlyScript.Source, PlotlyScript.Source);
    }

    [Fact]
    public void Report_is_self_contained_and_its_policy_allows_exactly_its_scripts()
    {
        var html = ReportBuilder.For(Sample).Build().ToHtml();
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script[src], link[href], img[src]:not([src^='data:']), iframe, object, embed"));
        var policy = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
        Assert.NotNull(policy);
        Assert.StartsWith("default-src 'none'; script-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' ;", policy.Split("style-src")[0], StringComparison.Ordinal);
        var allowed = Regex.Matches(policy, "'sha256-([^']+)'").Select(m => m.Groups[1].Value).ToHashSet();
        var scripts = document.Scripts.Select(s => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s.Text)))).ToHashSet();
        Assert.Equal(scripts.Order(), allowed.Order());
        Assert.True(scripts.Count >= 4, "plotly, the report script and at least two charts");
    }

    [Fact]
    public void Same_corpus_gives_the_same_bytes()
    {
        Assert.Equal(ReportBuilder.For(Sample).Build().ToHtml(), ReportBuilder.For(CorpusLoader.Load(TestPaths.Data("belgorod-2024-03"))).Build().ToHtml());
        Assert.Equal(ReportBuilder.For(Sample, new ReportOptions(Blind: true)).Build().ToHtml(), ReportBuilder.For(Sample, new ReportOptions(Blind: true)).Build().ToHtml());
    }

    [Fact]
    public void Every_version_links_to_an_anchor_in_the_appendix()
    {
        var document = new HtmlParser().ParseDocument(ReportBuilder.For(Sample).Build().ToHtml());
        var links = document.QuerySelectorAll("#shared a[href^='#']").Select(a => a.GetAttribute("href")![1..]).Distinct().ToList();
        Assert.NotEmpty(links);
        Assert.All(links, id => Assert.NotNull(document.QuerySelector($"#articles [id='{id}']")));
    }

    [Fact]
    public void Blind_report_masks_outlet_names_in_article_text_before_the_key()
    {
        var corpus = CorpusLoader.Load(ReportCorpora.Small);
        var html = ReportBuilder.For(corpus, new ReportOptions(Blind: true)).Build().ToHtml();
        var document = new HtmlParser().ParseDocument(html);
        var key = document.QuerySelector("details.ql-key");
        Assert.NotNull(key);
        Assert.False(key.HasAttribute("open"));
        var keyText = key.TextContent;
        key.Remove();
        var visible = document.Body!.TextContent;
        foreach (var name in ReportCorpora.SmallOutlets.Concat(["harbourgazette", "valleycourier.example", "a1.txt", "Mayor warns of floods"]))
        {
            Assert.DoesNotContain(name, visible, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name, document.Body.InnerHtml, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("told [Source ", visible, StringComparison.Ordinal);
        Assert.All(ReportCorpora.SmallOutlets, name => Assert.Contains(name, keyText, StringComparison.Ordinal));
    }

    [Fact]
    public void Blind_labels_are_a_reproducible_shuffle_of_the_articles()
    {
        var (masked, key) = BlindCorpus.Mask(Sample);
        Assert.Equal(Sample.Articles.Select(a => a.Id).Order(), key.Select(k => k.Article.Id).Order());
        Assert.Equal(["A", "B", "C", "D", "E"], masked.Articles.Select(a => a.Id));
        Assert.NotEqual(Sample.Articles.Select(a => a.Id), key.Select(k => k.Article.Id));
        Assert.Equal(key.Select(k => k.Article.Id), BlindCorpus.Mask(CorpusLoader.Load(TestPaths.Data("belgorod-2024-03"))).Key.Select(k => k.Article.Id));
        Assert.Equal(["A", "Z", "AA", "AZ", "BA"], new[] { 0, 25, 26, 51, 52 }.Select(BlindCorpus.Letters));
    }

    [Fact]
    public void Masking_keeps_paragraphs_on_the_same_words()
    {
        var corpus = CorpusLoader.Load(ReportCorpora.Small);
        var (masked, key) = BlindCorpus.Mask(corpus);
        foreach (var (article, original) in masked.Articles.Zip(key.Select(k => k.Article)))
        {
            Assert.Equal(original.Paragraphs.Count, article.Paragraphs.Count);
            var last = article.ParagraphText(article.Paragraphs[^1]);
            Assert.DoesNotContain("Gazette", last, StringComparison.Ordinal);
            Assert.Equal(original.ParagraphText(original.Paragraphs[0]).Split(' ')[0], article.ParagraphText(article.Paragraphs[0]).Split(' ')[0]);
        }
    }

    [Fact]
    public void Hostile_article_text_is_encoded_everywhere()
    {
        using var hostile = ReportCorpora.Hostile();
        var html = ReportBuilder.For(CorpusLoader.Load(hostile.Directory)).Build().ToHtml();
        Assert.DoesNotContain("<script>window.pwned", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Daily", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.pwned = 1;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Added_sections_go_before_the_appendix()
    {
        var builder = ReportBuilder.For(Sample).Add(new ExtraSection());
        var ids = builder.Sections.Select(s => s.Id).ToList();
        Assert.Equal(ids.IndexOf("articles") - 1, ids.IndexOf("extra"));
        Assert.Contains("<section id=\"extra\" aria-labelledby=\"extra-h\">\n<h2 id=\"extra-h\">Extra &amp; more</h2>\n<p>extra</p>", builder.Build().ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_command_writes_the_file_and_says_where()
    {
        var folder = Directory.CreateTempSubdirectory("quotelens-cli-").FullName;
        try
        {
            var output = Path.Combine(folder, "sub", "r.html");
            Assert.Equal(0, await QuoteLensApp.RunAsync(["report", ReportCorpora.Small, "-o", output, "--blind"]));
            Assert.Contains("Source A", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
            Assert.Equal(1, await QuoteLensApp.RunAsync(["report", Path.Combine(folder, "missing"), "-o", output]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class ExtraSection : IReportSection
    {
        public string Id => "extra";

        public string Title => "Extra & more";

        public string? Render(ReportContext context) => "<p>extra</p>\n";
    }
}
