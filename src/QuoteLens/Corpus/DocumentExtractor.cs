using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace QuoteLens.Corpus;

/// <summary>The text and metadata taken out of a PDF or Word file, or why there is none.</summary>
/// <param name="Text">The extracted text: one paragraph a line, paragraphs separated by a blank line; offsets point into it. Null when <paramref name="Problem"/> says why.</param>
/// <param name="Metadata">The document's own properties (title, author, created).</param>
/// <param name="Problem">Why no text could be taken out (a scanned PDF without a text layer, an empty document).</param>
internal sealed record ExtractedDocument(string? Text, Dictionary<string, string> Metadata, string? Problem);

/// <summary>
/// Extracts articles saved as PDF (PdfPig: words, then text blocks by Docstrum layout analysis in reading order; each
/// block's lines joined into one paragraph) and as Word .docx (Open XML SDK: the body's paragraphs). Metadata: the
/// document's title and author, and its creation time as <c>created</c> (not taken for the publication date: a PDF is
/// often made when the article was saved, not when it was published).
/// </summary>
internal static class DocumentExtractor
{
    /// <summary>The text of a PDF; a PDF whose pages hold no letters (a scan) is reported as such.</summary>
    public static ExtractedDocument Pdf(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add(meta, "title", document.Information.Title);
        Add(meta, "author", document.Information.Author);
        if (document.Information.GetCreatedDateTimeOffset() is { } created)
        {
            meta["created"] = created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        int images = 0;
        foreach (var page in document.GetPages())
        {
            images += page.NumberOfImages;
            var words = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words));
            foreach (var block in blocks)
            {
                var paragraph = JoinLines(block.TextLines.Select(l => l.Text));
                if (paragraph.Length > 0)
                {
                    text.Append(paragraph).Append("\n\n");
                }
            }
        }

        if (text.Length == 0)
        {
            int pages = document.NumberOfPages;
            return new ExtractedDocument(null, meta, string.Create(CultureInfo.InvariantCulture,
                $"scanned PDF with no text layer ({pages} page(s), {images} image(s), no letters); run OCR on it first (e.g. ocrmypdf) to read it"));
        }

        return new ExtractedDocument(text.ToString(0, text.Length - 2), meta, null);
    }

    /// <summary>The text of a Word .docx file: one paragraph of the body per line, blank lines between.</summary>
    public static ExtractedDocument Docx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var properties = document.PackageProperties;
        Add(meta, "title", properties.Title);
        Add(meta, "author", properties.Creator);
        if (properties.Created is { } created)
        {
            meta["created"] = created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var body = document.MainDocumentPart?.Document?.Body;
        var paragraphs = body is null ? [] : body.Descendants<W.Paragraph>().Select(ParagraphText).Where(p => p.Length > 0).ToList();
        return paragraphs.Count == 0
            ? new ExtractedDocument(null, meta, "Word document with no text in its body")
            : new ExtractedDocument(string.Join("\n\n", paragraphs), meta, null);
    }

    /// <summary>A paragraph's text: its runs' text, tabs as spaces, line breaks as spaces, on one line.</summary>
    private static string ParagraphText(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.TabChar or W.Break or W.CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Replace('\n', ' ').Replace('\r', ' ').Trim();
    }

    /// <summary>The lines of one block as one paragraph: joined by a space, or directly after a hyphen that ends a line.</summary>
    private static string JoinLines(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length > 0 && text[^1] != '-')
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }

    private static void Add(Dictionary<string, string> meta, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            meta[key] = value.Trim();
        }
    }
}
