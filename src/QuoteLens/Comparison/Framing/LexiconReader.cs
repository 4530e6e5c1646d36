using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using QuoteLens.Text;

namespace QuoteLens.Comparison.Framing;

/// <summary>Reads the tab-separated lexicon files and word lists.</summary>
internal static class LexiconReader
{
    private static readonly string[] Columns = ["entry", "forms", "class", "source"];

    /// <summary>Reads the entries of one lexicon file; a missing file is an empty list.</summary>
    public static IReadOnlyList<LexiconEntry> ReadEntries(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var name = Path.GetFileName(path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = "\t",
            AllowComments = true,
            Comment = '#',
            Mode = CsvMode.NoEscape,
            IgnoreBlankLines = true,
            MissingFieldFound = null,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        var header = csv.Read() && csv.ReadHeader() ? csv.HeaderRecord ?? [] : [];
        var missing = Columns.Where(c => !header.Any(h => h.Trim().Equals(c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException(
                $"{name}: the header line lacks the column(s) {string.Join(", ", missing)}; expected {string.Join("<TAB>", Columns)}");
        }

        var entries = new List<LexiconEntry>();
        while (csv.Read())
        {
            var entry = (csv.GetField("entry") ?? "").Trim();
            if (entry.Length == 0)
            {
                throw new InvalidDataException($"{name} line {csv.Parser.RawRow}: empty entry");
            }

            var forms = (csv.GetField("forms") ?? "").Split('|').Append(entry).Select(NormalizePhrase).Where(f => f.Length > 0)
                .Distinct(StringComparer.Ordinal).ToList();
            entries.Add(new LexiconEntry(entry, forms, (csv.GetField("class") ?? "").Trim(), (csv.GetField("source") ?? "").Trim()));
        }

        return entries;
    }

    /// <summary>The comparison form of a phrase: its tokens' comparison forms, quote marks dropped, one space apart.</summary>
    public static string NormalizePhrase(string phrase) =>
        string.Join(' ', Tokenizer.Tokenize(phrase.Trim()).Where(t => t.Kind != TokenKind.QuoteMark).Select(t => t.Norm));
}
