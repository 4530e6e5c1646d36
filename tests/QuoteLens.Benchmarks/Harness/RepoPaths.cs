namespace QuoteLens.Benchmarks.Harness;

/// <summary>Finds the repository (the folder holding QuoteLens.sln) from the current folder or the program's folder.</summary>
public static class RepoPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = Find();

    /// <summary>The repository's data/ folder.</summary>
    public static string Data => Path.Combine(Root, "data");

    /// <summary>Where generated corpora and tool outputs are cached (under obj/, never committed).</summary>
    public static string Cache => Path.Combine(Root, "tests", "QuoteLens.Benchmarks", "obj", "corpora");

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "QuoteLens.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("QuoteLens.sln not found above the current folder or the program's folder");
    }
}
