using QuoteLens.Comparison;
using QuoteLens.Grouping;

namespace QuoteLens.Tests.Comparison;

/// <summary>Wordings, the timeline and the lineage of a syndicated statement.</summary>
public sealed class WordingsTests
{
    private static (Analysis Analysis, QuoteGroup Group) Statement(string dir)
    {
        var analysis = Analysis.Run(dir);
        return (analysis, analysis.SharedGroups.Single(g => g.Text.Contains("punished", StringComparison.Ordinal)));
    }

    [Fact]
    public void Versions_collapse_into_wordings_ignoring_case_punctuation_and_quote_marks()
    {
        using var corpus = SyndicatedCorpus.Create();
        var (analysis, group) = Statement(corpus.Directory);
        var wordings = analysis.Wordings(group).Wordings;
        Assert.Equal(["W1", "W2"], wordings.Select(w => w.Id));
        Assert.Equal(["a1", "a2", "a5", "a6"], wordings[0].ArticleIds);
        Assert.Equal(["a3", "a4", "a7"], wordings[1].ArticleIds);
        Assert.Equal(SyndicatedCorpus.Killers + ",", wordings[0].Text);
        Assert.Equal(SyndicatedCorpus.Assassins + ",", wordings[1].Text);
        Assert.Equal(WordingFinder.Key("“The KILLERS — will be found!”"), WordingFinder.Key("the killers will be found"));
    }

    [Fact]
    public void Variations_of_wordings_weigh_each_reading_by_every_article_that_prints_it()
    {
        using var corpus = SyndicatedCorpus.Create();
        var (analysis, group) = Statement(corpus.Directory);
        var substitution = analysis.WordingVariations(group).Single(v => v.IsSubstitution && !v.IsPunctuationOnly);
        Assert.Equal(["killers", "assassins"], substitution.Readings.Select(r => r.Text));
        Assert.Equal(["a1", "a2", "a5", "a6"], substitution.Readings[0].ArticleIds);
        Assert.Equal(["a3", "a4", "a7"], substitution.Readings[1].ArticleIds);
        Assert.Equal(2, analysis.AlignWordings(group).Rows.Count);
    }

    [Fact]
    public void Timeline_names_the_first_publisher_and_the_outlet_that_introduced_a_wording()
    {
        using var corpus = SyndicatedCorpus.Create();
        var (analysis, group) = Statement(corpus.Directory);
        var timeline = analysis.Timeline(group);
        Assert.Equal(["a1", "a2", "a3", "a5", "a4", "a6", "a7"], timeline.Entries.Select(e => e.ArticleId));
        Assert.Equal("a1", timeline.First!.ArticleId);
        Assert.Equal("2024-03-15T06:00:00Z", timeline.First.Published.ToString());
        Assert.Equal("2024-03-15T09:00:00Z", analysis.Published("a5").ToString());
        Assert.Equal("2024-03-15", analysis.Published("a6").ToString());
        Assert.Null(analysis.Published("a7"));
        Assert.Equal(1, timeline.Undated);
        Assert.False(timeline.HasTimes);

        var killers = timeline.Lineage[0];
        Assert.True(killers.IsOriginal);
        Assert.Equal("a1", killers.FirstArticleId);
        Assert.Equal(["a2", "a5", "a6"], killers.Followers);
        var assassins = timeline.Lineage[1];
        Assert.False(assassins.IsOriginal);
        Assert.Equal("a3", assassins.FirstArticleId);
        Assert.Equal(["a4"], assassins.Followers);
        Assert.Equal(1, assassins.Undated);
        Assert.NotNull(assassins.Note);
        Assert.Equal([true, false, true, false, false, false, false], timeline.Entries.Select(e => e.Introduced));
    }
}
