using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>The candidate index and its per-thread buffer: what is found, what is held back, and when.</summary>
public class CandidateIndexTests
{
    [Fact]
    public void AQuoteMeetsTheQuotesThatShareItsRarestKeysButNeverItself()
    {
        // Keys 0..3; quote 0 carries 0,1,2; quote 1 carries 1,2,3; quote 2 carries 3 only.
        var keys = IntSets.From([[0, 1, 2], [1, 2, 3], [3]]);
        var index = new CandidateIndex(keys, keyCount: 4, maxPosting: 64, maxProbe: 6);
        var found = new CandidateSet(keys.Count);

        index.Candidates(0, minShare: 0.5, minShared: 1, found);
        Assert.Equal([1], found.Found.Order());

        index.AllSharing(1, found);
        Assert.Equal([0, 2], found.Found.Order());
    }

    [Fact]
    public void AQuoteMetTwiceThroughLongPostingsIsKept()
    {
        int n = CandidateSet.DecisivePosting + 10;
        var found = new CandidateSet(n + 1);
        var longPosting = Enumerable.Range(1, n).ToArray();

        found.Start(0);
        found.AddAll(longPosting, limit: 1000);
        found.AddAll(longPosting.Where(q => q != 7).ToArray(), limit: 1000);
        found.KeepCorroborated();

        Assert.Equal(longPosting.Where(q => q != 7), found.Found);
    }

    [Fact]
    public void OnceIsNotEnoughThroughALongPostingButEnoughThroughAShortOne()
    {
        int n = CandidateSet.DecisivePosting + 10;
        var found = new CandidateSet(n + 1);
        found.Start(0);
        found.AddAll(Enumerable.Range(1, n).ToArray(), limit: 1000);
        found.AddAll([3], limit: 1000);
        found.KeepCorroborated();
        Assert.Equal([3], found.Found);
    }

    [Fact]
    public void PostingsOverTheLimitAreNotProbedAndANewRoundForgetsTheLastOne()
    {
        var found = new CandidateSet(10);
        found.Start(0);
        found.AddAll([1, 2, 3], limit: 2);
        Assert.Empty(found.Found);

        found.AddAll([1, 2], limit: 2);
        Assert.Equal([1, 2], found.Found);

        found.Start(1);
        found.AddAll([1, 2], limit: 2);
        Assert.Equal([2], found.Found);
    }
}
