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
    private const string Magic = "QLLEX1";

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

    /// <summary>The lexicon stored in <paramref name="file"/>, or null when it is missing, truncated or not a cache file.</summary>
    public static Lexicon? TryRead(string file)
    {
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }

            using var stream = new BufferedStream(File.OpenRead(file), 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return null;
            }

            var lexicon = new Lexicon();
            int count = reader.ReadInt32();
            var english = new List<string>();
            for (int i = 0; i < count; i++)
            {
                var language = reader.ReadString();
                var stem = reader.ReadString();
                int glosses = reader.ReadInt32();
                if (glosses < 0 || glosses > 10_000)
                {
                    return null;
                }

                english.Clear();
                for (int g = 0; g < glosses; g++)
                {
                    english.Add(reader.ReadString());
                }

                lexicon.AddStems(language, stem, english);
            }

            return reader.ReadString() == Magic && stream.Position == stream.Length ? lexicon : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or DecoderFallbackException or OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="lexicon"/> to <paramref name="file"/> atomically; false (and nothing left behind) when it cannot.</summary>
    public static bool TryWrite(string file, Lexicon lexicon)
    {
        var temporary = file + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var entries = lexicon.Entries().ToList();
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(entries.Count);
                foreach (var (language, stem, english) in entries)
                {
                    writer.Write(language);
                    writer.Write(stem);
                    writer.Write(english.Count);
                    foreach (var gloss in english.Order(StringComparer.Ordinal))
                    {
                        writer.Write(gloss);
                    }
                }

                writer.Write(Magic);
            }

            File.Move(temporary, file, overwrite: true);
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
}
