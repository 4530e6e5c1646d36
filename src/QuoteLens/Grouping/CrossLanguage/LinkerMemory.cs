using System.Collections.Concurrent;

namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// The words of each sentence with their keys, kept from one pass of a grouping to the next: after sentences merged across
/// groups are cut, grouping runs once more on sentences most of which the linker has read already. A sentence's words and keys
/// depend on its text and language alone once its words are prepared, and the earlier pass prepared every word of the later
/// one (the cut pieces are runs of the same words), so the later pass takes them from here instead of working them out again.
/// One memory serves one grouping (<c>AnalysisOptions</c> makes a new one for each); it is never shared between corpora.
/// </summary>
internal sealed class LinkerMemory
{
    private readonly ConcurrentDictionary<(string Text, string Language), List<string[]>> _words = new();

    /// <summary>The content words of <paramref name="text"/> with their keys, from an earlier pass or from <paramref name="run"/>.</summary>
    public List<string[]> ContentKeys(string text, string language, CrossLanguageBridge.PreparedRun run) =>
        _words.GetOrAdd((text, language), static (key, r) => r.ContentKeys(key.Text, key.Language), run);
}
