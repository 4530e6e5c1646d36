namespace QuoteLens.Comparison.Framing;

/// <summary>
/// The editable word lists behind the framing analysis: one tab-separated file per list in a folder
/// (columns <c>entry</c>, <c>forms</c>, <c>class</c>, <c>source</c>; lines starting with # are comments)
/// A missing file is an empty list. Stop words come from <see cref="QuoteLens.Text.StopWords"/>.
/// </summary>
/// <param name="Labels">Labels for actors (labels.tsv): "militant", "partisan", "resistance group".</param>
/// <param name="Modifiers">Words written before a label (modifiers.tsv): "anti-Kremlin", "pro-Kyiv"; class "stance" or "descriptive".</param>
/// <param name="Names">Proper names of actors (names.tsv), matched before labels so that "Russian Volunteer Corps" is not the label "volunteer".</param>
/// <param name="Speakers">Speakers and their side (speakers.tsv): "Moscow" is the Kremlin, side Russia.</param>
/// <param name="Verbs">Attribution verbs (verbs.tsv): "said", "claimed", "vowed".</param>
/// <param name="Hedges">Hedges and verification notes (hedges.tsv): "could not be verified", "reportedly".</param>
public sealed record FramingLexicon(
    IReadOnlyList<LexiconEntry> Labels,
    IReadOnlyList<LexiconEntry> Modifiers,
    IReadOnlyList<LexiconEntry> Names,
    IReadOnlyList<LexiconEntry> Speakers,
    IReadOnlyList<LexiconEntry> Verbs,
    IReadOnlyList<LexiconEntry> Hedges)
{
    /// <summary>The folder under the repository root that holds the bundled lexicon.</summary>
    public const string DefaultFolder = "data/lexicons";

    private static readonly Lazy<FramingLexicon> Bundled = new(() => Load(FindDefaultFolder()));

    /// <summary>The lexicon bundled with the kit (data/lexicons, shipped beside the library).</summary>
    /// <exception cref="DirectoryNotFoundException">No data/lexicons folder was found.</exception>
    public static FramingLexicon Default => Bundled.Value;

    /// <summary>Loads the lexicon files of <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A file is malformed; the message names the file and line.</exception>
    public static FramingLexicon Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such lexicon folder");
        }

        return new FramingLexicon(
            LexiconReader.ReadEntries(Path.Combine(folder, "labels.tsv")),
            LexiconReader.ReadEntries(Path.Combine(folder, "modifiers.tsv")),
            LexiconReader.ReadEntries(Path.Combine(folder, "names.tsv")),
            LexiconReader.ReadEntries(Path.Combine(folder, "speakers.tsv")),
            LexiconReader.ReadEntries(Path.Combine(folder, "verbs.tsv")),
            LexiconReader.ReadEntries(Path.Combine(folder, "hedges.tsv")));
    }

    private static string FindDefaultFolder() => IO.BundledData.Require(DefaultFolder, "labels.tsv", "framing lexicons");
}
