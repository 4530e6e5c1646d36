using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// Reads a dictd dictionary (<c>name.index</c> + <c>name.dict.dz</c>, the .dz being gzip/dictzip, or a plain
/// <c>name.dict</c>) into a <see cref="Lexicon"/>. Directions come from the name: <c>freedict-rus-eng</c>
/// (headwords Russian, English definitions) is read as is; English-headword dictionaries
/// (<c>freedict-eng-rus</c>, <c>mueller7</c>: English → Russian) are inverted.
/// </summary>
internal static partial class DictdDictionary
{
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static readonly Dictionary<string, string> IsoCodes = new(StringComparer.Ordinal)
    {
        ["eng"] = "en", ["rus"] = "ru", ["ukr"] = "uk", ["fra"] = "fr", ["deu"] = "de", ["ron"] = "ro", ["por"] = "pt",
        ["est"] = "et", ["spa"] = "es", ["ita"] = "it", ["pol"] = "pl",
    };

    /// <summary>Adds the dictionary at <paramref name="path"/> (the .index file, or the path without extension) to <paramref name="lexicon"/>.</summary>
    public static void Load(string path, Lexicon lexicon, List<LexiconIssue> issues)
    {
        var indexPath = path.EndsWith(".index", StringComparison.Ordinal) ? path : path + ".index";
        var basePath = indexPath[..^".index".Length];
        var name = Path.GetFileName(basePath);
        if (!File.Exists(indexPath))
        {
            issues.Add(new LexiconIssue(indexPath, 0, "dictionary index not found"));
            return;
        }

        if (Directions(name) is not var (from, to))
        {
            issues.Add(new LexiconIssue(indexPath, 0, "cannot tell the dictionary's languages from its name (expected freedict-xxx-yyy or mueller7)"));
            return;
        }

        byte[] data;
        try
        {
            data = ReadData(basePath);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            issues.Add(new LexiconIssue(basePath + ".dict.dz", 0, "cannot read the dictionary data: " + e.Message));
            return;
        }

        int lineNumber = 0;
        foreach (var line in File.ReadLines(indexPath, Encoding.UTF8))
        {
            lineNumber++;
            var fields = line.Split('\t');
            if (fields.Length < 3 || Decode(fields[1]) is not long offset || Decode(fields[2]) is not long length
                || offset + length > data.Length)
            {
                issues.Add(new LexiconIssue(indexPath, lineNumber, "malformed index line"));
                continue;
            }

            var headword = fields[0];
            if (headword.StartsWith("00database", StringComparison.Ordinal) || headword.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var definition = Encoding.UTF8.GetString(data, (int)offset, (int)length);
            var translations = Translations(definition).ToList();
            if (to == "en")
            {
                lexicon.Add(from, headword, translations);
            }
            else if (from == "en")
            {
                foreach (var translation in translations)
                {
                    lexicon.Add(to, translation, [headword]);
                }
            }
        }
    }

    private static (string From, string To)? Directions(string name)
    {
        if (name.StartsWith("mueller", StringComparison.Ordinal))
        {
            return ("en", "ru");
        }

        var parts = name.Split('-');
        return parts.Length == 3 && IsoCodes.TryGetValue(parts[1], out var from) && IsoCodes.TryGetValue(parts[2], out var to)
            ? (from, to)
            : null;
    }

    private static byte[] ReadData(string basePath)
    {
        if (File.Exists(basePath + ".dict.dz"))
        {
            using var gzip = new GZipStream(File.OpenRead(basePath + ".dict.dz"), CompressionMode.Decompress);
            using var memory = new MemoryStream();
            gzip.CopyTo(memory);
            return memory.ToArray();
        }

        return File.ReadAllBytes(basePath + ".dict");
    }

    private static long? Decode(string field)
    {
        if (field.Length == 0 || field.Length > 10)
        {
            return null;
        }

        long value = 0;
        foreach (char c in field)
        {
            int digit = Base64.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 64) + digit;
        }

        return value;
    }

    /// <summary>
    /// The single-word translations of an entry: every line after the headword, numbering, [transcriptions],
    /// (comments), &lt;grammar&gt; and _abbreviations removed, cut at the first ';' (examples follow it), split at commas.
    /// </summary>
    private static IEnumerable<string> Translations(string definition)
    {
        foreach (var rawLine in definition.Split('\n').Skip(1))
        {
            var line = Noise().Replace(rawLine, " ");
            int semicolon = line.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                line = line[..semicolon];
            }

            foreach (var piece in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (piece.Length > 1 && !piece.Contains(' ', StringComparison.Ordinal) && piece.All(c => char.IsLetter(c) || c == '-'))
                {
                    yield return piece;
                }
            }
        }
    }

    [GeneratedRegex(@"^\s*\d+[.)>]|\[[^\]]*\]|\([^)]*\)|<[^>]*>|/[^/]*/|(^|\s)_\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Noise();
}
