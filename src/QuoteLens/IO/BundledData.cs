namespace QuoteLens.IO;

/// <summary>
/// Finds the data bundled with the kit (data/lexicons, data/lexicons/glossaries, the sample corpus
/// data/belgorod-2024-03). The build copies these folders beside the library (bin/.../data/...), and `dotnet pack` of
/// the tool ships them inside the tool package, so they are found from the library's own folder or the application's,
/// never from the current folder: the installed tool behaves the same in every folder.
/// </summary>
public static class BundledData
{
    /// <summary>The bundled sample corpus (five articles on one event), as a folder under <see cref="Roots"/>.</summary>
    public const string SampleCorpus = "data/belgorod-2024-03";

    /// <summary>The folders searched, in order: the library's folder, then the application's.</summary>
    public static IReadOnlyList<string> Roots { get; } = FindRoots();

    /// <summary>The bundled folder <paramref name="relative"/> (e.g. "data/lexicons/glossaries") that holds <paramref name="marker"/>, or null.</summary>
    public static string? Find(string relative, string marker)
    {
        foreach (var root in Roots)
        {
            var candidate = Path.Combine(root, relative);
            if (File.Exists(Path.Combine(candidate, marker)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>As <see cref="Find"/>, but a missing folder is an error that names what is missing and where it was looked for.</summary>
    /// <exception cref="DirectoryNotFoundException">The bundled folder is not there.</exception>
    public static string Require(string relative, string marker, string what) =>
        Find(relative, marker) ?? throw new DirectoryNotFoundException(MissingMessage(relative, marker, what));

    /// <summary>The message for a bundled folder that is not where the kit was installed.</summary>
    public static string MissingMessage(string relative, string marker, string what) =>
        $"the bundled {what} are missing: no {relative}/{marker} in {string.Join(" or ", Roots)}; the kit's installation is incomplete (rebuild or reinstall it)";

    private static List<string> FindRoots()
    {
        var roots = new List<string>();
        foreach (var dir in new[] { Path.GetDirectoryName(typeof(BundledData).Assembly.Location), AppContext.BaseDirectory })
        {
            if (!string.IsNullOrEmpty(dir))
            {
                var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
                if (!roots.Contains(full, StringComparer.Ordinal))
                {
                    roots.Add(full);
                }
            }
        }

        return roots;
    }
}
