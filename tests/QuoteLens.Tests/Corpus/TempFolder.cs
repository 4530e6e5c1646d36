namespace QuoteLens.Tests.Corpus;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("quotelens-tests-").FullName;
    }

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>The absolute path of <paramref name="relative"/> inside the folder.</summary>
    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relative"/>, creating folders.</summary>
    public string Write(string relative, byte[] bytes)
    {
        var path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to <paramref name="relative"/>.</summary>
    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The analysis of a corpus of <paramref name="articles"/> (file name and text each), written to a folder of its own and deleted after.</summary>
    public static Analysis Analysed(IEnumerable<(string File, string Text)> articles)
    {
        using var folder = new TempFolder();
        foreach (var (file, text) in articles)
        {
            folder.Write(file, text);
        }

        return Analysis.Run(folder.Path);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
