using System.CommandLine;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using QuoteLens.Benchmarks.Generation;
using QuoteLens.Benchmarks.Harness;
using QuoteLens.Benchmarks.Micro;

var root = new RootCommand("QuoteLens scale tools: a corpus generator, the scale harness and micro benchmarks.");

var articles = new Option<int>("--articles") { Description = "How many articles to write.", Required = true };
var outDir = new Option<string>("--out") { Description = "The folder to write the corpus to.", Required = true };
var seed = new Option<int>("--seed") { Description = "The seed (default 1); the same seed gives the same bytes.", DefaultValueFactory = _ => 1 };
var generate = new Command("generate", "Write a synthetic corpus with planted quote variants and its answer key (gold.tsv).") { articles, outDir, seed };
generate.SetAction(parse =>
{
    var corpus = CorpusGenerator.Generate(parse.GetValue(outDir)!, parse.GetValue(articles), parse.GetValue(seed), RepoPaths.Data);
    Console.WriteLine($"{corpus.Articles} articles, {corpus.Words} words, {corpus.Units.Count} planted units ({corpus.Units.Count(u => u.Versions > 1)} shared) in {corpus.Directory}");
    return 0;
});
root.Subcommands.Add(generate);

var sizes = new Option<string>("--sizes") { Description = "Corpus sizes, comma-separated.", DefaultValueFactory = _ => "1000,10000,100000" };
var results = new Option<string>("--out") { Description = "The Markdown results file.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "tests", "QuoteLens.Benchmarks", "results.md") };
var runSeed = new Option<int>("--seed") { Description = "The generator's seed (default 1).", DefaultValueFactory = _ => 1 };
var run = new Command("run", "Generate (cached) corpora of each size, run the tool on each, time every stage, score grouping; write a Markdown table.") { sizes, results, runSeed };
run.SetAction(parse =>
{
    var measured = parse.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => ScaleRun.Measure(int.Parse(s, System.Globalization.CultureInfo.InvariantCulture), parse.GetValue(runSeed)))
        .ToList();
    var markdown = ResultsReport.Format(measured, InteractiveRun.Measure(), "dotnet run -c Release --project tests/QuoteLens.Benchmarks -- run " + string.Join(' ', args.Skip(1)));
    File.WriteAllText(parse.GetValue(results)!, markdown);
    Console.WriteLine(markdown);
    return 0;
});
root.Subcommands.Add(run);

var size = new Option<int>("--size") { Description = "Corpus size.", DefaultValueFactory = _ => 10000 };
var stages = new Command("stages", "Time the stages in this process at one size (no tool run, no results file): for quick profiling.") { size, runSeed };
stages.SetAction(parse =>
{
    int n = parse.GetValue(size);
    var (clock, quotes, groups, shared, score) = ScaleRun.Stages(ScaleRun.Corpus(n, parse.GetValue(runSeed)), n);
    foreach (var c in clock.Costs)
    {
        Console.WriteLine(FormattableString.Invariant($"{c.Stage,-32} {c.Time.TotalMilliseconds,10:N0} ms {c.AllocatedBytes / 1048576.0,10:N0} MB"));
    }

    Console.WriteLine(FormattableString.Invariant($"{quotes:N0} quotes, {groups:N0} groups ({shared:N0} shared); precision {score.All.Precision:0.000}, recall {score.All.Recall:0.000}; same-language {score.SameLanguage}; cross-language {score.CrossLanguage}"));
    return 0;
});
root.Subcommands.Add(stages);

var micro = new Command("micro", "BenchmarkDotNet over the tokenizer, quote finder, keys, candidate index and grouper (short job, in process).");
micro.SetAction(_ =>
{
    var config = ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    BenchmarkRunner.Run<InnerBenchmarks>(config);
    return 0;
});
root.Subcommands.Add(micro);

var evalDirs = new Argument<string[]>("dirs") { Description = "Corpus folders, each with a gold.tsv.", Arity = ArgumentArity.OneOrMore };
var withParaphrases = new Option<bool>("--paraphrases") { Description = "Keep the key's paraphrase entries (left out by default, as in the quality tests)." };
var speakerMisses = new Option<bool>("--speaker-misses") { Description = "List every key entry whose speaker the kit got wrong (key's speaker, speaker found, file, sentence)." };
var evaluate = new Command("evaluate", "Score grouping against the answer keys of corpus folders: same- and cross-language precision/recall/F1, and cross-language per language pair.") { evalDirs, withParaphrases, speakerMisses };
evaluate.SetAction(parse =>
{
    long[] same = new long[3], cross = new long[3];
    int[] quoteRecall = new int[2], speakers = new int[2];
    var perPair = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
    foreach (var dir in parse.GetValue(evalDirs)!)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var analysis = QuoteLens.Analysis.Run(dir);
        var key = QuoteLens.Benchmarks.Evaluation.AnswerKey.Load(Path.Combine(dir, "gold.tsv")).Where(e => parse.GetValue(withParaphrases) || e.Kind != "paraphrase").ToList();
        var score = QuoteLens.Benchmarks.Evaluation.GroupingEvaluator.Score(analysis, key);
        Console.WriteLine(FormattableString.Invariant($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(dir))} ({clock.ElapsedMilliseconds} ms): {score.Entries} entries, {score.Unmatched} unmatched"));
        Console.WriteLine(FormattableString.Invariant($"  same  {score.SameLanguage}"));
        Console.WriteLine(FormattableString.Invariant($"  cross {score.CrossLanguage}"));
        Console.WriteLine(FormattableString.Invariant($"  quotes {score.QuoteRecall}, speakers {score.SpeakerAccuracy}"));
        if (parse.GetValue(speakerMisses))
        {
            QuoteLens.Benchmarks.Evaluation.SpeakerMisses.Print(Path.GetFileName(Path.TrimEndingDirectorySeparator(dir)), QuoteLens.Benchmarks.Evaluation.SpeakerMisses.List(analysis, key), Console.Out);
        }

        quoteRecall[0] += score.QuoteRecall.Hits; quoteRecall[1] += score.QuoteRecall.Cases;
        speakers[0] += score.SpeakerAccuracy.Hits; speakers[1] += score.SpeakerAccuracy.Cases;
        Add(same, score.SameLanguage);
        Add(cross, score.CrossLanguage);
        foreach (var language in analysis.Bridge?.Describe(analysis.Quotes.Select(q => q.Language).Distinct()).Languages ?? [])
        {
            foreach (var source in language.Sources.Where(s => s.LoadTime > TimeSpan.Zero))
            {
                Console.WriteLine(FormattableString.Invariant($"  read {source.Name} ({language.Language}, {source.Entries:N0} entries) in {source.LoadTime.TotalMilliseconds:N0} ms"));
            }
        }
        foreach (var (pair, s) in score.ByLanguagePair)
        {
            Add(perPair.TryGetValue(pair, out var c) ? c : perPair[pair] = new long[3], s);
        }
    }

    Console.WriteLine(FormattableString.Invariant($"TOTAL quotes {new QuoteLens.Benchmarks.Evaluation.Ratio(quoteRecall[0], quoteRecall[1])}, speakers {new QuoteLens.Benchmarks.Evaluation.Ratio(speakers[0], speakers[1])}"));
    Console.WriteLine(FormattableString.Invariant($"TOTAL same  {Show(same)}"));
    Console.WriteLine(FormattableString.Invariant($"TOTAL cross {Show(cross)}"));
    foreach (var (pair, c) in perPair)
    {
        Console.WriteLine(FormattableString.Invariant($"  {pair,-6} {Show(c)}"));
    }

    return 0;

    static void Add(long[] c, QuoteLens.Benchmarks.Evaluation.PairScore s) { c[0] += s.TruePositives; c[1] += s.PredictedPairs; c[2] += s.GoldPairs; }
    static string Show(long[] c) => new QuoteLens.Benchmarks.Evaluation.PairScore(c[0], c[1], c[2]).ToString();
});
root.Subcommands.Add(evaluate);

return root.Parse(args).Invoke();
