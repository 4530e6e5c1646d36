namespace QuoteLens.IO;

/// <summary>
/// Finds the data bundled with the kit (data/lexicons ...) in the repository the library was built from: above the
/// current folder, above the library's own folder (a notebook that loads it by path), or above the application's.
/// </summary>
internal static class BundledData
{
    /// <summary>The first existing path <paramref name="relative"/> (e.g. "data/lexicons/glossaries") that holds <paramref name="marker"/>, or null.</summary>
    public static string? Find(string relative, string marker)
    {
        var starts = new[] { Environment.CurrentDirectory, Path.GetDirectoryName(typeof(BundledData).Assembly.Location), AppContext.BaseDirectory };
        foreach (var start in starts.Where(s => !string.IsNullOrEmpty(s)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (Path.Exists(Path.Combine(candidate, marker)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
