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
        Console.WriteLine(FormattableString.Invariant($"{c.Stage,-32} {c.Time.TotalMilliseconds,10:N0} ms {c.AllocatedBytes / 1048576.0,10:N0} MB allocated {c.LiveBytes / 1048576.0,8:N0} MB live"));
    }

    Console.WriteLine(FormattableString.Invariant($"{quotes:N0} quotes, {groups:N0} groups ({shared:N0} shared); precision {score.All.Precision:0.000}, recall {score.All.Recall:0.000}; same-language {score.SameLanguage}; cross-language {score.CrossLanguage}"));
    return 0;
});
root.Subcommands.Add(stages);

var quotesDir = new Option<string?>("--dir") { Description = "A corpus folder (default: the generated corpus of --size articles)." };
var quotesRounds = new Option<int>("--rounds") { Description = "How many times to run the quote stage.", DefaultValueFactory = _ => 3 };
var quotesDump = new Option<string?>("--dump") { Description = "Write every field of every quote to this file (to diff two builds)." };
var quotesSequential = new Option<bool>("--sequential") { Description = "Find the quotes of one article after another on one thread." };
var quotesCommand = new Command("quotes", "Time the load and the quote stage alone (wall and processor time), and hash every quote field.") { size, runSeed, quotesDir, quotesRounds, quotesDump, quotesSequential };
quotesCommand.SetAction(parse =>
{
    var dir = parse.GetValue(quotesDir) ?? ScaleRun.Corpus(parse.GetValue(size), parse.GetValue(runSeed));
    QuotesRun.Run(dir, parse.GetValue(quotesRounds), parse.GetValue(quotesDump), parse.GetValue(quotesSequential));
    return 0;
});
root.Subcommands.Add(quotesCommand);

var profileCommand = new Command("quotes-profile", "Time the quote stage on one thread and, alone, the paragraph tokenizing and mention scan the speaker resolver does.") { size, runSeed, quotesDir, quotesRounds };
profileCommand.SetAction(parse =>
{
    QuotesProfile.Run(parse.GetValue(quotesDir) ?? ScaleRun.Corpus(parse.GetValue(size), parse.GetValue(runSeed)), parse.GetValue(quotesRounds));
    return 0;
});
root.Subcommands.Add(profileCommand);

var groupRounds = new Option<int>("--rounds") { Description = "How many times to group.", DefaultValueFactory = _ => 1 };
var groupDump = new Option<string?>("--dump") { Description = "Write every group (members, fragments, links) to this file (to diff two builds)." };
var groupingCommand = new Command("grouping", "Time the grouping phases alone and print a digest of the groups (to check that a faster build groups the same).") { size, runSeed, quotesDir, groupRounds, groupDump };
groupingCommand.SetAction(parse =>
{
    var dir = parse.GetValue(quotesDir) ?? ScaleRun.Corpus(parse.GetValue(size), parse.GetValue(runSeed));
    GroupingRun.Run(dir, parse.GetValue(groupRounds), parse.GetValue(groupDump));
    return 0;
});
root.Subcommands.Add(groupingCommand);

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
var misses = new Option<bool>("--misses") { Description = "List the key's direct quotes the quote finder did not find, with file, text and context." };
var unkeyed = new Option<bool>("--unkeyed") { Description = "List the quotes found without a quote mark that no key entry overlaps (to check unmarked speech for false quotes)." };
var explain = new Option<bool>("--explain") { Description = "List the same-language pairs missed (both texts, their groups, why they did not join) and the false pairs, per corpus." };
var crossMisses = new Option<string?>("--cross-misses") { Description = "Write the missed and wrongly joined cross-language pairs, per key unit with both texts, to this file." };
var speakerMisses = new Option<bool>("--speaker-misses") { Description = "List every key entry whose speaker the kit got wrong (key's speaker, speaker found, file, sentence)." };
var article = new Option<string?>("--article") { Description = "List the quotes and grouped sentences (group, version or fragment, evidence) of the articles whose file name contains this text." };
var evaluate = new Command("evaluate", "Score grouping against the answer keys of corpus folders: same- and cross-language precision/recall/F1, and cross-language per language pair.") { evalDirs, withParaphrases, misses, unkeyed, explain, crossMisses, speakerMisses, article };
evaluate.SetAction(parse =>
{
    long[] same = new long[3], cross = new long[3];
    int[] quoteCounts = new int[2], speakerCounts = new int[2];
    var perPair = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
    var reasons = new SortedDictionary<string, long>(StringComparer.Ordinal);
    var (missedByPair, wrongByPair, missesReport) = (new SortedDictionary<string, long>(StringComparer.Ordinal), new SortedDictionary<string, long>(StringComparer.Ordinal), new System.Text.StringBuilder());
    var detailAsked = parse.GetValue(misses) || parse.GetValue(unkeyed) || parse.GetValue(explain) || parse.GetValue(speakerMisses)
        || parse.GetValue(crossMisses) is not null || parse.GetValue(article) is not null;
    var sealedDirs = parse.GetValue(evalDirs)!.Where(d => File.Exists(Path.Combine(d, "SEALED"))).ToList();
    if (detailAsked && sealedDirs.Count > 0)
    {
        Console.Error.WriteLine($"evaluate: {string.Join(", ", sealedDirs)} {(sealedDirs.Count == 1 ? "is" : "are")} sealed (a SEALED file): only its figures are shown; leave out --misses, --unkeyed, --explain, --speaker-misses, --cross-misses and --article, or the sealed folder.");
        return 2;
    }

    foreach (var dir in parse.GetValue(evalDirs)!)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var analysis = QuoteLens.Analysis.Run(dir);
        var key = QuoteLens.Benchmarks.Evaluation.AnswerKey.Load(Path.Combine(dir, "gold.tsv")).Where(e => parse.GetValue(withParaphrases) || e.Kind != "paraphrase").ToList();
        var score = QuoteLens.Benchmarks.Evaluation.GroupingEvaluator.Score(analysis, key);
        if (parse.GetValue(crossMisses) is not null)
        {
            missesReport.AppendLine("=== " + dir).Append(QuoteLens.Benchmarks.Evaluation.CrossLanguageMisses.Describe(analysis, key, missedByPair, wrongByPair));
        }

        Console.WriteLine(FormattableString.Invariant($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(dir))} ({clock.ElapsedMilliseconds} ms): {score.Entries} entries, {score.Unmatched} unmatched"));
        Console.WriteLine(FormattableString.Invariant($"  same  {score.SameLanguage}"));
        Console.WriteLine(FormattableString.Invariant($"  cross {score.CrossLanguage}"));
        Console.WriteLine(FormattableString.Invariant($"  quotes {score.QuoteRecall}, speakers {score.SpeakerAccuracy}"));
        AddRatios(quoteCounts, score.QuoteRecall, speakerCounts, score.SpeakerAccuracy);
        if (parse.GetValue(misses))
        {
            QuoteLens.Benchmarks.Evaluation.MissReport.Write(analysis, key, Console.Out);
        }

        if (parse.GetValue(article) is { } articleName)
        {
            QuoteLens.Benchmarks.Evaluation.ArticleDump.Write(analysis, articleName, Console.Out);
        }

        if (parse.GetValue(unkeyed))
        {
            QuoteLens.Benchmarks.Evaluation.MissReport.WriteUnkeyedUnmarked(analysis, key, Console.Out);
        }

        if (parse.GetValue(explain))
        {
            var tally = new Dictionary<string, long>(StringComparer.Ordinal);
            Console.Write(QuoteLens.Benchmarks.Evaluation.GroupingExplainer.Explain(analysis, key, tally));
            foreach (var (reason, n) in tally) { reasons[reason] = reasons.GetValueOrDefault(reason) + n; }
        }

        if (parse.GetValue(speakerMisses))
        {
            QuoteLens.Benchmarks.Evaluation.SpeakerMisses.Print(Path.GetFileName(Path.TrimEndingDirectorySeparator(dir)), QuoteLens.Benchmarks.Evaluation.SpeakerMisses.List(analysis, key), Console.Out);
        }
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

    foreach (var (reason, n) in reasons)
    {
        Console.WriteLine(FormattableString.Invariant($"EXPLAIN {n,6} {reason}"));
    }

    Console.WriteLine(FormattableString.Invariant($"TOTAL same  {Show(same)}"));
    Console.WriteLine(FormattableString.Invariant($"TOTAL cross {Show(cross)}"));
    Console.WriteLine(FormattableString.Invariant($"TOTAL quotes {new QuoteLens.Benchmarks.Evaluation.Ratio(quoteCounts[0], quoteCounts[1])}, speakers {new QuoteLens.Benchmarks.Evaluation.Ratio(speakerCounts[0], speakerCounts[1])}"));
    foreach (var (pair, c) in perPair)
    {
        Console.WriteLine(FormattableString.Invariant($"  {pair,-6} {Show(c)}"));
    }

    if (parse.GetValue(crossMisses) is { } missesFile)
    {
        missesReport.AppendLine("=== missed / wrong cross-language pairs by language pair");
        foreach (var pair in missedByPair.Keys.Union(wrongByPair.Keys).Order(StringComparer.Ordinal))
        {
            missesReport.AppendLine(FormattableString.Invariant($"  {pair,-6} missed {missedByPair.GetValueOrDefault(pair)} wrong {wrongByPair.GetValueOrDefault(pair)}"));
        }

        File.WriteAllText(missesFile, missesReport.ToString());
    }

    return 0;

    static void AddRatios(int[] q, QuoteLens.Benchmarks.Evaluation.Ratio quoteRatio, int[] sp, QuoteLens.Benchmarks.Evaluation.Ratio speakerRatio) { q[0] += quoteRatio.Hits; q[1] += quoteRatio.Cases; sp[0] += speakerRatio.Hits; sp[1] += speakerRatio.Cases; }
    static void Add(long[] c, QuoteLens.Benchmarks.Evaluation.PairScore s) { c[0] += s.TruePositives; c[1] += s.PredictedPairs; c[2] += s.GoldPairs; }
    static string Show(long[] c) => new QuoteLens.Benchmarks.Evaluation.PairScore(c[0], c[1], c[2]).ToString();
});
root.Subcommands.Add(evaluate);

var stepDirs = new Argument<string[]>("dirs") { Description = "Corpus folders, each with a gold.tsv.", Arity = ArgumentArity.OneOrMore };
var crossSteps = new Command("cross-steps", "Classify the missed cross-language gold pairs by the grouper's own cross-language links (a diagnostic).") { stepDirs };
crossSteps.SetAction(parse =>
{
    var tally = new SortedDictionary<string, long>(StringComparer.Ordinal);
    foreach (var dir in parse.GetValue(stepDirs)!)
    {
        var (analysis, texts, links) = QuoteLens.Benchmarks.Evaluation.CrossLanguageSteps.Run(dir);
        var key = QuoteLens.Benchmarks.Evaluation.AnswerKey.Load(Path.Combine(dir, "gold.tsv")).Where(e => e.Kind != "paraphrase").ToList();
        Console.WriteLine("=== " + dir);
        Console.Write(QuoteLens.Benchmarks.Evaluation.CrossLanguageSteps.Classify(analysis, texts, links, key, tally));
    }

    foreach (var (k, n) in tally)
    {
        Console.WriteLine(FormattableString.Invariant($"STEP {n,6} {k}"));
    }

    return 0;
});
root.Subcommands.Add(crossSteps);

var keysLanguage = new Argument<string>("language") { Description = "The text's language (ISO 639-1)." };
var keysText = new Argument<string>("text") { Description = "The text." };
var bridgeKeys = new Command("bridge-keys", "Print the cross-language keys the bridge gives each word of a text (a diagnostic).") { keysLanguage, keysText };
bridgeKeys.SetAction(parse => Console.Write(QuoteLens.Benchmarks.Evaluation.CrossLanguageMisses.Keys(parse.GetValue(keysText)!, parse.GetValue(keysLanguage)!)));
root.Subcommands.Add(bridgeKeys);

return root.Parse(args).Invoke();
