namespace QuoteLens.Tests.Framing;

/// <summary>A temporary folder for a corpus or lexicon made by a test; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "quotelens-framing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder.</summary>
    public TempFolder With(string name, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, name), text);
        return this;
    }

    /// <summary>A copy of the bundled lexicon folder.</summary>
    public static TempFolder CopyOfBundledLexicon()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Data("lexicons")))
        {
            File.Copy(file, System.IO.Path.Combine(folder.Path, System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    /// <summary>An article with front matter naming its outlet.</summary>
    public static string Article(string outlet, string body) => $"---\noutlet: \"{outlet}\"\ndate: \"2024-03-13\"\nlanguage: \"en\"\n---\n{body}\n";

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
