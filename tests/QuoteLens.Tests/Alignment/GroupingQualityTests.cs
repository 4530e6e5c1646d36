using QuoteLens.Alignment.Evaluation;
using Xunit.Abstractions;

namespace QuoteLens.Tests.Alignment;

/// <summary>Grouping scored against the answer keys in data/ (pairs of versions from different files).</summary>
public class GroupingQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void SampleCorpusGroupsTheStatementsItsAnswerKeyNames()
    {
        var score = Score("belgorod-2024-03", _ => true);
        Assert.True(score.All.Precision >= 1.0, $"precision {score.All}");
        Assert.True(score.All.Recall >= 0.9, $"recall {score.All}");
    }

    [Theory]
    [InlineData("peskov-2024-02", 0.9, 0.75)]
    [InlineData("macron-2024-02", 0.8, 0.65)]
    public void CrossLanguageCorporaGroupTheirEnglishVersions(string corpus, double precisionFloor, double recallFloor)
    {
        // The quote finder finds direct quotes: paraphrases (reported speech) are not in its reach and are left out here.
        var score = Score(corpus, e => e.Kind != "paraphrase");
        Assert.True(score.SameLanguage.Precision >= precisionFloor, $"same-language {score.SameLanguage}");
        Assert.True(score.SameLanguage.Recall >= recallFloor, $"same-language {score.SameLanguage}");
    }

    private GroupingScore Score(string corpus, Func<AnswerKeyEntry, bool> include)
    {
        var analysis = Analysis.Run(TestPaths.Data(corpus));
        var key = AnswerKey.Load(TestPaths.Data(corpus, "gold.tsv")).Where(include).ToList();
        var score = GroupingEvaluator.Score(analysis, key);
        output.WriteLine($"{corpus}: {score.Entries} key entries, {score.Unmatched} not found as quotes");
        output.WriteLine($"  all pairs:            {score.All}");
        output.WriteLine($"  same-language pairs:  {score.SameLanguage}");
        output.WriteLine($"  cross-language pairs: {score.CrossLanguage}");
        Console.WriteLine($"[grouping] {corpus}: all {score.All}; same-language {score.SameLanguage}; cross-language {score.CrossLanguage}");
        return score;
    }
}
