using System.Collections.Concurrent;
using QuoteLens.Corpus;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Quotes;

/// <summary>Articles for the quote tests: real ones from data/, and written sentences for conventions the corpora lack.</summary>
internal static class QuoteTestArticles
{
    /// <summary>A full quote of one sentence, <paramref name="text"/>, at <paramref name="start"/> of article <paramref name="article"/>: what the linker and the grouper read.</summary>
    public static Quote Sentence(string article, int start, string text, string language) =>
        new($"{article}-{start}", article, text, start, start + text.Length, QuoteKind.Full, false, "\"", null, null, language, [new Span(start, start + text.Length)]);

    private static readonly ConcurrentDictionary<string, ArticleCorpus> Corpora = new(StringComparer.Ordinal);

    /// <summary>Every bundled corpus folder under data/.</summary>
    public static IEnumerable<string> CorpusNames =>
        Directory.GetDirectories(TestPaths.Data()).Where(d => File.Exists(Path.Combine(d, "gold.tsv"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The loaded corpus data/<paramref name="name"/>.</summary>
    public static ArticleCorpus Corpus(string name) => Corpora.GetOrAdd(name, n => CorpusLoader.Load(TestPaths.Data(n)));

    /// <summary>The article whose id starts with <paramref name="idPrefix"/> ("000", "D01") in corpus <paramref name="corpus"/>.</summary>
    public static Article Real(string corpus, string idPrefix) =>
        Corpus(corpus).Articles.Single(a => a.Id.StartsWith(idPrefix, StringComparison.Ordinal));

    /// <summary>An article made of <paramref name="text"/>, one paragraph per non-empty line (as the loader does for .txt files).</summary>
    public static Article Written(string text, string language = "en")
    {
        var paragraphs = ArticleCleaner.TrimmedLines(text).Where(l => l.End > l.Start).Select(l => new Paragraph(l.Start, l.End)).ToList();
        return new Article("T", "t.txt", null, null, language, null, null, text, paragraphs, "", "utf-8", new Dictionary<string, string>());
    }

    /// <summary>
    /// The quotes of a corpus of the given articles, written to <paramref name="folder"/> with a manifest and read as any corpus
    /// is (loader, <see cref="QuoteFinder.FindAll"/>: speakers made one across the corpus).
    /// </summary>
    public static IReadOnlyList<Quote> FindAllIn(QuoteLens.Tests.Corpus.TempFolder folder, params (string File, string Language, string Text)[] articles)
    {
        folder.Write("articles.csv", "file,outlet,published,language,url,title\n" + string.Concat(articles.Select(a => $"{a.File},,2024-03-13,{a.Language},,\n")));
        foreach (var (file, _, text) in articles)
        {
            folder.Write(file, text);
        }

        return QuoteFinder.FindAll(CorpusLoader.Load(folder.Path));
    }

    /// <summary>The one quote of <paramref name="article"/> whose text starts with <paramref name="prefix"/> (no-break spaces read as spaces).</summary>
    public static Quote QuoteStarting(Article article, string prefix) =>
        Assert.Single(QuoteFinder.Find(article), q => Squash(q.Text).StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The text with no-break spaces as plain spaces: the sample files mix both.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Squash(string? text) => text?.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
