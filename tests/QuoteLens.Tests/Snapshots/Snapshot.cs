namespace QuoteLens.Tests.Snapshots;

/// <summary>
/// Approved-file snapshot testing: the text under test (HTML, or the public API) is compared with
/// <c>tests/QuoteLens.Tests/Snapshots/NAME.approved.EXT</c>. On a difference (or when no approved file
/// exists) the new output is written beside it as <c>NAME.received.EXT</c> (git-ignored) and the test
/// fails, naming the first differing line; review the received file and rename it to approve it.
/// Set QUOTELENS_APPROVE=1 to write the approved files directly.
/// </summary>
internal static class Snapshot
{
    public static string Folder => Path.Combine(TestPaths.Root, "tests", "QuoteLens.Tests", "Snapshots");

    public static void Match(string name, string actual, string extension = "html")
    {
        var approved = Path.Combine(Folder, $"{name}.approved.{extension}");
        var received = Path.Combine(Folder, $"{name}.received.{extension}");
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("QUOTELENS_APPROVE") == "1")
        {
            File.WriteAllText(approved, actual);
        }

        if (File.Exists(approved) && File.ReadAllText(approved).ReplaceLineEndings("\n") == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(approved)
            ? $"Snapshot {name} differs from {approved}: {FirstDifference(File.ReadAllText(approved).ReplaceLineEndings("\n"), actual)}. The new output is in {received}; if it is right, rename it to {Path.GetFileName(approved)}."
            : $"Snapshot {name} has no approved file yet. Review {received} and rename it to {Path.GetFileName(approved)}.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "(end of file)";
            var al = i < a.Length ? a[i] : "(end of file)";
            if (el != al)
            {
                return $"line {i + 1}\n  approved: {el}\n  received: {al}";
            }
        }

        return "no line differs (line ends?)";
    }
}
