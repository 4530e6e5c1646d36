using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using QuoteLens.Benchmarks.Evaluation;
using QuoteLens.Corpus;
using QuoteLens.Grouping;
using QuoteLens.Quotes;

namespace QuoteLens.Benchmarks.Harness;

/// <summary>Times the load, the quote stage and grouping (with its phases) on one corpus, and prints a digest of the groups, to check that a faster build groups exactly the same.</summary>
internal static class GroupingRun
{
    /// <summary>Loads <paramref name="dir"/>, finds its quotes, groups them <paramref name="rounds"/> times and prints each phase's time and the groups' digest.</summary>
    public static void Run(string dir, int rounds, string? dump)
    {
        var watch = Stopwatch.StartNew();
        var corpus = CorpusLoader.Load(dir);
        Console.WriteLine(FormattableString.Invariant($"load {watch.Elapsed.TotalMilliseconds,10:N0} ms ({corpus.Articles.Count:N0} articles)"));
        watch.Restart();
        var quotes = QuoteFinder.FindAll(corpus);
        Console.WriteLine(FormattableString.Invariant($"quotes {watch.Elapsed.TotalMilliseconds,10:N0} ms ({quotes.Count:N0} quotes)"));
        for (int round = 0; round < rounds; round++)
        {
            GC.Collect();
            var profile = new GroupingProfile();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
            var groups = QuoteGrouper.Group(quotes, AnalysisOptions.Default.EffectiveGrouping, profile.Mark);
            process.Refresh();
            Console.WriteLine(FormattableString.Invariant($"grouping {watch.Elapsed.TotalMilliseconds,10:N0} ms wall {(process.TotalProcessorTime - cpu).TotalMilliseconds,10:N0} ms cpu {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,8:N0} MB allocated ({groups.Count:N0} groups)"));
            for (int i = 0; i < profile.Phases.Count; i++)
            {
                var (phase, time) = profile.Phases[i];
                Console.WriteLine(FormattableString.Invariant($"  {phase,-32} {time.TotalMilliseconds,10:N0} ms {profile.ProcessorTimes[i].TotalMilliseconds,10:N0} ms cpu {profile.AllocatedBytes[i] / 1048576.0,8:N0} MB"));
            }

            var text = new StringBuilder();
            foreach (var g in groups)
            {
                text.Append(g.Id).Append('\n');
                foreach (var m in g.Members)
                {
                    text.Append(" m ").Append(m.Id).Append(' ').Append(m.ArticleId).Append(' ').Append(m.Start).Append(' ').Append(m.End).Append(' ').Append(m.Text).Append('\n');
                }

                foreach (var f in g.Fragments)
                {
                    text.Append(" f ").Append(f.Id).Append(' ').Append(f.ArticleId).Append(' ').Append(f.Start).Append(' ').Append(f.End).Append(' ').Append(f.Text).Append('\n');
                }

                foreach (var l in g.Links)
                {
                    text.Append(" l ").Append(l.From).Append(' ').Append(l.To).Append(' ').Append(l.Evidence).Append('\n');
                }
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            Console.WriteLine("digest " + Convert.ToHexString(SHA256.HashData(bytes))[..16]);
            if (dump is not null && round == 0)
            {
                File.WriteAllBytes(dump, bytes);
            }
        }
    }
}
