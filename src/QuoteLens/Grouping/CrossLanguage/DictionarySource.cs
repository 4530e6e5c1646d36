namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>How a dictionary file is read.</summary>
public enum DictionaryFormat
{
    /// <summary>A dictd dictionary: <c>name.index</c> and <c>name.dict.dz</c> (or <c>name.dict</c>).</summary>
    Dictd,

    /// <summary>A compiled Apertium pair (lttoolbox), read through <c>lt-proc</c>: Ukrainian words to Russian lemmas.</summary>
    Apertium,

    /// <summary>
    /// A chain of compiled Apertium pairs read through <c>lt-proc</c>: a language's analyser (its lemmas) and bilingual
    /// transducers to English through Spanish (fr, pt, it, ro; es directly; English analysed only).
    /// </summary>
    ApertiumChain,
}

/// <summary>
/// One bilingual dictionary the bridge can use: where it is, which language it takes to which, and under what licence. The
/// kit never copies these files: each is read where it is installed, and its licence stays its own.
/// </summary>
/// <param name="Name">The dictionary's name (freedict-fra-eng, mueller7, german-english, apertium-rus-ukr ...).</param>
/// <param name="Path">The dictd base path (without .index) or the compiled Apertium folder.</param>
/// <param name="Format">How it is read.</param>
/// <param name="Language">The language whose words it glosses (ISO 639-1).</param>
/// <param name="Target">The language of the glosses: "en", or "ru" for the Ukrainian–Russian Apertium pair.</param>
/// <param name="Inverted">True when the file's headwords are the glosses (English–Russian dictionaries read in reverse).</param>
/// <param name="Licence">The licence of the data, as its package states it.</param>
/// <param name="Package">The Debian package that installs it.</param>
public sealed record DictionarySource(
    string Name, string Path, DictionaryFormat Format, string Language, string Target, bool Inverted, string Licence, string Package)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Language}→{Target}, {Package}, {Licence})";
}

/// <summary>
/// The bilingual dictionaries the kit knows, and where their Debian packages install them (<c>/usr/share/dictd</c>,
/// <c>/usr/share/apertium</c>; <c>/usr/local/share</c> too). Known names only: a dictionary of unknown languages is not guessed at.
/// </summary>
public static class DictionaryCatalog
{
    /// <summary>The folders searched for dictd dictionaries, in order.</summary>
    public static IReadOnlyList<string> DictdFolders { get; } = ["/usr/share/dictd", "/usr/local/share/dictd"];

    /// <summary>The folders searched for compiled Apertium pairs, in order.</summary>
    public static IReadOnlyList<string> ApertiumFolders { get; } = ["/usr/share/apertium", "/usr/local/share/apertium"];

    private const string FreeDictLicence = "GPL-2+ / GPL-3+ (FreeDict)";

    /// <summary>The licence of FreeDict's dictionaries made from Wiktionary by WikDict (Finnish, Bulgarian).</summary>
    private const string WikDictLicence = "CC-BY-SA-3.0 (FreeDict, WikDict from Wiktionary)";

    /// <summary>The dictionaries the kit looks for, by file name: (name, language, target, inverted, licence, package).</summary>
    private static readonly (string Name, string Language, string Target, bool Inverted, string Licence, string Package)[] Known =
    [
        ("german-english", "de", "en", false, "GPL-2+ (Ding, Frank Richter)", "dict-de-en"),
        ("freedict-deu-eng", "de", "en", false, FreeDictLicence, "dict-freedict-deu-eng"),
        ("freedict-fra-eng", "fr", "en", false, FreeDictLicence, "dict-freedict-fra-eng"),
        ("freedict-ara-eng", "ar", "en", false, FreeDictLicence, "dict-freedict-ara-eng"),
        ("freedict-nld-eng", "nl", "en", false, FreeDictLicence, "dict-freedict-nld-eng"),
        ("freedict-por-eng", "pt", "en", false, FreeDictLicence, "dict-freedict-por-eng"),
        ("freedict-pol-eng", "pl", "en", false, FreeDictLicence, "dict-freedict-pol-eng"),
        ("freedict-spa-eng", "es", "en", false, FreeDictLicence, "dict-freedict-spa-eng"),
        ("freedict-ita-eng", "it", "en", false, FreeDictLicence, "dict-freedict-ita-eng"),
        ("freedict-ron-eng", "ro", "en", false, FreeDictLicence, "dict-freedict-ron-eng"),
        ("freedict-rus-eng", "ru", "en", false, FreeDictLicence, "dict-freedict-rus-eng"),
        ("mueller7", "ru", "en", true, "GPL-2+ (V. K. Mueller, 7th ed., dict version)", "mueller7-dict"),
        ("freedict-eng-rus", "ru", "en", true, FreeDictLicence, "dict-freedict-eng-rus"),
        ("freedict-fin-eng", "fi", "en", false, WikDictLicence, "dict-freedict-fin-eng"),
        ("freedict-eng-bul", "bg", "en", true, WikDictLicence, "dict-freedict-eng-bul"),
    ];

    /// <summary>The dictionaries installed in the usual places, in the order above (first found copy of each name).</summary>
    public static IReadOnlyList<DictionarySource> Installed() => Find(DictdFolders, ApertiumFolders);

    /// <summary>The known dictionaries present in <paramref name="dictdFolders"/> and <paramref name="apertiumFolders"/>.</summary>
    public static IReadOnlyList<DictionarySource> Find(IEnumerable<string> dictdFolders, IEnumerable<string> apertiumFolders)
    {
        ArgumentNullException.ThrowIfNull(dictdFolders);
        ArgumentNullException.ThrowIfNull(apertiumFolders);
        var found = new List<DictionarySource>();
        foreach (var known in Known)
        {
            var folder = dictdFolders.FirstOrDefault(f => File.Exists(System.IO.Path.Combine(f, known.Name + ".index")));
            if (folder is not null)
            {
                found.Add(new DictionarySource(
                    known.Name, System.IO.Path.Combine(folder, known.Name), DictionaryFormat.Dictd, known.Language, known.Target, known.Inverted, known.Licence, known.Package));
            }
        }

        foreach (var folder in apertiumFolders)
        {
            var pair = System.IO.Path.Combine(folder, "apertium-rus-ukr");
            if (File.Exists(System.IO.Path.Combine(pair, "ukr-rus.automorf.bin")) && File.Exists(System.IO.Path.Combine(pair, "ukr-rus.autobil.bin")))
            {
                found.Add(new DictionarySource("apertium-rus-ukr", pair, DictionaryFormat.Apertium, "uk", "ru", false, "GPL-3+ (Apertium)", "apertium-rus-ukr"));
                break;
            }
        }

        found.AddRange(ApertiumChain.Find(apertiumFolders).DistinctBy(d => d.Language, StringComparer.Ordinal));

        return found;
    }

    /// <summary>
    /// The dictionary at <paramref name="path"/> (a dictd .index file or the path without extension, or an Apertium
    /// apertium-rus-ukr folder), its languages told by its name, or null with the reason in <paramref name="problem"/>.
    /// </summary>
    public static DictionarySource? ForPath(string path, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        problem = null;
        if (Directory.Exists(path) && File.Exists(System.IO.Path.Combine(path, "ukr-rus.autobil.bin")))
        {
            return new DictionarySource("apertium-rus-ukr", path, DictionaryFormat.Apertium, "uk", "ru", false, "GPL-3+ (Apertium)", "apertium-rus-ukr");
        }

        var basePath = path.EndsWith(".index", StringComparison.Ordinal) ? path[..^".index".Length]
            : path.EndsWith(".dict.dz", StringComparison.Ordinal) ? path[..^".dict.dz".Length]
            : path;
        if (!File.Exists(basePath + ".index"))
        {
            problem = $"{path}: dictionary not found (expected {basePath}.index and .dict.dz, or an apertium-rus-ukr folder)";
            return null;
        }

        var name = System.IO.Path.GetFileName(basePath);
        foreach (var known in Known)
        {
            if (name.Equals(known.Name, StringComparison.Ordinal))
            {
                return new DictionarySource(known.Name, basePath, DictionaryFormat.Dictd, known.Language, known.Target, known.Inverted, known.Licence, known.Package);
            }
        }

        // freedict-xxx-yyy of any language pair with English on one side.
        var parts = name.Split('-');
        if (parts.Length == 3 && parts[0] == "freedict" && Iso(parts[1]) is { } from && Iso(parts[2]) is { } to && (from == "en") != (to == "en"))
        {
            return from == "en"
                ? new DictionarySource(name, basePath, DictionaryFormat.Dictd, to, "en", true, "see the dictionary's 00databaseinfo", "")
                : new DictionarySource(name, basePath, DictionaryFormat.Dictd, from, "en", false, "see the dictionary's 00databaseinfo", "");
        }

        problem = $"{path}: cannot tell the dictionary's languages from its name (expected freedict-xxx-eng, freedict-eng-xxx, german-english or mueller7)";
        return null;
    }

    private static string? Iso(string code) => code switch
    {
        "eng" => "en", "rus" => "ru", "ukr" => "uk", "fra" => "fr", "deu" => "de", "ron" => "ro", "por" => "pt", "est" => "et",
        "spa" => "es", "ita" => "it", "pol" => "pl", "nld" => "nl", "ara" => "ar", "fin" => "fi", "bul" => "bg",
        _ => null,
    };
}
