namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Identical copies of one sentence are one text, and stay in one group when the versions of a language move to the group
/// they render: a copy whose own article's order was held against the move had stayed behind while its twin moved.
/// Read from two real answer keys: the Federal Assembly key's Italian "Anche noi abbiamo armi capaci di raggiungere i
/// vostri territori" (RTL and StrettoWeb) and the Crimean bridge key's Ukrainian "До цієї розробки не мають відношення жодні
/// приватні компанії" (my.ua and tv4).
/// </summary>
public class IdenticalCopiesMoveTogetherTests
{
    [Theory]
    [InlineData("putin-assembly-address-2024-02", "F35_rtl_it.txt", "F36_strettoweb_it.txt", "Anche noi abbiamo armi capaci di raggiungere i vostri territori")]
    [InlineData("crimean-bridge-attack-2023-07", "K26_myua_uk.txt", "K27_tv4_uk.txt", "До цієї розробки не мають відношення жодні приватні компанії")]
    public void Both_copies_stand_in_one_group(string key, string first, string second, string sentence)
    {
        var analysis = Analysis.Run(TestPaths.Data("eval", key));

        var groups = analysis.Groups
            .Where(g => g.Members.Any(m => m.Text.StartsWith(sentence, StringComparison.Ordinal) && (m.ArticleId.StartsWith(first[..3], StringComparison.Ordinal) || m.ArticleId.StartsWith(second[..3], StringComparison.Ordinal))))
            .ToList();

        var group = Assert.Single(groups);
        Assert.Equal(2, group.Members.Count(m => m.Text.StartsWith(sentence, StringComparison.Ordinal)));
    }
}
