using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace QuoteLens.Corpus;

/// <summary>One row of the manifest.</summary>
/// <param name="Line">Its line in articles.csv (for messages).</param>
/// <param name="File">The article's path relative to the corpus folder, normalised to forward slashes.</param>
/// <param name="Fields">Every non-empty cell by column name, unknown columns included.</param>
internal sealed record ManifestRow(int Line, string File, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// The optional articles.csv of a corpus (read with CsvHelper). Only the <c>file</c> column is required; every
/// other column is metadata. Rows that cannot be used (no file, a path that is absolute or leaves the folder, a
/// file listed twice) are reported and ignored; the rest of the manifest still counts.
/// </summary>
internal static class Manifest
{
    private const string FileColumn = "file";

    /// <summary>Reads the manifest of <paramref name="root"/>; rows by <see cref="ManifestRow.File"/>. Missing manifest: no rows.</summary>
    public static Dictionary<string, ManifestRow> Read(string root, List<CorpusIssue> issues)
    {
        var rows = new Dictionary<string, ManifestRow>(StringComparer.Ordinal);
        var path = Path.Combine(root, CorpusLoader.ManifestFile);
        if (!File.Exists(path))
        {
            return rows;
        }

        void Warn(string message) => issues.Add(new CorpusIssue(CorpusLoader.ManifestFile, IssueSeverity.Warning, message));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            Warn($"cannot be read ({CorpusFiles.Reason(e)}); manifest ignored");
            return rows;
        }

        if (!TextDecoder.TryDecode(bytes, null, out var decoded, out var problem))
        {
            Warn($"{problem}; manifest ignored");
            return rows;
        }

        if (decoded.Warning is not null)
        {
            Warn(decoded.Warning);
        }

        try
        {
            ReadRows(root, decoded.Text, rows, Warn);
        }
        catch (CsvHelperException e)
        {
            Warn($"malformed CSV near line {e.Context?.Parser?.RawRow}: {e.Message.Split('\n')[0]}; the rows after it were ignored");
        }

        return rows;
    }

    private static void ReadRows(string root, string text, Dictionary<string, ManifestRow> rows, Action<string> warn)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            MissingFieldFound = null,
            HeaderValidated = null,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = args => warn($"line {args.Context.Parser?.RawRow}: malformed field {args.Field}; read as is"),
        };
        using var csv = new CsvReader(new StringReader(CloseUnclosedQuotes(text, warn)), config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            warn("empty manifest; ignored");
            return;
        }

        var columns = header.Select(h => h.Trim()).ToArray();
        if (!columns.Contains(FileColumn, StringComparer.OrdinalIgnoreCase))
        {
            warn($"no '{FileColumn}' column (columns: {string.Join(", ", columns)}); manifest ignored");
            return;
        }

        foreach (var duplicate in columns.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            warn($"column '{duplicate.Key}' appears {duplicate.Count()} times; the first is used");
        }

        while (csv.Read())
        {
            int line = csv.Parser.RawRow;
            if (csv.Parser.Count > columns.Length)
            {
                warn($"line {line} has {csv.Parser.Count} fields but the header has {columns.Length}; the extra fields were ignored");
            }

            var fields = new Dictionary<string, string>(columns.Length, StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < columns.Length && i < csv.Parser.Count; i++)
            {
                var value = csv.GetField(i) ?? "";
                if (value.Length > 0)
                {
                    fields.TryAdd(columns[i], value);
                }
            }

            AddRow(root, line, fields, rows, warn);
        }
    }

    /// <summary>
    /// A quoted field may run over several lines, but a quote that is never closed would swallow every row after it.
    /// A row whose quotes stay open to the end of the file is closed at the end of its own line (and reported with
    /// that line's number); the rows after it are read as usual. Lines keep their numbers.
    /// </summary>
    internal static string CloseUnclosedQuotes(string text, Action<string> warn)
    {
        var lines = text.Split('\n');
        int start = 0;
        while (start < lines.Length)
        {
            int end = start;
            bool open = Count(lines[start]) % 2 == 1;
            while (open && end + 1 < lines.Length)
            {
                end++;
                open = Count(lines[end]) % 2 == 0;
            }

            if (open)
            {
                warn($"line {start + 1}: a quote (\") is never closed; closed at the end of the line, and the rows after it were read");
                var line = lines[start];
                lines[start] = line.EndsWith('\r') ? line[..^1] + "\"\r" : line + "\"";
                start++;
                continue;
            }

            start = end + 1;
        }

        return string.Join('\n', lines);

        static int Count(string line) => line.Count(c => c == '"');
    }

    private static void AddRow(string root, int line, Dictionary<string, string> fields, Dictionary<string, ManifestRow> rows, Action<string> warn)
    {
        if (!fields.TryGetValue(FileColumn, out var file))
        {
            warn($"line {line}: no file name; row ignored");
            return;
        }

        if (NormalizePath(root, file) is not { } rel)
        {
            warn($"line {line}: '{file}' is an absolute path or leaves the corpus folder; row ignored");
            return;
        }

        if (!rows.TryAdd(rel, new ManifestRow(line, rel, fields)))
        {
            warn($"line {line}: '{rel}' is listed again (first on line {rows[rel].Line}); row ignored");
        }
    }

    /// <summary>The path relative to the corpus folder, or null when it is absolute or escapes the folder.</summary>
    private static string? NormalizePath(string root, string file)
    {
        var unified = file.Replace('\\', '/');
        if (Path.IsPathRooted(unified) || unified.StartsWith('/') || (unified.Length >= 2 && unified[1] == ':' && char.IsAsciiLetter(unified[0])))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, unified));

        // The common case, a path under the folder, needs no second normalisation: the rest of the normalised path is the relative path.
        var folder = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        if (full.Length > folder.Length && full.StartsWith(folder, StringComparison.Ordinal))
        {
            return full[folder.Length..].Replace('\\', '/');
        }

        return CorpusFiles.IsInside(root, full) && full != root ? CorpusFiles.Relative(root, full) : null;
    }
}
