using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An unmarked paragraph that holds an editor's note in brackets ("(на кораблі – ред.)", "(the agreement – ed.)") right after a
/// paragraph that names who spoke is that speaker's words: an editor explains words only inside a quotation (unn.ua: "Про це
/// повідомив речник …¶Скоріш за все втрати (на кораблі- ред.) там досить серйозні. …"). Invented people.
/// </summary>
public class EditorNoteSpeechTests
{
    [Fact]
    public void An_unmarked_paragraph_with_an_editor_s_note_after_a_cue_is_speech()
    {
        var quotes = QuoteFinder.Find(Written("Втрати\n\nПро це повідомив речник флоту Іван Петренко в ефірі телемарафону.\n\n"
            + "Скоріш за все втрати (на кораблі – ред.) там досить серйозні. Ворог приховує ці втрати.\n\nПошук екіпажу триває третю добу.", "uk"));

        var quote = Assert.Single(quotes);
        Assert.Equal("Скоріш за все втрати (на кораблі – ред.) там досить серйозні. Ворог приховує ці втрати.", quote.Text);
        Assert.Equal("Іван Петренко", quote.CanonicalSpeaker);
    }

    [Fact]
    public void An_editor_s_note_after_a_plain_paragraph_is_no_speech()
    {
        var quotes = QuoteFinder.Find(Written("Втрати\n\nКорабель затонув уночі біля берега.\n\n"
            + "Скоріш за все втрати (на кораблі – ред.) там досить серйозні. Ворог приховує ці втрати.", "uk"));

        Assert.Empty(quotes);
    }
}
