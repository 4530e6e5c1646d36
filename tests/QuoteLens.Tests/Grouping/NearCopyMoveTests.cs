using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

using static QuoteLens.Tests.Grouping.GroupingTestKit;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A version that the links across languages put with another statement, while a near copy of it in its own language
/// stands in a group of its own, moves to its near copy's group (QuoteGrouper.MoveToNearCopies); made-up remarks of an
/// invented harbour master.
/// </summary>
public class NearCopyMoveTests
{
    // The statement the outlier stands with: two English versions and a Russian one in other words.
    private const string HarbourEn = "The harbour master said the northern pier will stay closed until the storm has passed.";
    private const string HarbourEn2 = "The northern pier will stay closed until the storm has passed, the harbour master said.";
    private const string HarbourRu = "Начальник порта сказал, что северный причал останется закрытым до конца шторма.";

    // The outlier and its near copy: the same Russian sentence told two ways, in two other articles.
    private const string Outlier = "Все паромы Сосновки отменены на завтрашнее утро из-за сильного ветра.";
    private const string NearCopy = "Все паромы Сосновки отменены на завтрашнее утро из-за ветра и волн.";
    private const string NearCopy2 = "Все паромы Сосновки отменены на завтрашнее утро из-за ветра и высоких волн.";

    private static IReadOnlyList<QuoteGroup> Group()
    {
        var texts = new List<(string Text, string Language)>
        {
            (HarbourEn, "en"), (HarbourEn2, "en"), (HarbourRu, "ru"), (Outlier, "ru"), (NearCopy, "ru"), (NearCopy2, "ru"),
        };
        var quotes = texts.Select((t, i) => new Quote($"A{i}-q0", "A" + i, t.Text, 0, t.Text.Length, QuoteKind.Full, false, "\"", null, null, t.Language, [])).ToList();
        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                var links = new List<CrossLanguageLink>();
                void Add(string x, string y, double similarity)
                {
                    int a = Index(sentences, x), b = Index(sentences, y);
                    links.Add(new CrossLanguageLink(Math.Min(a, b), Math.Max(a, b), similarity));
                }

                // A linker misled by the story's shared words ties the outlier to the harbour master's statement.
                Add(HarbourEn, HarbourRu, 0.9);
                Add(HarbourEn2, HarbourRu, 0.9);
                Add(Outlier, HarbourEn, 0.95);
                Add(Outlier, HarbourEn2, 0.95);
                return links;
            },
        };
        return QuoteGrouper.Group(quotes, options);
    }

    [Fact]
    public void AnOutlierMovesToItsNearCopyInItsOwnLanguage()
    {
        var groups = Group();
        Assert.Same(GroupOf(groups, NearCopy), GroupOf(groups, Outlier));
        Assert.Same(GroupOf(groups, HarbourEn), GroupOf(groups, HarbourRu));
        Assert.NotSame(GroupOf(groups, HarbourEn), GroupOf(groups, Outlier));
    }
}
