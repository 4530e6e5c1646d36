using System.Text;

namespace QuoteLens.IO;

/// <summary>
/// Writes files atomically: the content goes to a temporary file in the same folder, which is flushed to disk and
/// then renamed over the target. A reader sees the old file or the new one, never half of one; a failed write
/// leaves the old file as it was and no temporary file behind. Missing folders are created.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static void WriteAllText(string path, string text) => WriteAllText(path, text, Utf8NoBom);

    /// <summary>Writes <paramref name="text"/> in <paramref name="encoding"/>.</summary>
    public static void WriteAllText(string path, string text, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(encoding);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, encoding, bufferSize: 1 << 16, leaveOpen: true);
            writer.Write(text);
        });
    }

    /// <summary>Writes <paramref name="bytes"/>.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Writes whatever <paramref name="write"/> puts into the stream (for large outputs produced piece by piece).</summary>
    /// <exception cref="IOException">The file could not be written; the target is unchanged.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
