namespace QuoteLens.Corpus;

/// <summary>
/// Loads a corpus folder: article files (.txt, .md, .html, .htm, .pdf, .docx; subfolders included unless
/// <see cref="CorpusOptions.IncludeSubfolders"/> is off), metadata from an optional articles.csv manifest and from
/// YAML front matter or HTML meta tags (the manifest wins where both speak), decoded honestly and cleaned of page
/// furniture. Every file is either loaded or named in <see cref="ArticleCorpus.Issues"/>; no bad file throws.
/// </summary>
/// <remarks>
/// Offsets: for .txt and .md files <see cref="Article.Text"/> is the whole decoded file (front matter included, so
/// offsets count from the file's first character after any byte-order mark); for HTML it is the extracted text
/// (blocks joined by blank lines), since offsets into markup would highlight nothing a reader sees; for PDF and Word
/// files it is the extracted text (one paragraph a line, blank lines between).
/// Files are read in parallel; the result is the same for any degree of parallelism.
/// </remarks>
public static class CorpusLoader
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "articles.csv";

    private const int ListedNamesInWarning = 10;

    /// <summary>The file extensions read as articles (.txt, .md, .html, .htm, .pdf, .docx); other files are reported as ignored.</summary>
    public static IReadOnlyList<string> ArticleExtensions => CorpusFiles.ArticleExtensions;

    /// <summary>Loads every article of <paramref name="directory"/> with the default options; files that cannot be read are reported in <see cref="ArticleCorpus.Issues"/>, not thrown.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ArticleCorpus Load(string directory) => Load(directory, CorpusOptions.Default);

    /// <summary>Loads every article of <paramref name="directory"/> as <paramref name="options"/> say.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ArticleCorpus Load(string directory, CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"{directory}: no such corpus folder");
        }

        // The folder is listed while the manifest is read: both come before any article.
        var listingIssues = new List<CorpusIssue>();
        var issues = new List<CorpusIssue>();
        List<CorpusFile> files = [];
        Dictionary<string, ManifestRow> manifest = [];
        Parallel.Invoke(
            () => files = CorpusFiles.Find(root, options.IncludeSubfolders, listingIssues),
            () => manifest = Manifest.Read(root, issues));
        issues.AddRange(listingIssues);
        var results = files.AsParallel().AsOrdered().WithDegreeOfParallelism(options.Parallelism)
            .Select(file => ArticleReader.Read(file, manifest.GetValueOrDefault(file.RelativePath), options))
            .ToList();
        ReportManifestMismatches(manifest, files, issues);
        var articles = AssignIds(results, issues);
        issues.AddRange(results.SelectMany(r => r.Issues));
        return new ArticleCorpus(directory, Path.GetFileName(root), articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(),
            issues.OrderBy(i => i.File, StringComparer.Ordinal).ToList());
    }

    /// <summary>Rows naming files that do not exist are warnings; so are article files the manifest does not list (one warning for all).</summary>
    private static void ReportManifestMismatches(Dictionary<string, ManifestRow> manifest, List<CorpusFile> files, List<CorpusIssue> issues)
    {
        if (manifest.Count == 0)
        {
            return;
        }

        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var row in manifest.Values.Where(r => !present.Contains(r.File)).OrderBy(r => r.Line))
        {
            issues.Add(new CorpusIssue(ManifestFile, IssueSeverity.Warning, $"line {row.Line}: '{row.File}' is listed but no such article file exists"));
        }

        var unlisted = files.Where(f => !manifest.ContainsKey(f.RelativePath)).Select(f => f.RelativePath).ToList();
        if (unlisted.Count > 0)
        {
            var names = string.Join(", ", unlisted.Take(ListedNamesInWarning)) + (unlisted.Count > ListedNamesInWarning ? ", ..." : "");
            issues.Add(new CorpusIssue(ManifestFile, IssueSeverity.Warning,
                $"{unlisted.Count} article file(s) not listed ({names}); they were loaded with their own metadata only"));
        }
    }

    /// <summary>
    /// Ids are the manifest's <c>id</c> column, else the path without extension. When an id is taken (a duplicate in
    /// the manifest, or a.txt beside a.md), the later file (in path order) falls back to its path without extension,
    /// then its full path, and a warning says so.
    /// </summary>
    private static List<Article> AssignIds(List<FileResult> results, List<CorpusIssue> issues)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var articles = new List<Article>(results.Count);
        foreach (var article in results.Select(r => r.Article).OfType<Article>())
        {
            var wanted = article.Metadata.TryGetValue("id", out var given) && !string.IsNullOrWhiteSpace(given) ? given.Trim() : article.Id;
            var id = new[] { wanted, article.Id, article.File }.FirstOrDefault(candidate => !owners.ContainsKey(candidate));
            for (int n = 2; id is null; n++)
            {
                id = owners.ContainsKey($"{article.File}#{n}") ? null : $"{article.File}#{n}";
            }

            if (id != wanted)
            {
                issues.Add(new CorpusIssue(article.File, IssueSeverity.Warning, $"id '{wanted}' is already used by {owners[wanted]}; this article's id is '{id}'"));
            }

            owners[id] = article.File;
            articles.Add(id == article.Id ? article : article with { Id = id });
        }

        return articles;
    }
}
