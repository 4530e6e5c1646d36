using System.Text;

namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// A persistent cache of parsed dictionaries: the <see cref="Lexicon"/> read from a dictd dictionary is written once as a
/// compact binary file under <c>$XDG_CACHE_HOME/quotelens/lexicons</c> (else <c>~/.cache/quotelens/lexicons</c>) and read back
/// on later runs instead of the dictionary. The file's name is keyed by the dictionary's path, size and modification time
/// and by the library build (its module version id), so a changed dictionary or changed parsing code never reads an old
/// cache. Written to a temporary file and renamed (atomic); a file that cannot be read whole is ignored (and rewritten).
/// </summary>
internal static class LexiconCache
{
    private const string Magic = "QLLEX2";

    /// <summary>Dictionaries whose data file is smaller than this are read directly (they read in well under a second).</summary>
    public const long MinimumCachedBytes = 256 * 1024;

    /// <summary>The cache folder, or null when no home or cache folder is known (then nothing is cached).</summary>
    public static string? DefaultFolder()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "quotelens", "lexicons");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "quotelens", "lexicons");
    }

    /// <summary>
    /// The cache file for <paramref name="source"/> in <paramref name="folder"/>, or null when its files cannot be stat'ed or
    /// its data file is smaller than <paramref name="minimumBytes"/>.
    /// </summary>
    public static string? FileFor(DictionarySource source, string folder, long minimumBytes = MinimumCachedBytes)
    {
        try
        {
            var data = File.Exists(source.Path + ".dict.dz") ? new FileInfo(source.Path + ".dict.dz") : new FileInfo(source.Path + ".dict");
            var index = new FileInfo(source.Path + ".index");
            if (!data.Exists || !index.Exists || data.Length < minimumBytes)
            {
                return null;
            }

            var identity = string.Join(
                "\n",
                Path.GetFullPath(source.Path),
                source.Language,
                source.Inverted ? "inverted" : "direct",
                index.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                index.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                data.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                typeof(LexiconCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..24];
            return Path.Combine(folder, source.Name + "-" + hash + ".bin");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The lexicon stored in <paramref name="file"/>, or null when it is missing, truncated or not a cache file. The file is
    /// read whole and decoded in place: each distinct English stem is made once (entries refer to it by number) and each
    /// entry's stems are kept as one sorted array.
    /// </summary>
    public static Lexicon? TryRead(string file)
    {
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(file);
            var at = 0;
            if (ReadString(bytes, ref at) != Magic)
            {
                return null;
            }

            int languageCount = ReadCount(bytes, ref at, 1_000);
            var languages = new string[languageCount];
            for (int l = 0; l < languageCount; l++)
            {
                languages[l] = ReadString(bytes, ref at);
            }

            int englishCount = ReadCount(bytes, ref at, int.MaxValue);
            var english = new string[englishCount];
            for (int e = 0; e < englishCount; e++)
            {
                english[e] = ReadString(bytes, ref at);
            }

            var lexicon = new Lexicon();
            int count = ReadCount(bytes, ref at, int.MaxValue);
            for (int i = 0; i < count; i++)
            {
                var language = languages[ReadCount(bytes, ref at, languageCount - 1)];
                var stem = ReadString(bytes, ref at);
                int glosses = ReadCount(bytes, ref at, 10_000);
                var stems = new string[glosses];
                for (int g = 0; g < glosses; g++)
                {
                    stems[g] = english[ReadCount(bytes, ref at, englishCount - 1)];
                }

                lexicon.SetStems(language, stem, stems);
            }

            return ReadString(bytes, ref at) == Magic && at == bytes.Length ? lexicon : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or DecoderFallbackException or OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>A 7-bit encoded number at <paramref name="at"/> no greater than <paramref name="max"/> (else the file is not a cache file).</summary>
    private static int ReadCount(byte[] bytes, ref int at, int max)
    {
        uint value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if (at >= bytes.Length)
            {
                throw new EndOfStreamException();
            }

            byte b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value <= (uint)max ? (int)value : throw new FormatException("count out of range");
            }
        }

        throw new FormatException("bad count");
    }

    /// <summary>A length-prefixed UTF-8 string at <paramref name="at"/>.</summary>
    private static string ReadString(byte[] bytes, ref int at)
    {
        int length = ReadCount(bytes, ref at, bytes.Length);
        if (length > bytes.Length - at)
        {
            throw new EndOfStreamException();
        }

        var text = Strict.GetString(bytes, at, length);
        at += length;
        return text;
    }

    /// <summary>UTF-8 that throws on bad bytes (a damaged file is not read as text with replacement characters).</summary>
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="lexicon"/> to <paramref name="file"/> atomically; false (and nothing left behind) when it cannot.</summary>
    public static bool TryWrite(string file, Lexicon lexicon)
    {
        var temporary = file + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var entries = lexicon.Entries().ToList();
            var languages = entries.Select(e => e.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var languageIndex = languages.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
            var english = entries.SelectMany(e => e.English).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var englishIndex = new Dictionary<string, int>(english.Count, StringComparer.Ordinal);
            for (int i = 0; i < english.Count; i++)
            {
                englishIndex[english[i]] = i;
            }

            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, new UTF8Encoding(false)))
            {
                writer.Write(Magic);
                writer.Write7BitEncodedInt(languages.Count);
                foreach (var language in languages)
                {
                    writer.Write(language);
                }

                writer.Write7BitEncodedInt(english.Count);
                foreach (var stem in english)
                {
                    writer.Write(stem);
                }

                writer.Write7BitEncodedInt(entries.Count);
                foreach (var (language, stem, glosses) in entries)
                {
                    writer.Write7BitEncodedInt(languageIndex[language]);
                    writer.Write(stem);
                    writer.Write7BitEncodedInt(glosses.Count);
                    foreach (var gloss in glosses.Order(StringComparer.Ordinal))
                    {
                        writer.Write7BitEncodedInt(englishIndex[gloss]);
                    }
                }

                writer.Write(Magic);
            }

            File.Move(temporary, file, overwrite: true);
            Prune(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the temporary file stays, the cache is only skipped.
            }

            return false;
        }
    }
    /// <summary>How many parsed copies of one dictionary are kept (one per library build or dictionary version): the newest.</summary>
    public const int KeptPerDictionary = 3;

    /// <summary>
    /// Deletes older parsed copies of the dictionary just written to <paramref name="file"/> (the same name, another build or
    /// dictionary version), keeping the <see cref="KeptPerDictionary"/> most recently written: every rebuild of the library
    /// writes a new copy, and without this the folder only grows. A copy another process still reads stays readable (the
    /// file is unlinked, not truncated); one it has not opened yet is parsed again there. Failures are ignored.
    /// </summary>
    internal static void Prune(string file)
    {
        try
        {
            var folder = Path.GetDirectoryName(file)!;
            var name = Path.GetFileNameWithoutExtension(file);
            int dash = name.LastIndexOf('-');
            if (dash <= 0)
            {
                return;
            }

            var prefix = name[..(dash + 1)];
            var copies = Directory.GetFiles(folder, prefix + "*.bin")
                .Where(f => IsCopyName(Path.GetFileNameWithoutExtension(f), prefix.Length))
                .Select(f => new FileInfo(f))
                .OrderByDescending(f => f.LastWriteTimeUtc)
                .ThenBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
            foreach (var old in copies.Where(f => !string.Equals(f.FullName, Path.GetFullPath(file), StringComparison.Ordinal)).Skip(KeptPerDictionary - 1))
            {
                old.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is only an optimisation: an old copy left behind costs disk space, nothing else.
        }
    }

    /// <summary>True when <paramref name="name"/> is the prefix followed by exactly a 24-digit hex hash (not another dictionary's name that shares the prefix).</summary>
    private static bool IsCopyName(string name, int prefixLength) =>
        name.Length == prefixLength + 24 && name.AsSpan(prefixLength).IndexOfAnyExcept("0123456789ABCDEF") < 0;
}
