namespace QuoteLens.Corpus;

/// <summary>A loaded corpus: the articles that could be read, in a stable order, and what went wrong with the rest.</summary>
/// <param name="Directory">The corpus folder as given.</param>
/// <param name="Name">The folder's name.</param>
/// <param name="Articles">Articles sorted by <see cref="Article.Id"/> (ordinal), so that results never depend on file-system order.</param>
/// <param name="Issues">Warnings and skipped files, sorted by file.</param>
public sealed record ArticleCorpus(string Directory, string Name, IReadOnlyList<Article> Articles, IReadOnlyList<CorpusIssue> Issues)
{
    /// <summary>The files that were skipped, with the reason.</summary>
    public IEnumerable<CorpusIssue> Skipped => Issues.Where(i => i.Severity == IssueSeverity.Skipped);

    /// <summary>Finds an article by id.</summary>
    public Article? Find(string id) => Articles.FirstOrDefault(a => a.Id == id);
}
