using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;
using QuoteLens.Text.Languages;

namespace QuoteLens.Corpus;

/// <summary>What reading one file gave: the article (null when skipped) and the issues found.</summary>
/// <param name="File">The file read.</param>
/// <param name="Article">The article, with a provisional id (the loader assigns unique ids afterwards); null when the file was skipped.</param>
/// <param name="Issues">Warnings and, for a skipped file, the reason.</param>
internal sealed record FileResult(CorpusFile File, Article? Article, IReadOnlyList<CorpusIssue> Issues);

/// <summary>Reads one article file: size check, bytes, decoding, front matter or HTML extraction, metadata, cleaning. Bad input never throws: it is a skipped file with its reason.</summary>
internal static class ArticleReader
{
    private static readonly Dictionary<string, string> EmptyFields = [];

    /// <summary>Reads <paramref name="file"/>; <paramref name="row"/> is its manifest row, whose fields win over the file's own.</summary>
    public static FileResult Read(CorpusFile file, ManifestRow? row, CorpusOptions options)
    {
        var issues = new List<CorpusIssue>();
        try
        {
            return new FileResult(file, ReadArticle(file, row, options, issues), issues);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException or InvalidDataException)
        {
            // Only what reading a file can meet: a bug in the kit is not a skipped file, it is an error that shows.
            issues.Add(new CorpusIssue(file.RelativePath, IssueSeverity.Skipped, $"could not be read ({e.GetType().Name}: {e.Message})"));
            return new FileResult(file, null, issues);
        }
    }

    private static Article? ReadArticle(CorpusFile file, ManifestRow? row, CorpusOptions options, List<CorpusIssue> issues)
    {
        if (file.Length > options.MaxFileBytes)
        {
            return Skip(file, issues, TooLarge(file.Length, options.MaxFileBytes));
        }

        if (file.Length == 0)
        {
            return Skip(file, issues, "empty file (0 bytes)");
        }

        byte[] buffer;
        int length;
        try
        {
            using var handle = File.OpenHandle(file.FullPath);
            long size = RandomAccess.GetLength(handle);
            if (size > options.MaxFileBytes)
            {
                return Skip(file, issues, TooLarge(size, options.MaxFileBytes));
            }

            if (size > Array.MaxLength)
            {
                return Skip(file, issues, "cannot be read (files over 2 GB are not supported)");
            }

            buffer = ArrayPool<byte>.Shared.Rent((int)size);
            length = ReadFully(handle, buffer.AsSpan(0, (int)size));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return Skip(file, issues, $"cannot be read ({CorpusFiles.Reason(e)})");
        }

        try
        {
            return Parse(file, row, buffer.AsSpan(0, length), issues);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads from the start of the file until <paramref name="buffer"/> is full or the file ends; the bytes read.</summary>
    private static int ReadFully(SafeFileHandle handle, Span<byte> buffer)
    {
        int total = 0;
        for (int read; total < buffer.Length && (read = RandomAccess.Read(handle, buffer[total..], total)) > 0;)
        {
            total += read;
        }

        return total;
    }

    /// <summary>Decodes the file's bytes, reads its metadata and cleans its text.</summary>
    private static Article? Parse(CorpusFile file, ManifestRow? row, ReadOnlySpan<byte> bytes, List<CorpusIssue> issues)
    {
        void Warn(string message) => issues.Add(new CorpusIssue(file.RelativePath, IssueSeverity.Warning, message));
        var format = SourceFormat(file.RelativePath);
        if (format is "pdf" or "docx")
        {
            return ParseDocument(file, row, bytes, format, issues);
        }

        bool html = format == "html";
        if (!TextDecoder.TryDecode(bytes, html ? HtmlExtractor.DeclaredCharset(bytes) : null, out var decoded, out var problem))
        {
            return Skip(file, issues, problem);
        }

        if (decoded.Warning is not null)
        {
            Warn(decoded.Warning);
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return Skip(file, issues, "contains only white space");
        }

        string text;
        int bodyStart = 0;
        Dictionary<string, string> meta;
        if (html)
        {
            var page = HtmlExtractor.Extract(decoded.Text);
            text = page.Text;
            meta = Metadata(page.Metadata, row);
        }
        else
        {
            var front = FrontMatter.Parse(decoded.Text);
            text = decoded.Text;
            bodyStart = front.BodyStart;
            meta = Metadata(front.Fields, row);
            if (front.Problem is not null)
            {
                Warn(front.Problem);
            }
        }

        return Build(file, text, bodyStart, meta, format, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), decoded.Encoding, Warn);
    }

    /// <summary>A PDF or Word file: its extracted text and properties (<see cref="DocumentExtractor"/>); offsets point into the extracted text.</summary>
    private static Article? ParseDocument(CorpusFile file, ManifestRow? row, ReadOnlySpan<byte> bytes, string format, List<CorpusIssue> issues)
    {
        void Warn(string message) => issues.Add(new CorpusIssue(file.RelativePath, IssueSeverity.Warning, message));
        var copy = bytes.ToArray();
        ExtractedDocument document;
        try
        {
            document = format == "pdf" ? DocumentExtractor.Pdf(copy) : DocumentExtractor.Docx(copy);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Skip(file, issues, $"cannot be read as a {(format == "pdf" ? "PDF" : "Word .docx")} file ({e.Message})");
        }

        if (document.Text is null || string.IsNullOrWhiteSpace(document.Text))
        {
            return Skip(file, issues, document.Problem ?? "no text");
        }

        var meta = Metadata(document.Metadata, row);
        var encoding = format == "pdf" ? "PDF text layer" : "Word .docx";
        return Build(file, document.Text, 0, meta, format, Convert.ToHexString(SHA256.HashData(copy)).ToLowerInvariant(), encoding, Warn);
    }

    /// <summary>Cleans <paramref name="text"/> and makes the article, with its metadata and language.</summary>
    private static Article Build(CorpusFile file, string text, int bodyStart, Dictionary<string, string> meta, string format, string hash, string encoding, Action<string> warn)
    {
        meta["source-format"] = format;
        var cleaned = ArticleCleaner.Clean(text, bodyStart, markdown: format == "markdown");
        if (cleaned.Paragraphs.Count == 0)
        {
            warn($"no story text left after cleaning ({cleaned.Dropped.Count} line(s) dropped as furniture)");
        }

        return new Article(
            Path.ChangeExtension(file.RelativePath, null),
            file.RelativePath,
            Get(meta, "outlet"),
            ReadDate(meta, warn),
            Get(meta, "language") ?? IdentifyLanguage(text, cleaned.Paragraphs, meta),
            Get(meta, "url"),
            Get(meta, "title") ?? cleaned.Headline,
            text,
            cleaned.Paragraphs,
            hash,
            encoding,
            meta);
    }

    /// <summary>The file's own metadata, overridden by its manifest row's, in one dictionary with room for the fields the reader adds.</summary>
    private static Dictionary<string, string> Metadata(IReadOnlyDictionary<string, string> own, ManifestRow? row)
    {
        var meta = new Dictionary<string, string>(own.Count + (row?.Fields.Count ?? 0) + 2, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in own)
        {
            meta[key] = value;
        }

        foreach (var (key, value) in row?.Fields ?? EmptyFields)
        {
            meta[key] = value;
        }

        return meta;
    }

    /// <summary>Records that <paramref name="file"/> was skipped and why; no article.</summary>
    private static Article? Skip(CorpusFile file, List<CorpusIssue> issues, string message)
    {
        issues.Add(new CorpusIssue(file.RelativePath, IssueSeverity.Skipped, message));
        return null;
    }

    /// <summary>The language of the story when no metadata names it (recorded in Metadata["language-source"]), else "und".</summary>
    private static string IdentifyLanguage(string text, IReadOnlyList<Paragraph> paragraphs, Dictionary<string, string> meta)
    {
        var story = string.Join("\n", paragraphs.Take(40).Select(p => text[p.Start..p.End]));
        var guess = LanguageIdentifier.Identify(story, "und");
        if (!guess.IsFallback)
        {
            meta["language-source"] = "identified from the text";
        }

        return guess.Language;
    }

    private static DateOnly? ReadDate(Dictionary<string, string> meta, Action<string> warn)
    {
        if ((Get(meta, "published") ?? Get(meta, "date")) is not { } value)
        {
            warn("no publication date (no 'published' or 'date' field)");
            return null;
        }

        if (PublicationDate.TryParse(value, out var date, out var problem))
        {
            return date;
        }

        warn(problem!);
        return null;
    }

    private static string SourceFormat(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "html",
        ".md" => "markdown",
        ".pdf" => "pdf",
        ".docx" => "docx",
        _ => "text",
    };

    private static string TooLarge(long size, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"file is {Megabytes(size)}, over the {Megabytes(limit)} size limit; raise the limit to load it (quotelens --max-file-size MB, or CorpusOptions.MaxFileBytes)");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    private static string? Get(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
