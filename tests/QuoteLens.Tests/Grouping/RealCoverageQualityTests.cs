using System.Globalization;
using QuoteLens.Benchmarks.Evaluation;
using Xunit.Abstractions;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Every answer key of real coverage (data/*/gold.tsv, data/eval/*/gold.tsv and the held-out data/heldout/*/gold.tsv), scored with one evaluator: quote recall,
/// same-language and cross-language pairwise precision/recall/F1 (cross-language per language pair too) and speaker
/// accuracy. Paraphrases (reported speech) are out of the quote finder's reach and left out of pairs and speakers.
/// The figures are printed, and the exact counts asserted: a change to quotes, speakers or grouping that moves any of
/// them must update the table below, and says so.
/// </summary>
public class RealCoverageQualityTests(ITestOutputHelper output)
{
    /// <summary>
    /// The counts measured per answer key: quote rows found / quote rows; same-language true / predicted / gold pairs;
    /// cross-language true / predicted / gold pairs; speakers right / rows with a speaker; spans not in their file.
    /// The evaluation sets (data/eval) are measured as collected on 2026-12-01; a set that is not there is not run.
    /// </summary>
    private static readonly Dictionary<string, Expected> Measured = new(StringComparer.Ordinal)
    {
        ["belgorod-2024-03"] = new(20, 20, 11, 11, 11, 0, 0, 0, 21, 21, 0),
        ["biden-baltimore-bridge-2024-03"] = new(127, 127, 207, 221, 211, 693, 781, 821, 174, 180, 0),
        ["macron-2024-02"] = new(56, 56, 161, 170, 169, 199, 206, 205, 0, 0, 0),
        ["peskov-2024-02"] = new(39, 39, 62, 62, 69, 85, 92, 104, 0, 0, 0),
        ["pope-white-flag-2024-03"] = new(146, 147, 116, 121, 119, 1048, 1146, 1183, 176, 185, 0),
        ["prigozhin-ammunition-2023-05"] = new(231, 232, 80, 100, 120, 553, 719, 1276, 272, 294, 0),
        ["putin-biden-preference-2024-02"] = new(182, 182, 167, 181, 264, 1071, 1189, 2168, 223, 241, 0),
        ["putin-crocus-address-2024-03"] = new(140, 140, 118, 123, 146, 476, 519, 730, 204, 206, 0),
        ["scholz-taurus-2024-02"] = new(62, 62, 11, 15, 11, 64, 95, 113, 79, 84, 0),
        ["trump-nato-2024-02"] = new(137, 137, 500, 504, 547, 1004, 1016, 1418, 204, 220, 0),
        ["kursk-incursion-2024-08"] = new(179, 181, 49, 73, 58, 407, 698, 831, 243, 262, 0),
        ["il76-crash-2024-01"] = new(236, 238, 82, 104, 107, 691, 957, 1109, 280, 333, 0),
        ["lukashenko-crocus-belarus-2024-03"] = new(166, 166, 204, 207, 236, 1295, 1418, 1558, 204, 207, 0),
        ["erdogan-hamas-2023-10"] = new(138, 139, 159, 172, 217, 1292, 1593, 2213, 222, 239, 0),
        ["peskov-belousov-defence-2024-05"] = new(85, 87, 112, 173, 117, 585, 1040, 773, 117, 133, 0),
        ["putin-oreshnik-address-2024-11"] = new(127, 131, 140, 153, 159, 948, 1194, 1307, 224, 251, 0),
        ["rdk-legion-belgorod-raids-2023"] = new(129, 130, 40, 48, 64, 299, 366, 532, 217, 231, 0),
        ["kakhovka-dam-2023-06"] = new(186, 192, 37, 49, 54, 555, 737, 798, 264, 300, 0),
        ["rdk-bryansk-raid-2023-03"] = new(202, 204, 126, 145, 186, 646, 868, 1317, 256, 321, 0),
        ["putin-prigozhin-crash-2023-08"] = new(177, 178, 325, 398, 394, 2960, 3820, 3898, 288, 290, 0),
        ["wagner-mutiny-2023-06"] = new(136, 136, 84, 92, 102, 253, 312, 594, 202, 207, 0),
        ["crimean-bridge-attack-2023-07"] = new(202, 205, 128, 140, 153, 1126, 1311, 1677, 234, 267, 0),
        ["putin-carlson-interview-2024-02"] = new(298, 298, 159, 188, 208, 1641, 2205, 2544, 345, 397, 0),
        ["putin-mobilization-address-2022-09"] = new(291, 296, 120, 162, 209, 793, 1532, 2261, 386, 442, 0),
        ["black-sea-grain-deal-exit-2023-07"] = new(203, 203, 104, 116, 124, 562, 865, 1091, 215, 247, 0),
        ["kherson-withdrawal-2022-11"] = new(285, 292, 120, 138, 189, 654, 914, 1405, 317, 354, 0),
        ["zaluzhny-stalemate-2023-11"] = new(268, 273, 99, 121, 233, 633, 747, 1746, 291, 344, 0),
        ["putin-direct-line-2023-12"] = new(244, 245, 130, 189, 189, 711, 1125, 1268, 318, 349, 0),
        ["houthi-red-sea-2023-12"] = new(92, 93, 56, 76, 75, 138, 364, 329, 149, 213, 0),
        ["putin-assembly-address-2024-02"] = new(256, 259, 306, 350, 433, 1824, 2331, 2900, 325, 367, 0),
        ["netanyahu-war-statement-2023-10"] = new(314, 320, 190, 247, 304, 1052, 1522, 2863, 384, 432, 0),
        ["black-sea-fleet-ships-2024-02"] = new(162, 164, 16, 23, 17, 143, 209, 225, 143, 199, 0),
    };

    /// <summary>Every answer key in the repository: the bundled ones, the evaluation sets under data/eval and the held-out sets under data/heldout.</summary>
    public static TheoryData<string> AnswerKeys()
    {
        var keys = new TheoryData<string>();
        foreach (var folder in Folders())
        {
            keys.Add(folder);
        }

        return keys;
    }

    private static IEnumerable<string> Folders()
    {
        var data = TestPaths.Data();
        var bundled = Directory.EnumerateDirectories(data).Where(d => File.Exists(Path.Combine(d, "gold.tsv")));
        var eval = Directory.Exists(Path.Combine(data, "eval"))
            ? Directory.EnumerateDirectories(Path.Combine(data, "eval")).Where(d => File.Exists(Path.Combine(d, "gold.tsv")))
            : [];
        var heldOut = Directory.Exists(Path.Combine(data, "heldout"))
            ? Directory.EnumerateDirectories(Path.Combine(data, "heldout")).Where(d => File.Exists(Path.Combine(d, "gold.tsv")))
            : [];
        return bundled.Concat(eval).Concat(heldOut).Select(d => Path.GetRelativePath(data, d).Replace('\\', '/')).Order(StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AnswerKeys))]
    public void EveryAnswerKeyScoresExactlyAsMeasured(string corpus)
    {
        var score = Score(corpus);
        var name = Path.GetFileName(corpus);
        var actual = new Expected(
            score.QuoteRecall.Hits, score.QuoteRecall.Cases,
            score.SameLanguage.TruePositives, score.SameLanguage.PredictedPairs, score.SameLanguage.GoldPairs,
            score.CrossLanguage.TruePositives, score.CrossLanguage.PredictedPairs, score.CrossLanguage.GoldPairs,
            score.SpeakerAccuracy.Hits, score.SpeakerAccuracy.Cases, score.SpansMissing);
        output.WriteLine($"measured: [\"{name}\"] = {actual},");
        Assert.True(Measured.TryGetValue(name, out var expected), $"{corpus}: no measured counts yet; add [\"{name}\"] = {actual}");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void TheTableOfEveryAnswerKeyPrints()
    {
        var rows = Folders().Select(f => (Name: Path.GetFileName(f), Score: Score(f))).ToList();
        output.WriteLine("| answer key | quote recall | same-language P / R / F1 | cross-language P / R / F1 | speaker accuracy |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var (name, s) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {s.QuoteRecall} | {Prf(s.SameLanguage)} | {Prf(s.CrossLanguage)} | {s.SpeakerAccuracy} |"));
        }

        var same = Sum(rows.Select(r => r.Score.SameLanguage));
        var cross = Sum(rows.Select(r => r.Score.CrossLanguage));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | | {Prf(same)} | {Prf(cross)} | |"));
        Assert.Equal(rows.Sum(r => r.Score.SameLanguage.GoldPairs), same.GoldPairs);
        Assert.True(rows.Count >= 3, "the three bundled answer keys at least");
    }

    private static PairScore Sum(IEnumerable<PairScore> scores) =>
        scores.Aggregate(new PairScore(0, 0, 0), (a, b) => new PairScore(a.TruePositives + b.TruePositives, a.PredictedPairs + b.PredictedPairs, a.GoldPairs + b.GoldPairs));

    private static string Prf(PairScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Precision:0.000} ({s.TruePositives}/{s.PredictedPairs}) / {s.Recall:0.000} ({s.TruePositives}/{s.GoldPairs}) / {s.F1:0.000}");

    private GroupingScore Score(string corpus)
    {
        var analysis = Analysis.Run(TestPaths.Data(corpus));
        var key = AnswerKey.Load(TestPaths.Data(corpus, "gold.tsv")).Where(e => e.Kind != "paraphrase").ToList();
        var score = GroupingEvaluator.Score(analysis, key);
        output.WriteLine($"{corpus}: {score.Entries} key entries (paraphrases left out), {score.Unmatched} not matched to a quoted sentence, {score.SpansMissing} spans not in their file");
        output.WriteLine($"  quote recall:         {score.QuoteRecall}");
        output.WriteLine($"  same-language pairs:  {score.SameLanguage}");
        output.WriteLine($"  cross-language pairs: {score.CrossLanguage}");
        foreach (var (pair, s) in score.ByLanguagePair.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"    {pair}: {s}");
        }

        output.WriteLine($"  speaker accuracy:     {score.SpeakerAccuracy}");
        return score;
    }

    /// <summary>The exact counts of one answer key.</summary>
    private sealed record Expected(
        int QuotesFound, int QuoteRows,
        long SameTrue, long SamePredicted, long SameGold,
        long CrossTrue, long CrossPredicted, long CrossGold,
        int SpeakersRight, int SpeakerRows, int SpansMissing)
    {
        /// <summary>The counts as the line to paste into <see cref="Measured"/>.</summary>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"new({QuotesFound}, {QuoteRows}, {SameTrue}, {SamePredicted}, {SameGold}, {CrossTrue}, {CrossPredicted}, {CrossGold}, {SpeakersRight}, {SpeakerRows}, {SpansMissing})");
    }
}
