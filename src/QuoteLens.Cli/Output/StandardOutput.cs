namespace QuoteLens.Cli.Output;

/// <summary>
/// The tool's standard output as raw bytes behind a large buffer, for machine output (JSON, CSV). Console.Out encodes
/// and flushes every 256 characters, a system call each: a million calls for the JSON of 100,000 articles.
/// </summary>
internal static class StandardOutput
{
    private const int BufferBytes = 1 << 20;

    /// <summary>Runs <paramref name="write"/> on standard output and flushes what it wrote.</summary>
    public static void Write(Action<Stream> write)
    {
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), BufferBytes);
        write(stdout);
    }
}
