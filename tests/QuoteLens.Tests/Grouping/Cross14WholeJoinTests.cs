using QuoteLens.Grouping;
using Xunit;

namespace QuoteLens.Tests.Grouping;

/// <summary>The join of two shared groups that share a language (<c>QuoteGrouper.WholeJoins</c>).</summary>
public class Cross14WholeJoinTests
{
    // Languages: 0 ru, 1 uk, 2 en, 3 de.
    private static (Dictionary<(int, int), int> Size, ILookup<int, int> Languages) Sizes(params (int Group, int Language, int Count)[] rows)
    {
        var size = rows.ToDictionary(r => (r.Group, r.Language), r => r.Count);
        return (size, size.Keys.ToLookup(k => k.Item1, k => k.Item2));
    }

    [Fact]
    public void TwoTranslationsOfOneOriginalJoinWhenOtherLanguagesLinkDenselyToBoth()
    {
        // Group 1: two English and one German version; group 2: three Russian, three Ukrainian and two English versions.
        var (size, languages) = Sizes((1, 2, 2), (1, 3, 1), (2, 0, 3), (2, 1, 3), (2, 2, 2));
        var articles = new Dictionary<int, HashSet<int>> { [1] = [10, 11, 12], [2] = [20, 21, 22, 23, 24, 25, 26, 27] };
        var whole = new Dictionary<(int, int), int> { [(1, 2)] = 12 };
        var strength = new Dictionary<(int, int), double> { [(1, 2)] = 6.0 };
        var joins = QuoteGrouper.WholeJoins(whole, strength, size, languages, articles).ToList();
        var join = Assert.Single(joins);
        Assert.Equal(1, join.Small);
        Assert.Equal(2, join.Target.Large);
    }

    [Fact]
    public void SparseLinksOrAnArticleInBothKeepTheGroupsApart()
    {
        var (size, languages) = Sizes((1, 2, 2), (1, 3, 1), (2, 0, 3), (2, 1, 3), (2, 2, 2));
        var strength = new Dictionary<(int, int), double> { [(1, 2)] = 3.0 };

        // 6 links of 24 cross-language pairs: too sparse.
        var apart = new Dictionary<int, HashSet<int>> { [1] = [10, 11, 12], [2] = [20, 21, 22, 23, 24, 25, 26, 27] };
        Assert.Empty(QuoteGrouper.WholeJoins(new Dictionary<(int, int), int> { [(1, 2)] = 6 }, strength, size, languages, apart));

        // Dense, but an article quotes a version in each (two sentences of one article are two statements) and group 1 spans two languages only.
        var shared = new Dictionary<int, HashSet<int>> { [1] = [10, 11, 20], [2] = [20, 21, 22, 23, 24, 25, 26, 27] };
        Assert.Empty(QuoteGrouper.WholeJoins(new Dictionary<(int, int), int> { [(1, 2)] = 12 }, strength, size, languages, shared));
    }

    [Fact]
    public void AGroupLinkingAsMuchToAnUnrelatedGroupJoinsNeither()
    {
        var (size, languages) = Sizes((1, 2, 2), (1, 3, 1), (2, 0, 3), (2, 1, 3), (2, 2, 2), (3, 0, 2), (3, 1, 2));
        var articles = new Dictionary<int, HashSet<int>> { [1] = [10, 11, 12], [2] = [20, 21, 22, 23, 24, 25, 26, 27], [3] = [30, 31, 32, 33] };
        var whole = new Dictionary<(int, int), int> { [(1, 2)] = 12, [(1, 3)] = 8 };
        var strength = new Dictionary<(int, int), double> { [(1, 2)] = 6.0, [(1, 3)] = 4.0 };
        Assert.DoesNotContain(QuoteGrouper.WholeJoins(whole, strength, size, languages, articles), j => j.Small == 1 && j.Target.Large == 2);
    }

    [Fact]
    public void OneArticleInCommonIsAllowedForAGroupOfManyLanguages()
    {
        Assert.True(QuoteGrouper.FewShared([1, 2, 3], [3, 4, 5], 3));
        Assert.False(QuoteGrouper.FewShared([1, 2, 3], [3, 4, 5], 2));
        Assert.False(QuoteGrouper.FewShared([1, 2, 3], [2, 3, 4], 4));
        Assert.True(QuoteGrouper.FewShared([1, 2], [3, 4], 1));
    }
}
