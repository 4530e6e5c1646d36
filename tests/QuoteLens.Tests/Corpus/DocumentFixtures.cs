using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace QuoteLens.Tests.Corpus;

/// <summary>PDF (PdfPig's writer) and Word .docx (Open XML SDK) files made in the test, as journalists save articles.</summary>
internal static class DocumentFixtures
{
    private const int CharactersPerLine = 85;

    /// <summary>A PDF whose pages carry <paramref name="paragraphs"/> as a text layer, wrapped into lines, a blank line between paragraphs.</summary>
    public static byte[] Pdf(string title, IEnumerable<string> paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        double y = 800;
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in Wrap(paragraph))
            {
                if (y < 60)
                {
                    page = builder.AddPage(PageSize.A4);
                    y = 800;
                }

                page.AddText(line, 10, new PdfPoint(50, y), font);
                y -= 13;
            }

            y -= 13;
        }

        return builder.Build();
    }

    /// <summary>A PDF of <paramref name="pages"/> pages with no text at all, as a scanner makes them (here without the images).</summary>
    public static byte[] ScannedPdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (int i = 0; i < pages; i++)
        {
            builder.AddPage(PageSize.A4);
        }

        return builder.Build();
    }

    /// <summary>A Word document with <paramref name="paragraphs"/> as its body and <paramref name="title"/> and <paramref name="author"/> as its properties.</summary>
    public static byte[] Docx(string title, string author, IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = author;
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(paragraphs.Select(p => new W.Paragraph(new W.Run(new W.Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static IEnumerable<string> Wrap(string paragraph)
    {
        var line = "";
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > CharactersPerLine)
            {
                yield return line;
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
