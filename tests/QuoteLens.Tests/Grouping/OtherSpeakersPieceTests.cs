using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A fragment that a cue gives to a speaker of its own does not stay, through links across languages, in a group whose
/// versions all name someone else.
/// </summary>
public class OtherSpeakersPieceTests
{
    private const string Bates = "Encouraging invasions of our closest allies by murderous regimes is appalling and unhinged";

    /// <summary>
    /// trump-nato-2024-02: volat.de (T12) quotes NATO's "Untergrabung unserer Sicherheit" beside the White House's words; the
    /// linker tied the piece to the English versions of Andrew Bates's statement, and it joined them as a fragment.
    /// </summary>
    [Fact]
    public void APieceACueGivesToAnotherSpeakerIsNoFragmentOfTheStatement()
    {
        var groups = Group(withSpeaker: "NATO", cue: "Die NATO sprach");
        var statement = groups.Single(g => g.Members.Any(m => m.Text.StartsWith("Encouraging", StringComparison.Ordinal)));
        Assert.Equal(2, statement.Members.Count);
        Assert.DoesNotContain(statement.Fragments, f => f.Language == "de");
        Assert.Single(groups, g => g.Members.Any(m => m.Text == "Untergrabung unserer Sicherheit"));
    }

    [Fact]
    public void APieceWithoutACueStaysWithTheStatement()
    {
        var groups = Group(withSpeaker: "NATO", cue: null);
        var statement = groups.Single(g => g.Members.Any(m => m.Text.StartsWith("Encouraging", StringComparison.Ordinal)));
        Assert.Contains(statement.Fragments, f => f.Text == "Untergrabung unserer Sicherheit");
    }

    private static IReadOnlyList<QuoteGroup> Group(string withSpeaker, string? cue)
    {
        Quote Version(string article, string text) =>
            new($"{article}-q0", article, text, 100, 100 + text.Length, QuoteKind.Full, false, "“", "White House spokesperson Andrew Bates", "said", "en", [new Span(100, 100 + text.Length)], "Andrew Bates", SpeakerNames.Key("Andrew Bates"));

        const string Piece = "Untergrabung unserer Sicherheit";
        var quotes = new List<Quote>
        {
            Version("T07", Bates + " – and it endangers American national security, global stability, and our economy at home."),
            Version("T11", Bates + " — and it endangers American national security, global stability, and our economy at home."),
            new("T12-q0", "T12", Piece, 881, 881 + Piece.Length, QuoteKind.Partial, false, "„", cue is null ? null : "Die NATO", cue, "de", [new Span(881, 881 + Piece.Length)], withSpeaker, SpeakerNames.Key(withSpeaker)),
        };
        var options = GroupingOptions.Default with
        {
            // The linker's links as the real run had them: the piece to each English version.
            CrossLanguageLinks = sentences =>
            {
                int piece = sentences.ToList().FindIndex(s => s.Text == Piece);
                var links = Enumerable.Range(0, sentences.Count).Where(i => i != piece && sentences[i].Language == "en")
                    .Select(i => new CrossLanguageLink(Math.Min(i, piece), Math.Max(i, piece), 0.9)).ToList();
                var none = sentences.Select(_ => Array.Empty<int[]>()).ToArray();
                return new LinkedTexts(links, none, sentences.Select(_ => Array.Empty<int>()).ToArray(), []);
            },
        };
        return QuoteGrouper.Group(quotes, options);
    }
}
