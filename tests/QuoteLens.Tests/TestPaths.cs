namespace QuoteLens.Tests;

/// <summary>Finds the repository's folders from the test's output directory.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding QuoteLens.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under data/.</summary>
    public static string Data(params string[] parts) => Path.Combine([Root, "data", .. parts]);

    /// <summary>A path under tests/QuoteLens.Tests/TestData/.</summary>
    public static string TestData(params string[] parts) => Path.Combine([Root, "tests", "QuoteLens.Tests", "TestData", .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuoteLens.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("QuoteLens.sln not found above " + AppContext.BaseDirectory);
    }
}
