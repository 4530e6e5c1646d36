using QuoteLens.Corpus;

namespace QuoteLens.Tests.Reports;

/// <summary>Corpora the view, report and browser tests share.</summary>
internal static class ReportCorpora
{
    /// <summary>Three invented articles (tests/QuoteLens.Tests/Reports/corpus-small) quoting one statement in three wordings.</summary>
    public static string Small => Path.Combine(TestPaths.Root, "tests", "QuoteLens.Tests", "Reports", "corpus-small");

    /// <summary>The outlet names of <see cref="Small"/>, as its texts write them.</summary>
    public static IReadOnlyList<string> SmallOutlets { get; } = ["Harbour Gazette", "Valley Courier", "Northern Wire"];

    /// <summary>
    /// A temporary corpus whose shared quote and surrounding text carry markup that would run if it
    /// were not encoded: a script setting window.pwned and document.title, an image with onerror, a
    /// javascript: link. Deleted when disposed.
    /// </summary>
    public static TempCorpus Hostile()
    {
        const string payload = "<script>window.pwned = 1; document.title = 'pwned';</script><img src=x onerror=\"window.pwned = 2\">";
        return new TempCorpus(new Dictionary<string, string>
        {
            ["h1.txt"] = "---\noutlet: \"Evil <b>Daily</b>\"\ndate: \"2024-03-13\"\nlanguage: \"en\"\n---\n"
                + $"Intro {payload} text.\n\n\"The bridge {payload} will reopen on Monday after the repairs are finished,\" the minister said.\n\n<a href=\"javascript:window.pwned=3\">click</a>\n",
            ["h2.txt"] = "---\noutlet: \"Plain Post\"\ndate: \"2024-03-13\"\nlanguage: \"en\"\n---\n"
                + $"\"The bridge {payload} will open again on Monday after the repairs are finished,\" the minister said.\n",
        });
    }

    /// <summary>Loads a corpus folder.</summary>
    public static ArticleCorpus Load(string dir) => CorpusLoader.Load(dir);
}

/// <summary>A corpus folder in the temp directory, deleted on dispose.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus(IReadOnlyDictionary<string, string> files)
    {
        Directory = Path.Combine(Path.GetTempPath(), "quotelens-test-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(Directory, name), text);
        }
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
