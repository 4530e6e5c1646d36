using FsCheck;
using FsCheck.Fluent;
using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>Properties over random and adversarial text: the finder never throws, and its offsets always hold.</summary>
public class QuoteFinderPropertyTests
{
    // Heavy in quote marks, apostrophes, dashes, newlines; with Latin, Cyrillic, RTL and control characters.
    private const string Alphabet = "\"\"“”„‟«»‹›‘’‚‛''「」『』 \n\n\t.,:;!?—–-()[]aAbeswSTнПоقال\u200f\u0000\u0007\u00a0saidwroteсказал";

    private static readonly string[] Pieces =
    [
        " said ", ", — сказал он", " a déclaré ", "Putin’s ", "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "\n", ". ", ", ", " according to ", "he ", "the statement ",
    ];

    private static Arbitrary<string> Texts()
    {
        var chars = Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(a => new string(a));
        var pieces = Gen.Elements(Pieces).ArrayOf().Select(string.Concat);
        return Gen.OneOf(chars, pieces, Gen.Zip(pieces, chars).Select(t => t.Item1 + t.Item2)).ToArbitrary();
    }

    private static bool Holds(string text)
    {
        var article = Written(text);
        var quotes = QuoteFinder.Find(article);
        int previousStart = -1;
        for (int n = 0; n < quotes.Count; n++)
        {
            var q = quotes[n];
            bool ok = q.Start >= 0 && q.End <= text.Length && q.Start < q.End && q.Text == text[q.Start..q.End]
                && q.Id == $"T#{n + 1}" && q.Start > previousStart
                && q.Occurrences.Count >= 1 && q.Occurrences[0] == new Span(q.Start, q.End)
                && q.Occurrences.All(o => o.Start >= 0 && o.Start < o.End && o.End <= text.Length);
            if (!ok)
            {
                return false;
            }

            previousStart = q.Start;
        }

        return true;
    }

    private static string Render(IReadOnlyList<Quote> quotes) =>
        string.Join("\n", quotes.Select(q => $"{q.Id}|{q.Start}|{q.End}|{q.Kind}|{q.Unclosed}|{q.OpenMark}|{q.Speaker}|{q.Cue}|{string.Join(",", q.Occurrences)}"));

    [Fact]
    public void OffsetsAlwaysHoldOnRandomText() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Texts(), Holds));

    [Fact]
    public void SameInputGivesSameOutput() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Texts(), text =>
            Render(QuoteFinder.Find(Written(text))) == Render(QuoteFinder.Find(Written(new string(text.ToCharArray()))))));

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("“”“”“”‘’‘’«»«»„“„”'''''\"\"\"\"")]
    [InlineData("’’’’’’’’’’’’’’’’’’’’’’’’")]
    [InlineData("«««««««««««««««««««««««« »»»")]
    [InlineData("\u202eقال المتحدث «لن نسمح بذلك» \u202c")]
    [InlineData("\u0000\"\u0001 a \u0002\"\u0003")]
    public void AdversarialTextNeverBreaksTheOffsets(string text) => Assert.True(Holds(text));

    [Fact]
    public void ParagraphsOutsideTheTextAreIgnored()
    {
        var article = Written("“Fine,” he said.") with { Paragraphs = [new QuoteLens.Corpus.Paragraph(0, 16), new QuoteLens.Corpus.Paragraph(10, 400), new QuoteLens.Corpus.Paragraph(-3, 2)] };
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("Fine,", quote.Text);
    }

    [Fact]
    public void HugeSingleLineParagraphIsScannedInOnePass()
    {
        // 20 MB on one line: the same attributed quote 700,000 times is one quote with every occurrence.
        const string sentence = "Officials said: “We will hold the line.” Then they left. ";
        int repeats = 20_000_000 / sentence.Length;
        var text = string.Concat(Enumerable.Repeat(sentence, repeats)) + "“unclosed at the end";
        var quotes = QuoteFinder.Find(Written(text));
        Assert.Equal(2, quotes.Count);
        Assert.Equal(repeats, quotes[0].Occurrences.Count);
        Assert.Equal(("Officials", "said"), (quotes[0].Speaker, quotes[0].Cue));
        Assert.True(quotes[1].Unclosed);
        Assert.Equal("unclosed at the end", quotes[1].Text);
    }

    [Fact]
    public void OnlyQuoteMarksInAHugeParagraphFindNothing()
    {
        var text = string.Concat(Enumerable.Repeat("“”‘’\"'«»„", 200_000));
        Assert.Empty(QuoteFinder.Find(Written(text)));
    }
}
