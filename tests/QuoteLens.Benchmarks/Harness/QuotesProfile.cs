using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using QuoteLens.Corpus;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Benchmarks.Harness;

/// <summary>
/// A breakdown of the quote stage on one thread: the whole stage, then the parts the speaker resolver repeats over every
/// paragraph (tokenizing each paragraph, the article's mention scan), each timed alone over the same articles, with the bytes
/// each allocates. For finding where the quote stage spends its time; changes nothing.
/// </summary>
internal static class QuotesProfile
{
    /// <summary>Loads <paramref name="dir"/> and prints the breakdown, <paramref name="rounds"/> times.</summary>
    public static void Run(string dir, int rounds)
    {
        var corpus = CorpusLoader.Load(dir);
        var articles = corpus.Articles;
        long chars = articles.Sum(a => (long)a.Text.Length);
        Console.WriteLine(Inv($"{articles.Count:N0} articles, {chars:N0} characters, {articles.Sum(a => a.Paragraphs.Count):N0} paragraphs"));
        var tokens = new List<Token>();
        for (int r = 0; r < rounds; r++)
        {
            Time("find (sequential)", () => { long n = 0; foreach (var a in articles) { n += QuoteFinder.Find(a).Count; } return n; });
            if (r == 0)
            {
                using var listener = new AllocationListener();
                foreach (var a in articles)
                {
                    QuoteFinder.Find(a);
                }

                listener.Print();
            }

            Time("tokenize paragraphs", () =>
            {
                long n = 0;
                foreach (var a in articles)
                {
                    foreach (var p in a.Paragraphs)
                    {
                        if (p.Start >= 0 && p.End <= a.Text.Length && p.Start < p.End)
                        {
                            TokenStrings.Tokenize(a.Text.AsSpan(p.Start, p.End - p.Start), p.Start, tokens);
                            n += tokens.Count;
                        }
                    }
                }

                return n;
            });
            Time("token bounds only", () =>
            {
                long n = 0;
                foreach (var a in articles)
                {
                    foreach (var p in a.Paragraphs)
                    {
                        if (p.Start >= 0 && p.End <= a.Text.Length && p.Start < p.End)
                        {
                            var span = a.Text.AsSpan(p.Start, p.End - p.Start);
                            for (int end = 0; Tokenizer.Next(span, end, out _, out end, out _);)
                            {
                                n++;
                            }
                        }
                    }
                }

                return n;
            });
            Time("mentions (all articles)", () =>
            {
                long n = 0;
                foreach (var a in articles)
                {
                    var attributor = new Attributor(a);
                    var quoted = QuotedText.Of(a.Text);
                    var language = StopWords.Primary(a.Language ?? "en");
                    n += attributor.Mentions(language, [], quoted, []).Count;
                }

                return n;
            });
            Time("quoted text", () =>
            {
                long n = 0;
                foreach (var a in articles)
                {
                    n += QuotedText.Of(a.Text).Contains(5) ? 1 : 0;
                }

                return n;
            });
            Time("body names", () =>
            {
                long n = 0;
                foreach (var a in articles)
                {
                    n += SpeakerResolver.BodyNames(a.Text, QuotedText.Of(a.Text)).Count;
                }

                return n;
            });
        }
    }

    /// <summary>The runtime's allocation samples (one about every 100 KB), by type.</summary>
    private sealed class AllocationListener : EventListener
    {
        private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

        public void Print()
        {
            long total = _bytes.Values.Sum();
            Console.WriteLine(Inv($"allocation samples: {total / 1048576.0:N0} MB"));
            foreach (var (type, bytes) in _bytes.OrderByDescending(b => b.Value).Take(25))
            {
                Console.WriteLine(Inv($"  {bytes * 100.0 / total,5:N1}% {type}"));
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.Payload is { } payload && e.PayloadNames is { } names)
            {
                var type = payload[names.IndexOf("TypeName")] as string ?? "?";
                long amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
                lock (_bytes)
                {
                    _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
                }
            }
        }
    }

    private static void Time(string what, Func<long> action)
    {
        GC.Collect();
        long alloc = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        long result = action();
        clock.Stop();
        Console.WriteLine(Inv($"{what,-28} {clock.Elapsed.TotalMilliseconds,8:N0} ms {(GC.GetTotalAllocatedBytes(precise: true) - alloc) / 1048576.0,8:N0} MB ({result:N0})"));
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
