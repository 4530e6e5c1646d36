using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

using static QuoteLens.Tests.Grouping.GroupingTestKit;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A long partial quote and a full sentence of one article that share few words are two statements of one speech, so a
/// group that holds both is split and the partial one leaves (QuoteGrouper.WholeEnough, QuoteGrouper.PartialOfEvenPair);
/// made-up remarks of an invented navy spokesman.
/// </summary>
public class LongPartialConflictTests
{
    // Two statements of one speech, each quoted by two Russian articles: the first in full, the second as a long clause.
    private const string Seized1 = "Военные моряки провели операцию в Северном море, итогом которой стал захват чужого танкера и его отвод к нашему берегу.";
    private const string Seized2 = "Военные моряки провели операцию в Северном море, итогом которой стал захват танкера и его отвод к родному берегу.";
    private const string Warned1 = "призывают все страны, чьи граждане работают в Северном море, держаться подальше от любых судов и грузов противника, иначе корабли станут законными целями флота";
    private const string Warned2 = "призывают все страны, чьи граждане трудятся в Северном море, держаться подальше от любых судов и грузов противника, иначе суда станут законными целями флота";

    // Two English outlets' sentences, each of them a fair match for both statements to a linker misled by the shared words.
    private const string English1 = "Sailors carried out an operation in the North Sea and seized a tanker, urging all countries to keep away from enemy ships.";
    private const string English2 = "Sailors carried out an operation in the North Sea and seized a tanker, urging every country to keep away from enemy ships.";

    private static IReadOnlyList<QuoteGroup> Group()
    {
        var quotes = new List<Quote>
        {
            new("A1-q0", "A1", Seized1, 0, Seized1.Length, QuoteKind.Full, false, "«", null, null, "ru", []),
            new("A1-q1", "A1", Warned1, 200, 200 + Warned1.Length, QuoteKind.Partial, false, "«", null, null, "ru", []),
            new("A2-q0", "A2", Seized2, 0, Seized2.Length, QuoteKind.Full, false, "«", null, null, "ru", []),
            new("A2-q1", "A2", Warned2, 200, 200 + Warned2.Length, QuoteKind.Partial, false, "«", null, null, "ru", []),
            new("A3-q0", "A3", English1, 0, English1.Length, QuoteKind.Full, false, "\"", null, null, "en", []),
            new("A4-q0", "A4", English2, 0, English2.Length, QuoteKind.Full, false, "\"", null, null, "en", []),
        };
        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                return (from english in new[] { English1, English2 }
                        from russian in new[] { Seized1, Seized2, Warned1, Warned2 }
                        let e = Index(sentences, english)
                        let r = Index(sentences, russian)
                        select new CrossLanguageLink(Math.Min(e, r), Math.Max(e, r), 0.9)).ToList();
            },
        };
        return QuoteGrouper.Group(quotes, options);
    }

    [Fact]
    public void ALongPartialClauseLeavesTheGroupOfItsArticlesFullSentence()
    {
        var groups = Group();
        Assert.NotSame(GroupOf(groups, Seized1), GroupOf(groups, Warned1));
        Assert.Same(GroupOf(groups, Seized1), GroupOf(groups, Seized2));
        Assert.Same(GroupOf(groups, Warned1), GroupOf(groups, Warned2));
    }
}
