using OpenQA.Selenium;
using QuoteLens.Corpus;
using QuoteLens.Reports;
using QuoteLens.Tests.Browser;

namespace QuoteLens.Tests.Framing;

/// <summary>The report's framing section in a real (headless) Chromium: its charts draw, with points, in normal and in blind mode.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class FramingBrowserTests(ChromiumFixture chromium) : IDisposable
{
    /// <summary>The sample corpus's outlets and file names, none of which a blind report may show before the reveal.</summary>
    private static readonly string[] SampleNames =
        ["Daily Beast", "Moscow Times", "Kyiv Independent", "000_54b2d773a46bd3c5", "001_ca753d6c7bf6b6cc", "002_075d7a39d208f3b7", "003_08015ba3fedcfacf", "004_d8fbdb9412827b2f"];

    private readonly string _folder = Directory.CreateTempSubdirectory("quotelens-framing-report-").FullName;

    [Fact]
    public void FramingChartsDrawWithPoints()
    {
        var file = Write(blind: false);
        chromium.Check(nameof(FramingChartsDrawWithPoints), () =>
        {
            chromium.Open(file);
            AssertChartsDrawn();
            Assert.Contains("The Daily Beast", chromium.Script<string>("return document.getElementById('framing').innerText"), StringComparison.Ordinal);
            Assert.Empty(chromium.ConsoleErrors());
        });
    }

    [Fact]
    public void BlindFramingSectionNamesNoOutletUntilTheKeyIsOpened()
    {
        var file = Write(blind: true);
        chromium.Check(nameof(BlindFramingSectionNamesNoOutletUntilTheKeyIsOpened), () =>
        {
            chromium.Open(file);
            AssertChartsDrawn();
            var framing = chromium.Script<string>("return document.getElementById('framing').textContent");
            Assert.Contains("Source A", framing, StringComparison.Ordinal);
            var page = chromium.Script<string>("return document.body.innerText");
            Assert.All(SampleNames, name =>
            {
                Assert.DoesNotContain(name, framing, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(name, page, StringComparison.OrdinalIgnoreCase);
            });

            chromium.Driver.FindElement(By.CssSelector("details.ql-key summary")).Click();
            Assert.Contains("The Daily Beast", chromium.Script<string>("return document.body.innerText"), StringComparison.Ordinal);
        });
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The four framing charts (two label heatmaps, verbs, distinctive words) have drawn, each with plotted points.</summary>
    private void AssertChartsDrawn()
    {
        Assert.Equal(4L, chromium.Script<long>("return document.querySelectorAll('#framing .ql-figure').length"));
        Assert.Equal(4L, chromium.Script<long>("return Array.from(document.querySelectorAll('#framing .ql-figure')).filter(d => d.classList.contains('js-plotly-plot') && d.data.length > 0 && d.querySelector('.main-svg')).length"));
        Assert.Equal(2L, chromium.Script<long>("return Array.from(document.querySelectorAll('#framing .ql-figure')).filter(d => d.querySelector('.heatmaplayer image')).length"));
        Assert.Equal(2L, chromium.Script<long>("return Array.from(document.querySelectorAll('#framing .ql-figure')).filter(d => d.querySelectorAll('.bars .point path').length > 0).length"));
        Assert.True(chromium.Script<long>("return document.querySelectorAll('#framing .ql-figure .bars .point').length") >= 10, "too few bars drawn");
    }

    private string Write(bool blind)
    {
        var path = Path.Combine(_folder, blind ? "blind.html" : "report.html");
        ReportBuilder.For(CorpusLoader.Load(TestPaths.Data("belgorod-2024-03")), new ReportOptions(Blind: blind)).Build().Save(path);
        return path;
    }
}
