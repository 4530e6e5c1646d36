using System.Text;

namespace QuoteLens.Reports;

/// <summary>
/// Writes a file so that readers see the old or the new content, never half of it. (Stand-in until the
/// shared QuoteLens.IO.AtomicFile lands.)
/// </summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string content, Encoding encoding)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, content, encoding);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
