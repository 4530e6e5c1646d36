using BenchmarkDotNet.Attributes;
using QuoteLens.Grouping;
using QuoteLens.Benchmarks.Harness;
using QuoteLens.Corpus;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Benchmarks.Micro;

/// <summary>The inner parts on a generated corpus of 1,000 articles: tokenizer, quote finder, keys and candidate index.</summary>
[MemoryDiagnoser]
public class InnerBenchmarks
{
    private ArticleCorpus _corpus = null!;
    private IReadOnlyList<Quote> _quotes = [];
    private IntSets _keys = IntSets.From([]);
    private int _keyCount;

    /// <summary>Loads the corpus and computes the inputs of each benchmark once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _corpus = CorpusLoader.Load(ScaleRun.Corpus(1000, 1));
        _quotes = QuoteFinder.FindAll(_corpus);
        var interned = KeyTable.Intern(_quotes.Count, q => QuoteKeys.Content(_quotes[q]));
        _keys = interned.Sorted;
        _keyCount = interned.Count;
    }

    /// <summary>Tokenizes every article (about 700 words each).</summary>
    [Benchmark]
    public int Tokenize() => _corpus.Articles.Sum(a => Tokenizer.Tokenize(a.Text).Count);

    /// <summary>Finds the quotes of every article, one thread.</summary>
    [Benchmark]
    public int FindQuotes() => _corpus.Articles.Sum(a => QuoteFinder.Find(a).Count);

    /// <summary>The content keys of every quote, interned.</summary>
    [Benchmark]
    public int Keys()
    {
        var sorted = KeyTable.Intern(_quotes.Count, q => QuoteKeys.Content(_quotes[q])).Sorted;
        return Enumerable.Range(0, sorted.Count).Sum(sorted.Length);
    }

    /// <summary>Builds the candidate index and probes it for every quote with the default thresholds.</summary>
    [Benchmark]
    public int CandidateIndex()
    {
        var options = GroupingOptions.Default;
        var index = new CandidateIndex(_keys, _keyCount, options.MaxPosting, options.MaxProbeKeys);
        var found = new CandidateSet(_keys.Count);
        int count = 0;
        for (int q = 0; q < _keys.Count; q++)
        {
            index.Candidates(q, options.MinContainment, options.MinSharedKeys, found);
            found.KeepCorroborated();
            count += found.Found.Count;
        }

        return count;
    }

    /// <summary>The whole grouper over the corpus's quotes.</summary>
    [Benchmark]
    public int Group() => QuoteGrouper.Group(_quotes).Count;
}
