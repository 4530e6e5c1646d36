namespace QuoteLens.Corpus;

/// <summary>How serious a problem found while loading a corpus is.</summary>
public enum IssueSeverity
{
    /// <summary>The file was read, but something is worth knowing (a missing date, an assumed encoding).</summary>
    Warning,

    /// <summary>The file could not be read and was skipped; the rest of the corpus was processed.</summary>
    Skipped,

    /// <summary>The file is not of a type the loader reads as an article (an image, a spreadsheet ...); it was not read.</summary>
    Ignored,
}

/// <summary>A problem with one file of a corpus, named so a reader can fix it.</summary>
/// <param name="File">The file (relative to the corpus folder) or "articles.csv".</param>
/// <param name="Severity">Whether the file was still read.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record CorpusIssue(string File, IssueSeverity Severity, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}: {Severity switch { IssueSeverity.Skipped => "skipped: ", IssueSeverity.Ignored => "ignored: ", _ => "warning: " }}{Message}";
}
