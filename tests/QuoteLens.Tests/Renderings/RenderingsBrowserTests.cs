using QuoteLens.Corpus;
using QuoteLens.Reports;
using QuoteLens.Tests.Browser;

namespace QuoteLens.Tests.Renderings;

/// <summary>The report's renderings section in headless Chromium (the shared fixture).</summary>
[Collection(ChromiumCollection.Name)]
public sealed class RenderingsBrowserTests(ChromiumFixture chromium) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("quotelens-renderings-").FullName;

    [Fact]
    public void The_peskov_report_draws_the_renderings_chart_and_lists_the_outlets()
    {
        var file = Write(blind: false);
        chromium.Check(nameof(The_peskov_report_draws_the_renderings_chart_and_lists_the_outlets), () =>
        {
            chromium.Open(file);
            Assert.True(chromium.Script<long>("return document.querySelectorAll('#renderings .ql-figure.js-plotly-plot .bars .point').length") >= 4, "no renderings bars were drawn");
            var barText = chromium.Script<string>("return Array.from(document.querySelectorAll('#renderings .ql-figure .bartext')).map(t => t.textContent).join('|')");
            foreach (var english in new[] { "possibility", "probability", "likelihood" })
            {
                Assert.Contains(english, barText, StringComparison.Ordinal);
            }

            var table = chromium.Script<string>("return document.querySelector('#renderings table.ql-renderings-table').innerText");
            Assert.Contains("вероятности", table, StringComparison.Ordinal);
            Assert.Contains("Kyiv Post", table, StringComparison.Ordinal);
            Assert.Equal("ru", chromium.Script<string>("return document.querySelector('#renderings table.ql-renderings-table th[scope=rowgroup]').lang"));
            Assert.Empty(chromium.ConsoleErrors());
        });
    }

    [Fact]
    public void The_blind_report_shows_renderings_by_source_letter_only()
    {
        var file = Write(blind: true);
        chromium.Check(nameof(The_blind_report_shows_renderings_by_source_letter_only), () =>
        {
            chromium.Open(file);
            var section = chromium.Script<string>("return document.querySelector('#renderings').innerText");
            Assert.Contains("вероятности", section, StringComparison.Ordinal);
            Assert.Contains("Source ", section, StringComparison.Ordinal);
            Assert.All(new[] { "Kyiv Post", "POLITICO", "Postimees", "UNN", "starpowerdecor" }, name => Assert.DoesNotContain(name, section, StringComparison.OrdinalIgnoreCase));
        });
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(bool blind)
    {
        var path = Path.Combine(_folder, blind ? "blind.html" : "report.html");
        ReportBuilder.For(CorpusLoader.Load(TestPaths.Data("peskov-2024-02")), new ReportOptions(Blind: blind)).Build().Save(path);
        return path;
    }
}
