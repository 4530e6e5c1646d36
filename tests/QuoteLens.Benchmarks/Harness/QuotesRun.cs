using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using QuoteLens.Corpus;
using QuoteLens.Quotes;

namespace QuoteLens.Benchmarks.Harness;

/// <summary>
/// Times the load and the quote stage alone, several rounds on one loaded corpus, with the process's processor time beside
/// the wall time (the cores are shared, so processor time is the steadier figure), and writes every field of every quote
/// to a file (and its hash) so that a change meant to keep the output can be checked byte for byte.
/// </summary>
internal static class QuotesRun
{
    /// <summary>Runs <paramref name="rounds"/> rounds over the corpus in <paramref name="dir"/>; writes the dump to <paramref name="dump"/> when given.</summary>
    public static void Run(string dir, int rounds, string? dump, bool sequential)
    {
        var process = Process.GetCurrentProcess();
        var (loadWall, loadCpu, loadAlloc) = Time(process, () => { });
        ArticleCorpus? corpus = null;
        (loadWall, loadCpu, loadAlloc) = Time(process, () => corpus = CorpusLoader.Load(dir));
        Console.WriteLine(Inv($"load    {loadWall,8:N0} ms wall {loadCpu,8:N0} ms cpu {loadAlloc,8:N0} MB allocated"));
        IReadOnlyList<Quote> quotes = [];
        for (int r = 0; r < rounds; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var (wall, cpu, alloc) = Time(process, () => quotes = sequential
                ? QuoteFinder.UnifySpeakers(corpus!, corpus!.Articles.SelectMany(QuoteFinder.Find).ToList())
                : QuoteFinder.FindAll(corpus!));
            Console.WriteLine(Inv($"quotes  {wall,8:N0} ms wall {cpu,8:N0} ms cpu {alloc,8:N0} MB allocated ({quotes.Count:N0} quotes)"));
        }

        if (Environment.GetEnvironmentVariable("QL_PER_ARTICLE") is not null)
        {
            var times = new List<(double Ms, Article A, int Q)>();
            foreach (var a in corpus!.Articles)
            {
                var sw = Stopwatch.StartNew();
                int c = QuoteFinder.Find(a).Count;
                times.Add((sw.Elapsed.TotalMilliseconds, a, c));
            }

            double total = times.Sum(t => t.Ms);
            Console.WriteLine(Inv($"per article: total {total:N0} ms; text length total {times.Sum(t => (long)t.A.Text.Length):N0}"));
            foreach (var t in times.OrderByDescending(t => t.Ms).Take(15))
            {
                Console.WriteLine(Inv($"  {t.Ms,8:N1} ms {t.A.Text.Length,8} chars {t.A.Paragraphs.Count,5} paras {t.Q,4} quotes {t.A.Id}"));
            }

            var sorted = times.OrderByDescending(t => t.Ms).ToList();
            Console.WriteLine(Inv($"top 1% share {sorted.Take(times.Count / 100).Sum(t => t.Ms) / total:P0}, top 10% {sorted.Take(times.Count / 10).Sum(t => t.Ms) / total:P0}"));
        }

        var text = new StringBuilder();
        foreach (var q in quotes)
        {
            text.Append(q.Id).Append('\t').Append(q.ArticleId).Append('\t').Append(q.Start).Append('\t').Append(q.End).Append('\t')
                .Append(q.Kind).Append('\t').Append(q.Unclosed).Append('\t').Append(q.OpenMark).Append('\t').Append(q.Speaker ?? "<null>").Append('\t')
                .Append(q.Cue ?? "<null>").Append('\t').Append(q.Language).Append('\t').Append(q.CanonicalSpeaker ?? "<null>").Append('\t')
                .Append(q.SpeakerKey ?? "<null>").Append('\t').Append(string.Join(';', q.Occurrences.Select(o => Inv($"{o.Start}-{o.End}"))))
                .Append('\t').Append(q.Text.Replace('\n', ' ')).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Console.WriteLine("sha256 " + Convert.ToHexString(SHA256.HashData(bytes)));
        if (dump is not null)
        {
            File.WriteAllBytes(dump, bytes);
        }
    }

    private static (double Wall, double Cpu, double Alloc) Time(Process process, Action action)
    {
        var pause = GC.GetTotalPauseDuration();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        long alloc = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();
        process.Refresh();
        Console.Write(Inv($"(GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:N0} ms, {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} gen0/1/2) "));
        return (clock.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds, (GC.GetTotalAllocatedBytes(precise: true) - alloc) / 1048576.0);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
