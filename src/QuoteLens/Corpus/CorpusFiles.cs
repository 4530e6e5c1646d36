namespace QuoteLens.Corpus;

/// <summary>An article file found in a corpus folder.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="RelativePath">Path relative to the corpus folder, with forward slashes.</param>
/// <param name="Length">Size in bytes, as enumerated.</param>
internal sealed record CorpusFile(string FullPath, string RelativePath, long Length);

/// <summary>
/// Walks a corpus folder (streamed, one folder at a time): article files are .txt, .md, .html, .htm, .pdf and .docx;
/// hidden entries (names starting with '.'), README/LICENSE files and the manifest are not articles, and every other
/// file is named as ignored (an <see cref="IssueSeverity.Ignored"/> issue), never passed over in silence. Symbolic links are
/// never followed: one leaving the folder is reported as skipped, one inside it as a warning (its target is read
/// in its own place). Folders that cannot be listed are reported, and the walk goes on.
/// </summary>
internal static class CorpusFiles
{
    /// <summary>The extensions read as articles.</summary>
    public static readonly IReadOnlyList<string> ArticleExtensions = [".txt", ".md", ".html", ".htm", ".pdf", ".docx"];
    private static readonly string[] DocumentationNames = ["readme", "license", "licence", "changelog", "copying"];

    private static readonly EnumerationOptions Listing = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>True for a file name the loader reads as an article.</summary>
    public static bool IsArticleName(string name) =>
        ArticleExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase) && !IsDocumentation(name);

    /// <summary>The reason an ignored file was not read.</summary>
    public static string IgnoredMessage(string name)
    {
        var extension = Path.GetExtension(name);
        var kind = extension.Length == 0 ? "a file without an extension" : $"a {extension.ToLowerInvariant()} file";
        return $"{kind} is not an article (articles are {string.Join(", ", ArticleExtensions)}); not read";
    }

    private static bool IsDocumentation(string name) =>
        DocumentationNames.Contains(Path.GetFileNameWithoutExtension(name), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every article file under <paramref name="root"/>, sorted by relative path (ordinal); problems go to <paramref name="issues"/>.</summary>
    public static List<CorpusFile> Find(string root, bool recurse, List<CorpusIssue> issues)
    {
        var files = new List<CorpusFile>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in List(root, folder, issues))
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var rel = Relative(root, entry.FullName);
                bool isFolder = entry is DirectoryInfo;
                if (IsLink(entry))
                {
                    if (isFolder ? recurse : IsArticleName(entry.Name))
                    {
                        issues.Add(DescribeLink(root, entry, rel));
                    }
                }
                else if (isFolder)
                {
                    if (recurse)
                    {
                        pending.Push((DirectoryInfo)entry);
                    }
                }
                else if (IsArticleName(entry.Name))
                {
                    files.Add(new CorpusFile(entry.FullName, rel, ((FileInfo)entry).Length));
                }
                else if (!IsDocumentation(entry.Name) && !string.Equals(rel, CorpusLoader.ManifestFile, StringComparison.OrdinalIgnoreCase))
                {
                    issues.Add(new CorpusIssue(rel, IssueSeverity.Ignored, IgnoredMessage(entry.Name)));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    /// <summary>True for a symbolic link (or, on Windows, a junction); the attributes come with the listing, so most entries need no further look.</summary>
    private static bool IsLink(FileSystemInfo entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null;

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or inside it.</summary>
    public static bool IsInside(string root, string path)
    {
        var full = Path.GetFullPath(path);
        var prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return full == root || full.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to <paramref name="root"/>, with forward slashes.</summary>
    public static string Relative(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    /// <summary>The entries of one folder; an unreadable folder (or one that vanished) is reported and yields what was listed before the error.</summary>
    private static List<FileSystemInfo> List(string root, DirectoryInfo folder, List<CorpusIssue> issues)
    {
        var entries = new List<FileSystemInfo>();
        try
        {
            entries.AddRange(folder.EnumerateFileSystemInfos("*", Listing));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            var rel = Relative(root, folder.FullName);
            issues.Add(new CorpusIssue(rel == "." ? "./" : rel + "/", IssueSeverity.Skipped, $"folder cannot be read ({Reason(e)}); its articles were not loaded"));
        }

        return entries;
    }

    private static CorpusIssue DescribeLink(string root, FileSystemInfo link, string rel)
    {
        string kind = link is DirectoryInfo ? "folder" : "file";
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException e)
        {
            return new CorpusIssue(rel, IssueSeverity.Skipped, $"symbolic link cannot be resolved ({e.Message}); not followed");
        }

        if (target is null || !target.Exists)
        {
            return new CorpusIssue(rel, IssueSeverity.Skipped, $"broken symbolic link (to '{link.LinkTarget}'); not followed");
        }

        return IsInside(root, target.FullName)
            ? new CorpusIssue(rel, IssueSeverity.Warning, $"symbolic link to the {kind} '{Relative(root, target.FullName)}' inside the corpus; not followed (the target is read in its own place)")
            : new CorpusIssue(rel, IssueSeverity.Skipped, $"symbolic link to '{target.FullName}' leaves the corpus folder; not followed");
    }

    /// <summary>A short reason for an I/O failure, without a stack trace.</summary>
    public static string Reason(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;
}
