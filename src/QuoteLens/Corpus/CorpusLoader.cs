using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace QuoteLens.Corpus;

/// <summary>Loads a folder of articles (.txt, .md, .html) with an optional articles.csv manifest and YAML front matter.</summary>
public static class CorpusLoader
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "articles.csv";

    private static readonly string[] ArticleExtensions = [".txt", ".md", ".html", ".htm"];

    /// <summary>Loads every article of <paramref name="directory"/>; files that cannot be read are reported in <see cref="ArticleCorpus.Issues"/>, not thrown.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ArticleCorpus Load(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"{directory}: no such corpus folder");
        }

        var issues = new List<CorpusIssue>();
        var manifest = ReadManifest(root, issues);
        var articles = new List<Article>();
        foreach (var path in System.IO.Directory.EnumerateFiles(root).Where(IsArticleFile).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(root, path).Replace('\\', '/');
            var bytes = File.ReadAllBytes(path);
            var text = DecodeUtf8(bytes, out var encoding);
            if (text is null)
            {
                issues.Add(new CorpusIssue(rel, IssueSeverity.Skipped, "not valid UTF-8"));
                continue;
            }

            var (front, bodyStart) = FrontMatter.Parse(text);
            var meta = new Dictionary<string, string>(front, StringComparer.OrdinalIgnoreCase);
            if (manifest.TryGetValue(rel, out var row))
            {
                foreach (var (k, v) in row.Where(kv => kv.Value.Length > 0))
                {
                    meta[k] = v;
                }
            }

            articles.Add(BuildArticle(rel, text, bodyStart, bytes, encoding, meta, issues));
        }

        return new ArticleCorpus(directory, Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)), articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(),
            issues.OrderBy(i => i.File, StringComparer.Ordinal).ToList());
    }

    private static bool IsArticleFile(string path) => ArticleExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static Article BuildArticle(string rel, string text, int bodyStart, byte[] bytes, string encoding, Dictionary<string, string> meta, List<CorpusIssue> issues)
    {
        DateOnly? published = null;
        var date = Get(meta, "published") ?? Get(meta, "date");
        if (date is not null && TryParseDate(date, out var d))
        {
            published = d;
        }
        else
        {
            issues.Add(new CorpusIssue(rel, IssueSeverity.Warning, date is null ? "no publication date" : $"unparseable date '{date}'"));
        }

        var paragraphs = new List<Paragraph>();
        int pos = bodyStart;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            int s = pos, e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                paragraphs.Add(new Paragraph(s, e));
            }

            pos = end + 1;
        }

        var id = Get(meta, "id") ?? Path.GetFileNameWithoutExtension(rel);
        return new Article(id, rel, Get(meta, "outlet"), published, Get(meta, "language") ?? "und", Get(meta, "url"), Get(meta, "title"),
            text, paragraphs, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), encoding, meta);
    }

    private static string? Get(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static bool TryParseDate(string value, out DateOnly date)
    {
        var head = value.Trim();
        if (head.Length >= 10 && DateOnly.TryParseExact(head[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        return DateOnly.TryParse(head, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string? DecodeUtf8(byte[] bytes, out string encoding)
    {
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        encoding = bom ? "utf-8-bom" : "utf-8";
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Dictionary<string, Dictionary<string, string>> ReadManifest(string root, List<CorpusIssue> issues)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var path = Path.Combine(root, ManifestFile);
        if (!File.Exists(path))
        {
            return result;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header || !header.Contains("file", StringComparer.OrdinalIgnoreCase))
        {
            issues.Add(new CorpusIssue(ManifestFile, IssueSeverity.Warning, "no 'file' column; manifest ignored"));
            return result;
        }

        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in header)
            {
                row[h.Trim()] = csv.GetField(h) ?? "";
            }

            result[row["file"].Trim()] = row;
        }

        return result;
    }
}
