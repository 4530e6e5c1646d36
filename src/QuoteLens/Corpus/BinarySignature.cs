namespace QuoteLens.Corpus;

/// <summary>Recognises common binary formats by their magic numbers (a PNG or PDF renamed .txt is not an article).</summary>
internal static class BinarySignature
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG image"),
        ("%PDF-"u8.ToArray(), "PDF document"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("RIFF"u8.ToArray(), "RIFF media (WebP, WAV or AVI)"),
        ([(byte)'P', (byte)'K', 3, 4], "ZIP archive (or .docx, .odt, .epub)"),
        ([0x1F, 0x8B], "gzip archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF], "7-Zip archive"),
        ("Rar!"u8.ToArray(), "RAR archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "ELF executable"),
        ("SQLite format 3"u8.ToArray(), "SQLite database"),
        ([0xD0, 0xCF, 0x11, 0xE0], "legacy Office document (.doc, .xls)"),
        ("{\\rtf"u8.ToArray(), "RTF document"),
    ];

    /// <summary>The kind of binary file <paramref name="bytes"/> starts like, or null.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return kind;
            }
        }

        return null;
    }
}
