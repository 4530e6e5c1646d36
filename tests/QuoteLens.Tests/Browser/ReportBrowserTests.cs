using OpenQA.Selenium;
using QuoteLens.Corpus;
using QuoteLens.Reports;
using QuoteLens.Tests.Reports;

namespace QuoteLens.Tests.Browser;

/// <summary>The rendered report in a real (headless) Chromium: charts draw, nothing is fetched, no article text runs, blind mode hides names.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ReportBrowserTests(ChromiumFixture chromium) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("quotelens-report-").FullName;

    [Fact]
    public void Report_draws_every_chart_shows_tables_and_diffs_and_fetches_nothing()
    {
        var file = Write(CorpusLoader.Load(TestPaths.Data("belgorod-2024-03")), blind: false);
        chromium.Check(nameof(Report_draws_every_chart_shows_tables_and_diffs_and_fetches_nothing), () =>
        {
            chromium.Open(file);
            var figures = chromium.Script<long>("return document.querySelectorAll('.ql-figure').length");
            Assert.True(figures >= 2, $"expected the similarity and coverage charts at least, found {figures}");
            Assert.Equal(figures, chromium.Script<long>("return Array.from(document.querySelectorAll('.ql-figure')).filter(d => d.classList.contains('js-plotly-plot') && d.data.length > 0 && d.querySelector('.main-svg')).length"));
            Assert.True(chromium.Script<long>("return document.querySelectorAll('.ql-figure .heatmaplayer image, .ql-figure .bars .point').length") > 0, "no heatmap or bar was drawn");
            Assert.True(chromium.Script<long>("return document.querySelectorAll('table.ql-align tbody tr').length") >= 2, "no alignment table");
            Assert.True(chromium.Script<long>("return document.querySelectorAll('.ql-diff ins, .ql-diff del').length") > 0, "no word diff marks");

            var requested = chromium.RequestedUrls();
            Assert.All(requested, url => Assert.True(url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), $"the report requested {url}"));
            var resources = chromium.Script<IReadOnlyCollection<object>>("return performance.getEntriesByType('resource').map(e => e.name)");
            Assert.All(resources, r => Assert.Matches("^(file|data):", (string)r));
            Assert.Empty(chromium.ConsoleErrors());
        });
    }

    [Fact]
    public void Choosing_another_base_shows_its_diffs()
    {
        var file = Write(CorpusLoader.Load(TestPaths.Data("belgorod-2024-03")), blind: false);
        chromium.Check(nameof(Choosing_another_base_shows_its_diffs), () =>
        {
            chromium.Open(file);
            var select = chromium.Driver.FindElement(By.CssSelector(".ql-diffs select"));
            Assert.True(select.Displayed, "the base picker stays hidden although script runs");
            var box = select.FindElement(By.XPath("ancestor::div[@class='ql-diffs']"));
            string Visible() => string.Join(",", box.FindElements(By.CssSelector(".ql-diff-set")).Where(s => s.Displayed).Select(s => s.GetAttribute("data-base")));
            Assert.Equal("0", Visible());
            select.SendKeys(Keys.ArrowDown);
            ChromiumFixture.WaitUntil(() => Visible() == "1", "the second base's diffs to show");
        });
    }

    [Fact]
    public void Markup_in_article_text_is_shown_not_run()
    {
        using var hostile = ReportCorpora.Hostile();
        var file = Write(CorpusLoader.Load(hostile.Directory), blind: false);
        chromium.Check(nameof(Markup_in_article_text_is_shown_not_run), () =>
        {
            chromium.Open(file);
            Assert.Null(chromium.Script<object?>("return window.pwned === undefined ? null : window.pwned"));
            Assert.NotEqual("pwned", chromium.Driver.Title);
            Assert.Equal(0L, chromium.Script<long>("return document.querySelectorAll('main img, main a[href^=\"javascript\"]').length"));
            Assert.Contains("<script>window.pwned = 1;", chromium.Script<string>("return document.body.innerText"), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("peskov-2024-02", "The Moscow Times", "Moscow Times|Kyiv Post|Readovka|Postimees|Cotidianul|Ukrainska Pravda|WE News|Waradana|EIR News|Svobodnaya Pressa|themoscowtimes")]
    [InlineData("belgorod-2024-03", "The Daily Beast", "Daily Beast|Moscow Times|Kyiv Independent|Russians Warned to Flee Border Cities")]
    public void Blind_report_names_no_outlet_until_the_key_is_opened(string corpusName, string revealed, string outlets)
    {
        var corpus = CorpusLoader.Load(TestPaths.Data(corpusName));
        var names = outlets.Split('|').Concat(corpus.Articles.Select(a => Path.GetFileNameWithoutExtension(a.File))).ToList();
        var file = Write(corpus, blind: true);
        chromium.Check(nameof(Blind_report_names_no_outlet_until_the_key_is_opened) + "-" + corpusName, () =>
        {
            chromium.Open(file);
            var before = chromium.Script<string>("return document.body.innerText");
            Assert.Contains("Source A", before, StringComparison.Ordinal);
            Assert.All(names, name => Assert.DoesNotContain(name, before, StringComparison.OrdinalIgnoreCase));

            chromium.Driver.FindElement(By.CssSelector("details.ql-key summary")).Click();
            var after = chromium.Script<string>("return document.body.innerText");
            Assert.Contains(revealed, after, StringComparison.Ordinal);
            Assert.Contains(corpus.Articles[0].File, after, StringComparison.Ordinal);
        });
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(ArticleCorpus corpus, bool blind)
    {
        var path = Path.Combine(_folder, blind ? "blind.html" : "report.html");
        ReportBuilder.For(corpus, new ReportOptions(Blind: blind)).Build().Save(path);
        return path;
    }
}
