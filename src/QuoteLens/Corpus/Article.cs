namespace QuoteLens.Corpus;

/// <summary>A paragraph of an article's story, as kept by cleaning.</summary>
/// <param name="Start">Offset of the first character in <see cref="Article.Text"/>.</param>
/// <param name="End">Offset one past the last character in <see cref="Article.Text"/>.</param>
public sealed record Paragraph(int Start, int End)
{
    /// <summary>Length of the paragraph in characters.</summary>
    public int Length => End - Start;
}

/// <summary>One article of a corpus: its decoded text, its metadata and the paragraphs that cleaning kept.</summary>
/// <param name="Id">Stable identifier, unique in the corpus (the file name without extension unless the manifest gives one).</param>
/// <param name="File">Path of the file relative to the corpus folder, with forward slashes.</param>
/// <param name="Outlet">Publishing outlet, when known.</param>
/// <param name="Published">Publication date, when known and parseable.</param>
/// <param name="Language">ISO 639-1 language code ("en", "ru" ...), "und" when unknown.</param>
/// <param name="Url">Source address, when known.</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Text">The decoded text that every offset refers to (for .txt and .md files the whole decoded file).</param>
/// <param name="Paragraphs">The story's paragraphs in order: furniture (appeals, "Read more", captions ...) is not among them.</param>
/// <param name="ContentHash">Hex SHA-256 of the raw file bytes.</param>
/// <param name="Encoding">The encoding the file was decoded with ("utf-8", "utf-8-bom", "windows-1251" ...).</param>
/// <param name="Metadata">Every metadata field from the manifest and front matter, unknown ones included (manifest wins).</param>
public sealed record Article(
    string Id,
    string File,
    string? Outlet,
    DateOnly? Published,
    string Language,
    string? Url,
    string? Title,
    string Text,
    IReadOnlyList<Paragraph> Paragraphs,
    string ContentHash,
    string Encoding,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>A name to show for the article: the outlet when known, else the file.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Outlet) ? File : Outlet!;

    /// <summary>The text of one kept paragraph.</summary>
    public string ParagraphText(Paragraph paragraph) => Text.Substring(paragraph.Start, paragraph.Length);
}
