using QuoteLens.Corpus;
using QuoteLens.Reports;
using QuoteLens.Tests.Comparison;

namespace QuoteLens.Tests.Browser;

/// <summary>A syndicated statement's wordings view and timeline chart in a real (headless) Chromium.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class BigStoryBrowserTests(ChromiumFixture chromium) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("quotelens-bigstory-").FullName;

    [Fact]
    public void Wordings_show_their_counts_and_the_timeline_draws_every_dated_article()
    {
        using var corpus = SyndicatedCorpus.Create();
        var file = Path.Combine(_folder, "report.html");
        ReportBuilder.For(CorpusLoader.Load(corpus.Directory)).Build().Save(file);
        chromium.Check(nameof(Wordings_show_their_counts_and_the_timeline_draws_every_dated_article), () =>
        {
            chromium.Open(file);
            const string Group = "Array.from(document.querySelectorAll('#shared section.ql-group')).find(s => s.textContent.includes('punished'))";
            Assert.Equal("W1 4 Wire Agency, Daily One, Harbour Herald, Valley Post|W2 3 The Moscow Times, News Aggregator, Northern Gazette",
                chromium.Script<string>($"return Array.from({Group}.querySelectorAll('table.ql-wordings tbody tr')).map(r => r.querySelector('th').innerText + ' ' + r.querySelector('.ql-n').innerText + ' ' + r.querySelector('.ql-sources').innerText).join('|')"));
            Assert.True(chromium.Script<bool>($"var r = {Group}.querySelector('table.ql-wordings tbody tr'); return r.getBoundingClientRect().height > 0 && r.querySelector('.ql-bar').getBoundingClientRect().width > 0"), "the wordings table or its count bar is not drawn");

            var figure = $"{Group}.querySelector('.ql-timeline .ql-figure')";
            Assert.True(chromium.Script<bool>($"var f = {figure}; return f.classList.contains('js-plotly-plot') && !!f.querySelector('.main-svg')"), "the timeline chart was not drawn");
            Assert.Equal(6L, chromium.Script<long>($"return {figure}.querySelectorAll('.scatterlayer .point').length"));
            Assert.Equal("date", chromium.Script<string>($"return {figure}._fullLayout.xaxis.type"));
            Assert.Equal("W1 · 4 articles|W2 · 3 articles", chromium.Script<string>($"return Array.from({figure}.querySelectorAll('.ytick text')).map(t => t.textContent).sort().join('|')"));
            Assert.Empty(chromium.ConsoleErrors());
        });
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
