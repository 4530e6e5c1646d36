using QuoteLens.Corpus;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// The article's paragraph windows are tokenized once and shared: every pass asking for a paragraph gets the same window, whose
/// tokens are those of the paragraph alone, and the quotes found with the shared table are those found without it.
/// </summary>
public class ParagraphTokensTests
{
    private const string Text = "The minister said on Monday that talks would resume.\n“We are ready,” she told reporters.\nNo one answered.";

    [Fact]
    public void EveryPassGetsTheOneWindowOfAParagraph()
    {
        var article = QuoteTestArticles.Written(Text);
        using var paragraphs = new ParagraphTokens(article);
        var second = article.Paragraphs[1];

        var first = paragraphs.Of(second.Start, second.End);
        var again = paragraphs.Of(second.Start, second.End);

        Assert.Same(first, again);
        Assert.Equal(1, paragraphs.Count);
        Assert.NotSame(first, paragraphs.Of(article.Paragraphs[2].Start, article.Paragraphs[2].End));
        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void AWindowHoldsTheTokensOfItsParagraphOnly()
    {
        var article = QuoteTestArticles.Written(Text);
        using var paragraphs = new ParagraphTokens(article);
        var para = article.Paragraphs[1];

        var window = paragraphs.Of(para.Start, para.End);
        var expected = Tokenizer.Tokenize(Text.AsSpan(para.Start, para.Length), para.Start);

        Assert.Equal(expected.Count, window.Count);
        Assert.Equal(expected.Select(t => (t.Text, t.Norm, t.Start)), Enumerable.Range(0, window.Count).Select(k => (window[k].Text, window[k].Norm, window[k].Start)));
        Assert.Equal("reporters", window[window.Count - 2].Text);
    }

    [Fact]
    public void BoundsThatAreNoParagraphGetAWindowOfTheirOwn()
    {
        var article = QuoteTestArticles.Written(Text);
        using var paragraphs = new ParagraphTokens(article);

        // "minister said": inside the first paragraph, not its bounds.
        var window = paragraphs.Of(4, 17);

        Assert.Equal(["minister", "said"], Enumerable.Range(0, window.Count).Select(k => window[k].Text));
        Assert.Same(window, paragraphs.Of(4, 17));
        Assert.NotSame(window, paragraphs.Of(article.Paragraphs[0].Start, article.Paragraphs[0].End));
    }

    [Fact]
    public void AWindowAskedForAfterDisposingIsTokenizedAgain()
    {
        var article = QuoteTestArticles.Written(Text);
        var paragraphs = new ParagraphTokens(article);
        var para = article.Paragraphs[0];
        var before = paragraphs.Of(para.Start, para.End);

        paragraphs.Dispose();

        Assert.Equal(0, paragraphs.Count);
        var after = paragraphs.Of(para.Start, para.End);
        Assert.NotSame(before, after);
        Assert.Equal("minister", after[1].Text);
    }

    [Fact]
    public void SharedWindowsFindTheSameUnmarkedSpeechAndMentions()
    {
        var article = QuoteTestArticles.Written(
            "Minister Anna Berg said the plan was final.\nWe will not change a single line of this plan, and we will see it through to the end.\n“It is done,” Berg said.");
        var raws = QuoteScanner.Scan(article.Text, article.Paragraphs);
        using var paragraphs = new ParagraphTokens(article);

        var shared = UnmarkedSpeech.Find(article, raws, paragraphs);
        var alone = UnmarkedSpeech.Find(article, raws);
        var sharedMentions = new Attributor(article, paragraphs).Mentions("en", [], null);
        var aloneMentions = new Attributor(article).Mentions("en", [], null);

        Assert.Equal(alone, shared);
        Assert.NotEmpty(sharedMentions);
        Assert.Equal(aloneMentions, sharedMentions);
        Assert.True(paragraphs.Count >= 2);
    }
}
