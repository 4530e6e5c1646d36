using QuoteLens.Benchmarks.Evaluation;
using QuoteLens.Benchmarks.Generation;
using QuoteLens.Tests.Corpus;
using Xunit.Abstractions;

namespace QuoteLens.Tests.Benchmarks;

/// <summary>Grouping scored on a generated corpus of 2,000 articles against its planted answer key.</summary>
public class GeneratedGroupingQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void GroupingFindsThePlantedVersionsOfTwoThousandArticles()
    {
        using var folder = new TempFolder();
        CorpusGenerator.Generate(folder.Path, 2000, seed: 1, TestPaths.Data());
        var analysis = Analysis.Run(folder.Path);
        var score = GroupingEvaluator.Score(analysis, AnswerKey.Load(folder.File(CorpusGenerator.AnswerKeyFile)));

        output.WriteLine($"{score.Entries} key entries, {score.Unmatched} not found as quotes");
        output.WriteLine($"  all pairs:            {score.All}");
        output.WriteLine($"  same-language pairs:  {score.SameLanguage}");
        output.WriteLine($"  cross-language pairs: {score.CrossLanguage}");
        Console.WriteLine($"[grouping] generated 2000: all {score.All}; same-language {score.SameLanguage}; cross-language {score.CrossLanguage}");

        Assert.True(score.Unmatched <= score.Entries / 100, $"{score.Unmatched} of {score.Entries} planted quotes not found");
        Assert.True(score.SameLanguage.Precision >= 0.95, $"same-language {score.SameLanguage}");
        Assert.True(score.SameLanguage.Recall >= 0.95, $"same-language {score.SameLanguage}");
        Assert.True(score.All.Precision >= 0.95, $"all {score.All}");
    }
}
