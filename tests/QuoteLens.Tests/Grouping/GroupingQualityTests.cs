using QuoteLens.Benchmarks.Evaluation;
using Xunit.Abstractions;

namespace QuoteLens.Tests.Grouping;

/// <summary>Grouping scored against the answer keys in data/ (pairs of versions from different files, in one language and across languages).</summary>
public class GroupingQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void SampleCorpusGroupsTheStatementsItsAnswerKeyNames()
    {
        var score = Score("belgorod-2024-03", _ => true);
        Assert.True(score.All.Precision >= 1.0, $"precision {score.All}");
        Assert.True(score.All.Recall >= 0.9, $"recall {score.All}");
    }

    [Fact]
    public void TheRussianOriginalOfInevitabilityJoinsItsEnglishRenderings()
    {
        var analysis = Analysis.Run(TestPaths.Data("peskov-2024-02"));
        var group = analysis.Groups.Single(g => g.Members.Any(m => m.Text.Contains("не о вероятности, а о неизбежности", StringComparison.Ordinal) && m.ArticleId.StartsWith("D01", StringComparison.Ordinal)));
        Assert.Contains(group.Members, m => m.Language == "ru");
        var english = group.Members.Where(m => m.Language == "en").Select(m => m.Text).ToList();
        Assert.Contains(english, t => t.Contains("possibility", StringComparison.Ordinal));
        Assert.Contains(english, t => t.Contains("probability", StringComparison.Ordinal));
        Assert.Contains(english, t => t.Contains("likelihood", StringComparison.Ordinal));
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
