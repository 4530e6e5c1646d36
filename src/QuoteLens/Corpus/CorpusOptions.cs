namespace QuoteLens.Corpus;

/// <summary>How <see cref="CorpusLoader"/> reads a corpus folder.</summary>
/// <param name="MaxFileBytes">Files larger than this are skipped with an issue that says how to raise the limit (default 50 MB).</param>
/// <param name="IncludeSubfolders">Read articles in subfolders too (default true); their ids are their relative paths without extension.</param>
/// <param name="MaxParallelism">How many files are read at once (default: the processor count). The result never depends on it.</param>
public sealed record CorpusOptions(long MaxFileBytes = CorpusOptions.DefaultMaxFileBytes, bool IncludeSubfolders = true, int MaxParallelism = 0)
{
    /// <summary>The default size limit: 50 MB, far above any news article.</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The options used by <see cref="CorpusLoader.Load(string)"/>.</summary>
    public static CorpusOptions Default { get; } = new();

    /// <summary>The degree of parallelism actually used.</summary>
    internal int Parallelism => MaxParallelism > 0 ? MaxParallelism : Environment.ProcessorCount;
}
