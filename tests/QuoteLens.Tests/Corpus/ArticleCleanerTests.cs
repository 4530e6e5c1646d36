using FsCheck;
using FsCheck.Fluent;
using QuoteLens.Corpus;

namespace QuoteLens.Tests.Corpus;

/// <summary>The cleaner's structural promises, over generated texts and small explainable cases.</summary>
public class ArticleCleanerTests
{
    private static readonly string[] Lines =
    [
        "", " ", "Read more", "RELATED ARTICLES", "Authors: A. Writer", "7:07 AM", "Images source: © TG", "Caption without a stop",
        "By Jane Doe", "Skip to content", "Support The Moscow Times!", "Headline Without Stop", "A sentence of the story.",
        "“Quoted,” he said.", "Kursk, Belgorod, Bryansk, Oryol", "\u00A0 padded line \t", "date 2024-03-13 Skip to content",
    ];

    [Fact]
    public void EveryNonEmptyLineIsEitherKeptOrDroppedWithAReasonAndSpansAreTrimmedAndOrdered()
    {
        Prop.ForAll(Arb.From(Gen.Elements(Lines).ArrayOf()), lines =>
        {
            var text = string.Join("\n", lines);
            var cleaned = ArticleCleaner.Clean(text, 0, markdown: false);
            var spans = cleaned.Paragraphs.Concat(cleaned.Dropped.Select(d => d.Span)).OrderBy(p => p.Start).ToList();
            bool ordered = spans.Zip(spans.Skip(1)).All(pair => pair.First.End < pair.Second.Start);
            bool trimmed = spans.All(p => p.Length > 0 && !char.IsWhiteSpace(text[p.Start]) && !char.IsWhiteSpace(text[p.End - 1]));
            bool complete = lines.Count(l => l.Trim().Length > 0) == spans.Count;
            return ordered && trimmed && complete && cleaned.Dropped.All(d => d.Reason.Length > 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ParagraphsRunTogetherWithTwoDotsAreParagraphsOfTheirOwn()
    {
        // A stored page (Diário de Notícias) whose paragraphs were joined with ".." and no space; an ellipsis stays inside its line.
        var text = "escreveu o governador no Telegram..O governo local informou que \"13 civis sofreram ferimentos\"..\"Durante a inspeção\", acrescentou... Depois disso.";

        var cleaned = ArticleCleaner.Clean(text, 0, markdown: false);

        Assert.Equal(
            ["escreveu o governador no Telegram..", "O governo local informou que \"13 civis sofreram ferimentos\"..", "\"Durante a inspeção\", acrescentou... Depois disso."],
            cleaned.Paragraphs.Select(p => text[p.Start..p.End]));
    }

    [Fact]
    public void AnEndMarkerInTheFirstHalfDropsOnlyItsOwnLine()
    {
        var text = "Read more: an earlier story\n\nThe first sentence of the story.\n\nThe second sentence of the story, a little longer.\n";

        var cleaned = ArticleCleaner.Clean(text, 0, markdown: false);

        Assert.Equal(2, cleaned.Paragraphs.Count);
        Assert.Equal("read-more list", Assert.Single(cleaned.Dropped).Reason);
    }

    [Fact]
    public void AnEndMarkerInTheSecondHalfEndsTheStoryAndSaysWhy()
    {
        var text = "The first sentence of the story, which is long enough.\n\nRelated articles\n\nOther story.\n\nYet another.\n";

        var cleaned = ArticleCleaner.Clean(text, 0, markdown: false);

        Assert.Equal("The first sentence of the story, which is long enough.", text[cleaned.Paragraphs[0].Start..cleaned.Paragraphs[0].End]);
        Assert.Equal(["related-articles list", "after a 'related-articles list' line", "after a 'related-articles list' line"], cleaned.Dropped.Select(d => d.Reason));
    }

    [Fact]
    public void CaptionLinesAboveACreditGoButASentenceAboveItStays()
    {
        var text = "The story begins here.\nDamaged building in Belgorod\nImages source: © TG\n\nThe story goes on.\n";

        var cleaned = ArticleCleaner.Clean(text, 0, markdown: false);

        Assert.Equal(["The story begins here.", "The story goes on."], cleaned.Paragraphs.Select(p => text[p.Start..p.End]));
        Assert.Equal(["image caption", "image credit"], cleaned.Dropped.Select(d => d.Reason));
    }

    [Theory]
    [InlineData("The Headline Here", "The Headline Here", true)]
    [InlineData("The  Headline\u00A0Here", "The Headline  Here", true)]
    [InlineData("News The Headline Here", "The Headline Here", true)]
    [InlineData("A label of exactly thirty ch. The Headline Here", "The Headline Here", true)]
    [InlineData("A label of thirty-one letters. The Headline Here", "The Headline Here", false)]
    [InlineData("The Headline Here", "Headline Here, Again", false)]
    [InlineData("Headline Here", "The Headline Here", false)]
    public void ALineRepeatedByTheNextIsDroppedWhateverItsSpacing(string line, string next, bool dropped)
    {
        var text = $"{line}\n{next}\nThe story itself, told in a sentence.\n";

        var cleaned = ArticleCleaner.Clean(text, 0, markdown: false);

        Assert.Equal(dropped, cleaned.Dropped.Any(d => d.Reason == "repeated line" && d.Span.Start == 0));
    }
}
