using System.Text;
using QuoteLens.Corpus;

namespace QuoteLens.Tests.Corpus;

/// <summary>A page saved from a browser and a markdown file: the story is extracted, furniture and markup are not, offsets hold.</summary>
public sealed class HtmlAndMarkdownTests : IDisposable
{
    private const string Page = """
        <!doctype html>
        <html lang="en-GB"><head><meta charset="utf-8"><title>Militias urge evacuation | The Example Times</title>
        <meta property="og:title" content="Militias urge evacuation">
        <meta property="article:published_time" content="2024-03-13T14:31:00+00:00">
        <meta name="author" content="Nate Ostiller">
        <meta property="og:site_name" content="The Example Times">
        <link rel="canonical" href="https://example.org/militias">
        <style>p { color: red }</style><script>var teaser = "“a fake quote”";</script></head>
        <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <article>
          <h1>Militias urge evacuation</h1>
          <p class="byline">By Nate Ostiller</p>
          <p>The statement said:
             “Putin’s killers are carrying out <b>massive attacks</b>,” the groups wrote.</p>
          <!-- a comment with “hidden” words -->
          <figure><img src="x.jpg"><figcaption>Fighters in Kursk. Photo / Telegram</figcaption></figure>
          <blockquote><p>We urge the local authorities to save human lives.</p></blockquote>
          <p>Second line<br>after a break &amp; an entity &lt;3.</p>
          <aside>Related: another story</aside>
          <footer>© 2024 The Example Times</footer>
        </article>
        <footer>Site footer</footer></body></html>
        """;

    private readonly TempFolder _corpus = new();

    [Fact]
    public void TheStoryIsExtractedWithoutFurnitureAndOffsetsReferToTheExtractedText()
    {
        _corpus.Write("page.html", Page);

        var article = Assert.Single(CorpusLoader.Load(_corpus.Path).Articles);
        var paragraphs = article.Paragraphs.Select(article.ParagraphText).ToList();

        Assert.Equal(
            [
                "Militias urge evacuation",
                "The statement said: “Putin’s killers are carrying out massive attacks,” the groups wrote.",
                "We urge the local authorities to save human lives.",
                "Second line",
                "after a break & an entity <3.",
            ],
            paragraphs);
        Assert.All(["fake quote", "hidden", "Home", "Fighters in Kursk", "Related", "footer", "©"],
            furniture => Assert.DoesNotContain(furniture, article.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void PageMetadataIsReadAndTheManifestStillWins()
    {
        _corpus.Write("page.html", Page);
        _corpus.Write("articles.csv", "file,outlet\npage.html,Manifest Times\n");

        var article = Assert.Single(CorpusLoader.Load(_corpus.Path).Articles);

        Assert.Equal("html", article.Metadata["source-format"]);
        Assert.Equal("Militias urge evacuation", article.Title);
        Assert.Equal(new DateOnly(2024, 3, 13), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal("https://example.org/militias", article.Url);
        Assert.Equal("Nate Ostiller", article.Metadata["author"]);
        Assert.Equal("Manifest Times", article.Outlet);
    }

    [Fact]
    public void ADeclaredLegacyCharsetIsUsedWithoutAGuess()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Песков: «не о вероятности, а о неизбежности».</p></body></html>";
        _corpus.Write("ru.htm", Encoding.GetEncoding("windows-1251").GetBytes(html));

        var corpus = CorpusLoader.Load(_corpus.Path);
        var article = Assert.Single(corpus.Articles);

        Assert.Equal("windows-1251", article.Encoding);
        Assert.Equal("Песков: «не о вероятности, а о неизбежности».", article.Text);
        Assert.DoesNotContain(corpus.Issues, i => i.Message.Contains("guessed", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkdownMarkersAreOutsideTheParagraphsAndTheHeadingIsTheTitle()
    {
        _corpus.Write("note.md", "# Kremlin warns NATO\n\n- Peskov spoke on Tuesday.\n> “Not probability, but inevitability,” he said.\n\n***\n\n1. A numbered point.\n");

        var article = Assert.Single(CorpusLoader.Load(_corpus.Path).Articles);

        Assert.Equal("markdown", article.Metadata["source-format"]);
        Assert.Equal("Kremlin warns NATO", article.Title);
        Assert.Equal(
            ["Kremlin warns NATO", "Peskov spoke on Tuesday.", "“Not probability, but inevitability,” he said.", "A numbered point."],
            article.Paragraphs.Select(article.ParagraphText));
    }

    public void Dispose() => _corpus.Dispose();
}
