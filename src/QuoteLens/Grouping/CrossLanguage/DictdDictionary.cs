using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// Reads a dictd dictionary (<c>name.index</c> + <c>name.dict.dz</c>, the .dz being gzip/dictzip, or a plain
/// <c>name.dict</c>) into a <see cref="Lexicon"/> of one language. Dictionaries whose headwords are the language's words
/// (freedict-fra-eng, Ding's german-english) are read as they are; English-headword dictionaries (mueller7,
/// freedict-eng-rus) are read in reverse. Both sides are stemmed (<see cref="Lexicon.Add"/>).
/// </summary>
internal static partial class DictdDictionary
{
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>How many translations of one entry are kept (the first senses: later ones are rarer and noisier).</summary>
    private const int MaxTranslations = 8;

    /// <summary>Reads <paramref name="source"/>; problems go to <paramref name="issues"/>, and what could be read is kept.</summary>
    public static Lexicon Read(DictionarySource source, List<LexiconIssue> issues)
    {
        var lexicon = new Lexicon();
        var indexPath = source.Path + ".index";
        if (!File.Exists(indexPath))
        {
            issues.Add(new LexiconIssue(indexPath, 0, "dictionary index not found"));
            return lexicon;
        }

        byte[] data;
        try
        {
            data = ReadData(source.Path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            issues.Add(new LexiconIssue(source.Path + ".dict.dz", 0, "cannot read the dictionary data: " + e.Message));
            return lexicon;
        }

        bool ding = source.Name.StartsWith("german-english", StringComparison.Ordinal);
        int lineNumber = 0, malformed = 0;
        var translations = new List<string>();
        foreach (var line in File.ReadLines(indexPath, Encoding.UTF8))
        {
            lineNumber++;
            int tab1 = line.IndexOf('\t', StringComparison.Ordinal);
            int tab2 = tab1 < 0 ? -1 : line.IndexOf('\t', tab1 + 1);
            if (tab2 < 0 || Decode(line.AsSpan(tab1 + 1, tab2 - tab1 - 1)) is not long offset
                || Decode(line.AsSpan(tab2 + 1).TrimEnd()) is not long length || offset + length > data.Length)
            {
                if (malformed++ < 10)
                {
                    issues.Add(new LexiconIssue(indexPath, lineNumber, "malformed index line"));
                }

                continue;
            }

            var headword = WithoutIjLigature(line[..tab1]);
            if (headword.StartsWith("00database", StringComparison.Ordinal) || headword.Contains(' ', StringComparison.Ordinal) || headword.Length < 2)
            {
                continue;
            }

            var definition = Encoding.UTF8.GetString(data, (int)offset, (int)length);
            translations.Clear();
            Translations(definition, source.Inverted, ding, translations);
            if (translations.Count == 0)
            {
                continue;
            }

            if (source.Inverted)
            {
                foreach (var translation in translations)
                {
                    lexicon.Add(source.Language, translation, [headword]);
                }
            }
            else
            {
                lexicon.Add(source.Language, headword, translations);
            }
        }

        if (malformed > 10)
        {
            issues.Add(new LexiconIssue(indexPath, 0, $"{malformed} malformed index lines in all"));
        }

        return lexicon;
    }

    /// <summary>
    /// <paramref name="headword"/> with the Dutch ligature ĳ (U+0133, U+0132) written as the two letters i and j, as texts write
    /// them: freedict-nld-eng writes 1,973 of its 22,753 headwords with the ligature (zĳn, vrĳheid, strĳd, tĳd, blĳven), which
    /// no decomposition short of compatibility folding undoes, so no text's "zijn" or "vrijheid" met its entry. Measured on
    /// every answer key: cross 24356/31811 → 24401/31891 (erdogan +50 true, prigozhin-crash +17, mobilization −22 and 3
    /// speakers as one statement's versions regroup), same 4217/4868 → 4219/4872.
    /// </summary>
    internal static string WithoutIjLigature(string headword) =>
        headword.AsSpan().IndexOfAny('\u0133', '\u0132') < 0 ? headword
            : headword.Replace("\u0133", "ij", StringComparison.Ordinal).Replace("\u0132", "IJ", StringComparison.Ordinal);

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

    private static long? Decode(ReadOnlySpan<char> field)
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
    /// The translations of an entry: the lines after the headword, with numbering (FreeDict's Polish entries end a sense's
    /// line with the next sense's number: "mortar 2."), [labels], (comments), {grammar},
    /// &lt;grammar&gt;, /pronunciation/ and _abbreviations removed; cross-references and notes left out. English glosses
    /// (<paramref name="inverted"/> false) are split at ';' and ',' and may be short phrases; words of the language (an
    /// English-headword dictionary read in reverse) are single words, and a sense line is cut at its first ';' (examples follow).
    /// </summary>
    private static void Translations(string definition, bool inverted, bool ding, List<string> into)
    {
        var lines = definition.Split('\n');
        for (int i = 1; i < lines.Length && into.Count < MaxTranslations; i++)
        {
            var raw = lines[i];
            if (ding && i == 1 && raw.StartsWith(" {", StringComparison.Ordinal))
            {
                continue; // Ding: the headword's grammar and the rest of a German phrase.
            }

            var trimmed = raw.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith("see:", StringComparison.Ordinal) || trimmed.StartsWith("Synonym", StringComparison.Ordinal)
                || trimmed.StartsWith("Antonym", StringComparison.Ordinal) || trimmed.StartsWith("Note:", StringComparison.Ordinal)
                || trimmed.StartsWith('=') || trimmed.StartsWith('"') || trimmed.StartsWith("Example", StringComparison.Ordinal))
            {
                continue;
            }

            if (!inverted && NotEnglish(trimmed))
            {
                continue; // A definition in the headword's language (FreeDict's Polish entries): no English gloss.
            }

            var line = Noise().Replace(raw, " ");
            if (inverted)
            {
                int semicolon = line.IndexOf(';', StringComparison.Ordinal);
                if (semicolon >= 0)
                {
                    line = line[..semicolon];
                }
            }

            foreach (var piece in line.Split(inverted ? [','] : [',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (into.Count >= MaxTranslations)
                {
                    break;
                }

                if (inverted ? IsWord(piece) : IsPhrase(piece))
                {
                    into.Add(piece);
                }
            }
        }
    }

    /// <summary>
    /// Whether a line of an English-gloss dictionary holds a letter of Latin Extended-A or B (ą ę ł ś ż, ă ș ț): no English
    /// gloss does, and FreeDict's Polish–English entries follow their English glosses with Polish definitions ("(wojskowość)
    /// lekka broń artyleryjska ładowana od lufy, …"), whose comma pieces ("część mózgu") were read as glosses.
    /// </summary>
    private static bool NotEnglish(string line) => line.AsSpan().IndexOfAnyInRange('\u0100', '\u024F') >= 0;

    private static bool IsWord(string piece) => piece.Length > 1 && piece.All(c => char.IsLetter(c) || c == '-' || c == '\u0301');

    /// <summary>An English gloss of at most three words, letters only.</summary>
    private static bool IsPhrase(string piece) =>
        piece.Length > 1 && piece.Count(c => c == ' ') <= 2 && piece.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'');

    [GeneratedRegex(@"^\s*(\d+[.)>]\s*)+|\s\d+\.\s*$|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|<[^>]*>|/[^/]*/|(^|\s)_\S+|\bsb\b|\bsth\b|\bto\s", RegexOptions.CultureInvariant)]
    private static partial Regex Noise();
}
