using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace QuoteLens.Corpus;

/// <summary>Text decoded from a file's bytes, with the encoding that was used and, when it was a guess or lossy, why.</summary>
/// <param name="Text">The decoded text (without a byte-order mark).</param>
/// <param name="Encoding">The encoding's name: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be", "windows-1251", "koi8-r", "windows-1252" or a declared one.</param>
/// <param name="Warning">Set when the encoding was guessed or bytes were replaced, so the reader can check the text.</param>
internal sealed record DecodedText(string Text, string Encoding, string? Warning);

/// <summary>
/// Decodes a file honestly: byte-order marks first, then strict UTF-8, then a declared charset (HTML), then a
/// guess between Windows-1251, KOI8-R and Windows-1252 from letter statistics, always saying when it guessed.
/// Binary content (NUL bytes, control characters, known magic numbers) is refused rather than decoded into mojibake.
/// </summary>
internal static class TextDecoder
{
    private const int SniffLength = 8192;

    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>, or says why they are not text.</summary>
    /// <param name="bytes">The raw file.</param>
    /// <param name="declaredCharset">A charset the file declares about itself (an HTML meta tag), used only when the bytes are not UTF-8.</param>
    /// <param name="decoded">The text, when it could be decoded.</param>
    /// <param name="problem">Why the bytes are not text, otherwise.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string? declaredCharset, [NotNullWhen(true)] out DecodedText? decoded, [NotNullWhen(false)] out string? problem)
    {
        decoded = null;
        if (bytes.Length == 0)
        {
            problem = "empty file (0 bytes)";
            return false;
        }

        if (DecodeWithByteOrderMark(bytes) is { } withBom)
        {
            decoded = withBom;
            problem = null;
            return true;
        }

        if (BinarySignature.Describe(bytes) is { } kind)
        {
            problem = $"binary content ({kind}), not text";
            return false;
        }

        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        int nul = head.IndexOf((byte)0);
        if (nul >= 0)
        {
            decoded = GuessUtf16WithoutBom(bytes);
            problem = decoded is null ? $"binary data, not text (NUL byte at offset {nul})" : null;
            return decoded is not null;
        }

        int controls = CountControlBytes(head);
        if (controls * 100 > head.Length)
        {
            problem = $"binary data, not text ({controls} control bytes in the first {head.Length})";
            return false;
        }

        decoded = DecodeUtf8OrLegacy(bytes, declaredCharset);
        problem = null;
        return true;
    }

    private static DecodedText? DecodeWithByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        (Encoding? encoding, string name, int bom) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding?)new UTF8Encoding(false, true), "utf-8-bom", 3),
            [0xFF, 0xFE, 0, 0, ..] => (new UTF32Encoding(false, false, true), "utf-32le", 4),
            [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false, true), "utf-32be", 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), "utf-16le", 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), "utf-16be", 2),
            _ => (null, "", 0),
        };
        if (encoding is null)
        {
            return null;
        }

        try
        {
            return new DecodedText(encoding.GetString(bytes[bom..]), name, null);
        }
        catch (DecoderFallbackException)
        {
            var lossy = (Encoding)encoding.Clone();
            lossy.DecoderFallback = DecoderFallback.ReplacementFallback;
            return new DecodedText(lossy.GetString(bytes[bom..]), name,
                $"has a {name} byte-order mark but invalid or truncated {name} data; the bad bytes were replaced by U+FFFD");
        }
    }

    private static int CountControlBytes(ReadOnlySpan<byte> span)
    {
        int count = 0;
        for (int i = span.IndexOfAny(ControlBytes); i >= 0; i = span.IndexOfAny(ControlBytes))
        {
            count++;
            span = span[(i + 1)..];
        }

        return count;
    }

    /// <summary>UTF-16 without a byte-order mark shows as ASCII letters alternating with NUL bytes.</summary>
    private static DecodedText? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, SniffLength) & ~1)];
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < head.Length; i += 2)
        {
            evenNul += head[i] == 0 ? 1 : 0;
            oddNul += head[i + 1] == 0 ? 1 : 0;
        }

        int pairs = head.Length / 2;
        bool littleEndian = oddNul * 10 > pairs * 3 && evenNul * 50 < pairs;
        bool bigEndian = evenNul * 10 > pairs * 3 && oddNul * 50 < pairs;
        if (!littleEndian && !bigEndian)
        {
            return null;
        }

        var name = littleEndian ? "utf-16le" : "utf-16be";
        return new DecodedText(new UnicodeEncoding(bigEndian, false, false).GetString(bytes), name,
            $"no byte-order mark; decoded as {name}, guessed from the pattern of NUL bytes");
    }

    private static DecodedText DecodeUtf8OrLegacy(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", MojibakeWarning(bytes));
        }

        var check = Utf8Check.Run(bytes);
        if (check.InvalidSequences == 0)
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8",
                $"ends in an incomplete UTF-8 sequence (truncated file?); decoded as UTF-8 with the last {check.TruncatedBytes} byte(s) replaced by U+FFFD");
        }

        if (DeclaredEncoding(declaredCharset) is { } declared)
        {
            return new DecodedText(declared.GetString(bytes), declared.WebName, null);
        }

        if (check.ValidMultiByte > 0 && check.InvalidSequences * 20 <= check.ValidMultiByte)
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8",
                $"mostly UTF-8, but {check.InvalidSequences} invalid byte sequence(s) (first at byte {check.FirstInvalidOffset}) were replaced by U+FFFD");
        }

        var (guess, reason) = LegacyEncodingGuesser.Guess(bytes);
        return new DecodedText(Encoding.GetEncoding(guess).GetString(bytes), guess,
            $"not UTF-8 and no byte-order mark: decoded as {guess}, guessed from {reason}; check the text, or save the file as UTF-8");
    }

    private static Encoding? DeclaredEncoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset) || charset.Trim().StartsWith("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Valid UTF-8 that still reads "â€™" or "Ã©" was decoded and re-encoded once too often: say so.</summary>
    private static string? MojibakeWarning(ReadOnlySpan<byte> bytes)
    {
        int hits = CountOccurrences(bytes, "â€"u8) + CountOccurrences(bytes, "Ã©"u8) + CountOccurrences(bytes, "Ð¾"u8);
        return hits >= 3 ? $"valid UTF-8, but {hits} sequences like 'â€™' or 'Ã©' suggest the text was already mojibake when saved (double-encoded)" : null;
    }

    private static int CountOccurrences(ReadOnlySpan<byte> span, ReadOnlySpan<byte> value)
    {
        int count = 0;
        for (int i = span.IndexOf(value); i >= 0; i = span.IndexOf(value))
        {
            count++;
            span = span[(i + value.Length)..];
        }

        return count;
    }
}
