using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A partial or scare quote that links across languages tie to a statement does not stay in its group when none of the
/// statement's versions in the piece's own language, from two other articles or more, carries a word of it.
/// </summary>
public class ForeignPieceTests
{
    /// <summary>
    /// The pattern of prigozhin's "talentierten Menschen" and trump's "großen Nato-Staats": the linker ties a German piece to
    /// the English versions of a statement whose German versions say something else; the piece is another statement's.
    /// </summary>
    [Fact]
    public void APieceNoVersionOfItsLanguageCarriesStandsAlone()
    {
        var groups = Group("begabten Unternehmer", germanVersions: 2);
        var statement = StatementOf(groups);
        Assert.Equal(4, statement.Members.Count);
        Assert.DoesNotContain(statement.Fragments, f => f.Text == "begabten Unternehmer");
        Assert.Single(groups, g => g.Members.Any(m => m.Text == "begabten Unternehmer"));
    }

    /// <summary>
    /// lukashenko-crocus-belarus-2024-03's "Sie sind hier auf hohe Sicherheitsmaßnahmen gestoßen." in the group of "Sie haben
    /// das gesehen.": a full sentence the linker joined to the English versions while the German versions share no word with
    /// it is no version of the statement either.
    /// </summary>
    [Fact]
    public void AVersionNoVersionOfItsLanguageCarriesStandsAlone()
    {
        const string Other = "Dort trafen sie auf strenge Kontrollen an der Grenze.";
        var groups = Group(Other, germanVersions: 2, QuoteKind.Full);
        Assert.DoesNotContain(StatementOf(groups).Members, m => m.Text == Other);
        Assert.Single(groups, g => g.Members.Any(m => m.Text == Other));
    }

    /// <summary>A word that opens as a version's word does ("Schicksalsschlägen", "Schicksal": a compound) keeps the piece.</summary>
    [Fact]
    public void APieceSharingAWordStartStays()
    {
        var statement = StatementOf(Group("harten Schicksalsschlägen", germanVersions: 2));
        Assert.Contains(statement.Fragments, f => f.Text == "harten Schicksalsschlägen");
    }

    /// <summary>With the statement's versions in the piece's language from one other article only, there is too little to read.</summary>
    [Fact]
    public void OneVersionOfItsLanguageIsTooLittleToDetach()
    {
        var statement = StatementOf(Group("begabten Unternehmer", germanVersions: 1));
        Assert.Contains(statement.Fragments, f => f.Text == "begabten Unternehmer");
    }

    private static QuoteGroup StatementOf(IReadOnlyList<QuoteGroup> groups) =>
        groups.Single(g => g.Members.Any(m => m.Text.StartsWith("He was a man", StringComparison.Ordinal)));

    private static IReadOnlyList<QuoteGroup> Group(string piece, int germanVersions, QuoteKind kind = QuoteKind.Partial)
    {
        Quote Version(string article, string text, string language, QuoteKind kind = QuoteKind.Full) =>
            new($"{article}-q0", article, text, 100, 100 + text.Length, kind, false, "“", "the president", "said", language, [new Span(100, 100 + text.Length)], "Vladimir Putin", SpeakerNames.Key("Vladimir Putin"));

        var quotes = new List<Quote>
        {
            Version("E1", "He was a man with a difficult fate in his life.", "en"),
            Version("E2", "He was a man with a difficult fate in life.", "en"),
            Version("D1", "Er war ein Mann mit einem schweren Schicksal im Leben.", "de"),
            Version("D3", piece, "de", kind),
        };
        if (germanVersions > 1)
        {
            quotes.Add(Version("D2", "Er war ein Mensch mit einem schwierigen Schicksal im Leben.", "de"));
        }

        var options = GroupingOptions.Default with
        {
            // The linker's links: the German versions and the piece to each English version.
            CrossLanguageLinks = sentences =>
            {
                var links = new List<CrossLanguageLink>();
                for (int i = 0; i < sentences.Count; i++)
                {
                    for (int j = i + 1; j < sentences.Count; j++)
                    {
                        if ((sentences[i].Language == "en") != (sentences[j].Language == "en"))
                        {
                            links.Add(new CrossLanguageLink(i, j, 0.9));
                        }
                    }
                }

                var none = sentences.Select(_ => Array.Empty<int[]>()).ToArray();
                return new LinkedTexts(links, none, sentences.Select(_ => Array.Empty<int>()).ToArray(), []);
            },
        };
        return QuoteGrouper.Group(quotes, options);
    }
}
