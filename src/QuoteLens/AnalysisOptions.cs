using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Corpus;

namespace QuoteLens;

/// <summary>How <see cref="Analysis"/> loads a corpus and groups its quotes.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: the bundled glossaries bridge languages, grouping as measured in the README.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>How the corpus folder is read (size limit, subfolders ...).</summary>
    public CorpusOptions Corpus { get; init; } = CorpusOptions.Default;

    /// <summary>How strict grouping is.</summary>
    public GroupingOptions Grouping { get; init; } = GroupingOptions.Default;

    /// <summary>
    /// What joins a quote to its renderings in other languages: by default the glossaries bundled in
    /// data/lexicons/glossaries and every bilingual dictionary installed in the usual places (<see cref="DictionaryCatalog"/>:
    /// FreeDict, Ding, Mueller in /usr/share/dictd, Apertium's Ukrainian–Russian pair), each read only for the languages a
    /// corpus has; add one with <see cref="CrossLanguageBridge.WithDictionaries"/>, or set null to group within each language only.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">(On reading the default) the bundled glossaries are missing.</exception>
    public CrossLanguageBridge? Bridge
    {
        get => _bridgeSet ? _bridge : CrossLanguageBridge.Default;
        init
        {
            _bridge = value;
            _bridgeSet = true;
        }
    }

    private readonly CrossLanguageBridge? _bridge;
    private readonly bool _bridgeSet;

    /// <summary>The grouping options with the bridge's linker finding the cross-language links (unless set already).</summary>
    internal GroupingOptions EffectiveGrouping => Bridge is { } bridge && Grouping.CrossLanguageKeys is null && Grouping.CrossLanguageLinks is null
        ? Grouping with
        {
            CrossLanguageLinks = sentences => CrossLanguageLinker.Link(sentences, bridge),
            StartCrossLanguageLinks = sentences => bridge.RunChainsAhead([.. sentences.Select(s => (s.Text, s.Language))]),
        }
        : Grouping;
}
