using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace QuoteLens.Corpus;

/// <summary>The article inside a saved web page.</summary>
/// <param name="Text">The story's blocks (headings, paragraphs, list items, quotes) in document order, joined by blank lines.</param>
/// <param name="Metadata">What the page marks up about itself: title, published, author, language, url, outlet.</param>
internal sealed record ExtractedHtml(string Text, IReadOnlyDictionary<string, string> Metadata);

/// <summary>
/// Extracts an article from HTML saved from a browser, with AngleSharp: scripts, styles, navigation, page
/// header/footer, asides, forms, figures and comments are removed; the text of the <c>article</c> element (else
/// <c>main</c>, else <c>body</c>) is taken block by block. Metadata comes from meta tags (Open Graph,
/// <c>article:published_time</c>, <c>author</c>), <c>&lt;time datetime&gt;</c>, <c>&lt;html lang&gt;</c> and the canonical link.
/// </summary>
internal static partial class HtmlExtractor
{
    private const string Furniture = "script, style, noscript, template, nav, aside, form, iframe, svg, button, select, figure, figcaption, picture, video, audio, [hidden], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt";

    /// <summary>Stands for a &lt;br&gt; while white space (source line breaks included) is collapsed; a private-use character no page contains.</summary>
    private const char LineBreak = '\uE000';

    private static readonly (string Key, string Selector, string Attribute)[] MetaSources =
    [
        ("title", "meta[property='og:title']", "content"),
        ("title", "meta[name='twitter:title']", "content"),
        ("title", "h1", ""),
        ("title", "title", ""),
        ("published", "meta[property='article:published_time']", "content"),
        ("published", "meta[itemprop='datePublished']", "content"),
        ("published", "meta[name='date'], meta[name='pubdate'], meta[name='publishdate'], meta[name='dc.date']", "content"),
        ("published", "time[datetime]", "datetime"),
        ("author", "meta[name='author']", "content"),
        ("author", "meta[property='article:author']", "content"),
        ("author", "[rel='author'], [itemprop='author']", ""),
        ("outlet", "meta[property='og:site_name']", "content"),
        ("url", "link[rel='canonical']", "href"),
        ("url", "meta[property='og:url']", "content"),
        ("language", "html[lang]", "lang"),
    ];

    /// <summary>The charset a page declares in its first bytes (<c>&lt;meta charset&gt;</c> or <c>http-equiv</c>), or null.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var m = CharsetDeclaration().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>Extracts the article of the page <paramref name="html"/>.</summary>
    public static ExtractedHtml Extract(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var metadata = ReadMetadata(document);
        foreach (var element in document.QuerySelectorAll(Furniture).ToList())
        {
            element.Remove();
        }

        var container = LargestArticle(document) ?? document.QuerySelector("main, [role=main]") ?? document.Body;
        if (container is null)
        {
            return new ExtractedHtml("", metadata);
        }

        foreach (var element in container.QuerySelectorAll("footer").ToList())
        {
            element.Remove();
        }

        if (container == document.Body)
        {
            foreach (var element in container.QuerySelectorAll("header").ToList())
            {
                element.Remove();
            }
        }

        foreach (var br in container.QuerySelectorAll("br").ToList())
        {
            br.Replace(document.CreateTextNode(LineBreak.ToString()));
        }

        var blocks = container.QuerySelectorAll(Blocks).Where(e => e.QuerySelector(Blocks) is null).ToList();
        var texts = blocks.Count > 0 ? blocks.Select(b => CleanBlock(b.TextContent)) : [CleanBlock(container.TextContent)];
        return new ExtractedHtml(string.Join("\n\n", texts.Where(t => t.Length > 0)), metadata);
    }

    private static IElement? LargestArticle(IDocument document) =>
        document.QuerySelectorAll("article, [itemprop='articleBody']").OrderByDescending(a => a.TextContent.Length).FirstOrDefault();

    private static Dictionary<string, string> ReadMetadata(IDocument document)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, selector, attribute) in MetaSources)
        {
            if (metadata.ContainsKey(key) || document.QuerySelector(selector) is not { } element)
            {
                continue;
            }

            var value = CleanBlock(attribute.Length == 0 ? element.TextContent : element.GetAttribute(attribute) ?? "");
            if (value.Length > 0)
            {
                metadata[key] = key == "language" ? value.Split('-')[0].ToLowerInvariant() : value;
            }
        }

        return metadata;
    }

    /// <summary>Collapses white space as a browser does; only &lt;br&gt; breaks a block into lines.</summary>
    private static string CleanBlock(string text) =>
        string.Join('\n', text.Split(LineBreak).Select(line => Spaces().Replace(line, " ").Trim()).Where(line => line.Length > 0));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();
}
