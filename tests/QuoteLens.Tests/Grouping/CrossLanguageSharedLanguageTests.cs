using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Two groups that share a language (each outlet of it worded the statement its own way) join whole when their
/// translations link densely and they have at most one article in common; groups carried side by side by the same
/// articles (two statements of one speech) stay apart.
/// </summary>
public class CrossLanguageSharedLanguageTests
{
    private static readonly string[] EnglishA =
    [
        "The ferry company said the harbour would reopen to passenger traffic before the summer season begins.",
        "The ferry company said the harbour would reopen to passenger traffic before the summer season starts.",
    ];

    private static readonly string[] French =
    [
        "La compagnie de ferry a déclaré que le port rouvrirait au trafic passagers avant le début de la saison estivale.",
        "La compagnie de ferry a déclaré que le port rouvrira au trafic passagers avant le début de la saison estivale.",
    ];

    private static readonly string[] EnglishB =
    [
        "Boats carrying travellers will be back at the docks ahead of July, according to the operator of the crossing.",
        "Boats carrying travellers will be back at the docks ahead of July, according to the operator of the crossings.",
    ];

    private static readonly string[] German =
    [
        "Die Fährgesellschaft erklärte, der Hafen werde vor Beginn der Sommersaison wieder für Passagiere geöffnet.",
        "Die Fährgesellschaft erklärte, der Hafen werde vor dem Beginn der Sommersaison wieder für Passagiere geöffnet.",
    ];

    /// <summary>Two articles of languages no other outlet uses, each carrying one sentence of each side (a lone translation).</summary>
    private static readonly (string Language, string ToA, string ToB)[] Lone =
    [
        ("es", "La naviera dijo que el puerto reabriría al tráfico de pasajeros antes de la temporada de verano.", "Los barcos con viajeros volverán a los muelles antes de julio, según el operador del cruce."),
        ("pt", "A companhia de ferry disse que o porto reabriria ao tráfego de passageiros antes do verão.", "Os barcos com viajantes voltarão às docas antes de julho, segundo o operador da travessia."),
    ];

    /// <summary>A piece of the statement as B's articles quote it besides their own wording.</summary>
    private const string Piece = "reopen to passenger traffic";

    /// <summary>
    /// Groups the eight versions, each in an article of its own unless <paramref name="sideBySide"/> puts two of B's in A's
    /// articles; <paramref name="lone"/> adds <see cref="Lone"/>, <paramref name="pieces"/> puts <see cref="Piece"/> in B's
    /// English articles.
    /// </summary>
    private static IReadOnlyList<QuoteGroup> Group(bool sideBySide, bool lone = false, bool pieces = false)
    {
        var texts = new List<(string Text, string Language, string Article)>();
        texts.AddRange(EnglishA.Select((t, i) => (t, "en", "ea" + i)));
        texts.AddRange(French.Select((t, i) => (t, "fr", "fr" + i)));
        texts.AddRange(EnglishB.Select((t, i) => (t, "en", sideBySide ? "fr" + i : "eb" + i)));
        texts.AddRange(German.Select((t, i) => (t, "de", sideBySide ? "ea" + i : "de" + i)));
        if (lone)
        {
            texts.AddRange(Lone.SelectMany(l => new[] { (l.ToA, l.Language, "lone-" + l.Language), (l.ToB, l.Language, "lone-" + l.Language) }));
        }

        if (pieces)
        {
            texts.AddRange(EnglishB.Select((_, i) => (Piece, "en", "eb" + i)));
        }

        texts = [.. texts.OrderBy(t => t.Article, StringComparer.Ordinal)];
        var quotes = texts.Select((t, i) => new Quote($"{t.Article}-q{i}", t.Article, t.Text, i * 200, (i * 200) + t.Text.Length, t.Text == Piece ? QuoteKind.Partial : QuoteKind.Full, false, "\"", null, null, t.Language, [])).ToList();
        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                var links = new List<CrossLanguageLink>();
                void Link(string[] xs, string[] ys)
                {
                    foreach (var x in xs)
                    {
                        foreach (var y in ys)
                        {
                            links.Add(GlossaryGrouping.Link(sentences, x, y));
                        }
                    }
                }

                Link(EnglishA, French);
                Link(EnglishB, German);
                Link(French, EnglishB);
                Link(French, German);
                Link(EnglishA, German);
                if (lone)
                {
                    Link([.. Lone.Select(l => l.ToA)], [.. EnglishA, .. French]);
                    Link([.. Lone.Select(l => l.ToB)], [.. EnglishB, .. German]);
                    Link([.. Lone.Select(l => l.ToA)], [.. EnglishB, .. German]);
                    Link([.. Lone.Select(l => l.ToB)], [.. EnglishA, .. French]);
                }

                return links;
            },
        };
        return QuoteGrouper.Group(quotes, options);
    }

    [Fact]
    public void GroupsSharingALanguageButNoArticleJoinWhenTheirTranslationsLinkDensely()
    {
        var groups = Group(sideBySide: false);
        var all = GlossaryGrouping.GroupOf(groups, EnglishA[0]);
        Assert.All(EnglishA.Concat(French).Concat(EnglishB).Concat(German), t => Assert.Same(all, GlossaryGrouping.GroupOf(groups, t)));
    }

    [Fact]
    public void GroupsCarriedSideBySideByTheSameArticlesStayApart()
    {
        var groups = Group(sideBySide: true);
        Assert.NotSame(GlossaryGrouping.GroupOf(groups, EnglishA[0]), GlossaryGrouping.GroupOf(groups, EnglishB[0]));
    }

    [Fact]
    public void LoneTranslationsInBothGroupsDoNotKeepThemApart()
    {
        // The Spanish and the Portuguese article each carry a sentence of both sides, but each is the only version of its
        // language in each group: attached across languages, the weakest member, no sign of two statements.
        var groups = Group(sideBySide: false, lone: true);
        Assert.Same(GlossaryGrouping.GroupOf(groups, EnglishA[0]), GlossaryGrouping.GroupOf(groups, EnglishB[0]));
    }

    [Fact]
    public void APieceOfOneSideInTheOtherSidesArticlesDoesNotKeepThemApart()
    {
        // B's two English articles also quote a piece of A's wording: a fragment, not a second statement they carry.
        var groups = Group(sideBySide: false, pieces: true);
        Assert.Same(GlossaryGrouping.GroupOf(groups, EnglishA[0]), GlossaryGrouping.GroupOf(groups, EnglishB[0]));
    }
}
