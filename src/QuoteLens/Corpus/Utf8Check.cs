using System.Buffers;
using System.Text;

namespace QuoteLens.Corpus;

/// <summary>How well a byte sequence reads as UTF-8: valid multi-byte characters, invalid sequences, a cut-off end.</summary>
/// <param name="ValidMultiByte">Well-formed characters of two or more bytes.</param>
/// <param name="InvalidSequences">Ill-formed sequences before the end.</param>
/// <param name="FirstInvalidOffset">Byte offset of the first ill-formed sequence, or -1.</param>
/// <param name="TruncatedBytes">Bytes of an incomplete character at the very end (a truncated file), or 0.</param>
internal readonly record struct Utf8Check(int ValidMultiByte, int InvalidSequences, long FirstInvalidOffset, int TruncatedBytes)
{
    /// <summary>True when the data ends in the middle of a character.</summary>
    public bool Truncated => TruncatedBytes > 0;

    /// <summary>Scans <paramref name="bytes"/> once, skipping ASCII runs in bulk.</summary>
    public static Utf8Check Run(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, truncated = 0;
        long firstInvalid = -1, offset = 0;
        while (!bytes.IsEmpty)
        {
            int skip = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (skip < 0)
            {
                break;
            }

            bytes = bytes[skip..];
            offset += skip;
            var status = Rune.DecodeFromUtf8(bytes, out _, out int consumed);
            switch (status)
            {
                case OperationStatus.Done:
                    valid++;
                    break;
                case OperationStatus.NeedMoreData:
                    truncated = consumed;
                    break;
                default:
                    invalid++;
                    firstInvalid = firstInvalid < 0 ? offset : firstInvalid;
                    break;
            }

            bytes = bytes[consumed..];
            offset += consumed;
        }

        return new Utf8Check(valid, invalid, firstInvalid, truncated);
    }
}
