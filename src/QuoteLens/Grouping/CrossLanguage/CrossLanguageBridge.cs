using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using QuoteLens.Text;
using QuoteLens.Text.Languages;
using QuoteLens.Text.Stemming;
using QuoteLens.Text.Transliteration;

namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// Language-neutral keys for texts in different languages, so that versions of one utterance can be
/// grouped and aligned across languages. Each content word gives keys: <c>en:stem</c> (English words,
/// and glosses of other languages' words through the English-pivot glossaries and an optional dictd
/// dictionary), <c>name:key</c> (capitalised words, by <see cref="NameKey"/>, so Песков and Peskov meet),
/// <c>num:digits</c> (numbers); words no glossary knows count in <see cref="Similarity"/> and <see cref="Align"/>
/// as unmatched (<c>xx:stem</c>, same language only) but give no key. Thread-safe once loaded.
/// </summary>
/// <example>
/// <code>
/// var bridge = CrossLanguageBridge.Load("data/lexicons/glossaries");
/// bridge.Similarity("не о вероятности, а о неизбежности", "ru", "not about the probability but the inevitability", "en");
/// foreach (var c in bridge.Align(russianQuote, "ru", englishQuote, "en"))
///     Console.WriteLine($"{c.SourceText} → {c.TargetText}");
/// </code>
/// </example>
public sealed class CrossLanguageBridge
{
    private const string GlossarySuffix = "-en.tsv";

    /// <summary>How many words' keys a bridge remembers.</summary>
    private const int RememberedWords = 1 << 18;

    /// <summary>Parsed dictionaries, per process, by path: a dictionary is read once however many bridges use it.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<LoadedDictionary>> Parsed = new(StringComparer.Ordinal);

    private readonly Lexicon _lexicon;
    private readonly ConcurrentDictionary<string, WordMemo<string[]>> _wordKeys = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Lazy<LoadedDictionary[]>> _languages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _ukrainianToRussian = new(StringComparer.Ordinal);

    /// <summary>The lemmas of Russian words by the Apertium pair's Russian analyser (empty for a word it does not know).</summary>
    private readonly ConcurrentDictionary<string, string[]> _russianLemmas = new(StringComparer.Ordinal);

    /// <summary>Per language, what its Apertium chain made of each word sent to it (an empty analysis for a word it does not know).</summary>
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ApertiumChain.Analysis>> _chained = new(StringComparer.Ordinal);

    /// <summary>How long the Apertium chains took in all, per language.</summary>
    private readonly ConcurrentDictionary<string, TimeSpan> _chainTime = new(StringComparer.Ordinal);

    /// <summary>
    /// Per language, what the chain made of words sent ahead of <see cref="Prepare"/> (<see cref="RunChainsAhead"/>): not read
    /// by any look-up until <see cref="Prepare"/> takes the words it would send from here instead of sending them again.
    /// </summary>
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ApertiumChain.Analysis>> _ahead = new(StringComparer.Ordinal);

    /// <summary>The run of the chains ahead of <see cref="Prepare"/>, or null.</summary>
    private Task? _aheadRun;
    private readonly List<LexiconIssue> _issues;
    private readonly object _prepareLock = new();

    private CrossLanguageBridge(Lexicon lexicon, IReadOnlyList<LexiconIssue> issues, IReadOnlyList<DictionarySource> dictionaries, string? glossaryFolder)
    {
        _lexicon = lexicon;
        _issues = [.. issues];
        Dictionaries = dictionaries;
        GlossaryFolder = glossaryFolder;
    }

    /// <summary>Problems found while loading (bad lines, unreadable files); the rest was loaded. Dictionaries are read when first needed, so this grows.</summary>
    public IReadOnlyList<LexiconIssue> Issues
    {
        get
        {
            lock (_issues)
            {
                return [.. _issues];
            }
        }
    }

    /// <summary>Number of source-word entries of the glossaries (all languages; dictionaries not counted).</summary>
    public int EntryCount => _lexicon.Count;

    /// <summary>The dictionaries this bridge may use, each read only when a text of its language needs it.</summary>
    public IReadOnlyList<DictionarySource> Dictionaries { get; }

    /// <summary>The glossary folder, or null when there is none.</summary>
    public string? GlossaryFolder { get; }

    /// <summary>The folder under the repository root that holds the bundled glossaries.</summary>
    public const string DefaultFolder = "data/lexicons/glossaries";

    private static readonly Lazy<CrossLanguageBridge> Bundled = new(() =>
        Load(IO.BundledData.Require(DefaultFolder, "README.md", "glossaries"), DictionaryCatalog.Installed()));

    /// <summary>
    /// The bridge over the glossaries bundled with the kit (shipped beside the library) and every dictionary installed in
    /// the usual places (<see cref="DictionaryCatalog.Installed"/>). Dictionaries are read lazily, only for the languages a corpus has.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The bundled glossaries are missing (an incomplete installation); never a silent fallback.</exception>
    public static CrossLanguageBridge Default => Bundled.Value;

    /// <summary>
    /// Loads every <c>&lt;lang&gt;-en.tsv</c> glossary of <paramref name="lexiconFolder"/> and, when given, a dictd
    /// dictionary (<paramref name="dictdPath"/>: its .index file or the path without extension, e.g.
    /// /usr/share/dictd/mueller7 or /usr/share/dictd/freedict-fra-eng). Installed dictionaries are not added: see
    /// <see cref="Load(string?, IEnumerable{DictionarySource})"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CrossLanguageBridge Load(string lexiconFolder, string? dictdPath = null)
    {
        ArgumentNullException.ThrowIfNull(lexiconFolder);
        var issues = new List<LexiconIssue>();
        var dictionaries = new List<DictionarySource>();
        if (dictdPath is not null)
        {
            if (DictionaryCatalog.ForPath(dictdPath, out var problem) is { } source)
            {
                dictionaries.Add(source);
            }
            else
            {
                issues.Add(new LexiconIssue(dictdPath, 0, problem ?? "not a dictionary"));
            }
        }

        var bridge = Load(lexiconFolder, dictionaries);
        lock (bridge._issues)
        {
            bridge._issues.InsertRange(0, issues);
        }

        return bridge;
    }

    /// <summary>
    /// Loads the glossaries of <paramref name="lexiconFolder"/> (none when null) and takes <paramref name="dictionaries"/>,
    /// which are read when a text of their language first needs them.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CrossLanguageBridge Load(string? lexiconFolder, IEnumerable<DictionarySource> dictionaries)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        if (lexiconFolder is not null && !Directory.Exists(lexiconFolder))
        {
            throw new DirectoryNotFoundException($"{lexiconFolder}: no such glossary folder");
        }

        var lexicon = new Lexicon();
        var issues = new List<LexiconIssue>();
        if (lexiconFolder is not null)
        {
            foreach (var file in Directory.GetFiles(lexiconFolder, "*" + GlossarySuffix).Order(StringComparer.Ordinal))
            {
                LoadGlossary(file, lexicon, issues);
            }
        }

        var distinct = dictionaries.DistinctBy(d => d.Path, StringComparer.Ordinal).ToList();
        return new CrossLanguageBridge(lexicon, issues, distinct, lexiconFolder);
    }

    /// <summary>This bridge's glossaries with <paramref name="more"/> dictionaries added (a dictionary already present is not added twice).</summary>
    public CrossLanguageBridge WithDictionaries(IEnumerable<DictionarySource> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return new CrossLanguageBridge(_lexicon, Issues, [.. Dictionaries.Concat(more).DistinctBy(d => d.Path, StringComparer.Ordinal)], GlossaryFolder);
    }

    /// <summary>
    /// Reads what the texts' languages need (dictionaries of those languages) and sends the Ukrainian words to the Apertium
    /// Ukrainian–Russian pair in one batch. Grouping calls it; call it before <see cref="Keys"/> on texts of your own to get
    /// the same keys.
    /// </summary>
    public void Prepare(IEnumerable<(string Text, string Language)> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var ukrainian = new HashSet<string>(StringComparer.Ordinal);
        var russian = new HashSet<string>(StringComparer.Ordinal);
        var languages = new HashSet<string>(StringComparer.Ordinal);
        var chainWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var rawSeen = new Dictionary<string, WrittenForms>(StringComparer.Ordinal);
        foreach (var (text, language) in texts)
        {
            var lang = Primary(language);
            languages.Add(lang);
            CollectWords(text, lang, chainWords, ukrainian, russian, rawSeen);
        }

        // The dictionaries are read and the chains run (external processes, mostly start-up time) side by side; what
        // they give is then kept in a fixed order (languages as met, chains by language), as when run one after another.
        var chains = chainWords.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var ran = new ChainRun?[chains.Count];
        lock (_prepareLock)
        {
            // A run ahead is waited for, whatever became of it (what it could not do is done here); under the lock, so that no
            // new run starts between the wait and the clearing below (the run itself never takes the lock).
            _aheadRun?.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            var dictionaries = languages.SelectMany(DictionariesFor).Distinct().ToList();
            Parallel.Invoke(
                () => Parallel.ForEach(dictionaries, source => _ = Parsed.GetOrAdd(source.Path, _ => new Lazy<LoadedDictionary>(() => Read(source))).Value),
                () => Parallel.For(0, chains.Count, i => ran[i] = TranslateChainOrTakeAhead(chains[i].Key, chains[i].Value)));
            _ahead.Clear();
        }

        foreach (var lang in languages)
        {
            _ = LoadedFor(lang);
        }

        for (int i = 0; i < chains.Count; i++)
        {
            KeepChain(chains[i].Key, chains[i].Value, ran[i]);
        }

        if ((ukrainian.Count == 0 && russian.Count == 0) || Dictionaries.FirstOrDefault(d => d.Format == DictionaryFormat.Apertium) is not { } apertium)
        {
            return;
        }

        lock (_prepareLock)
        {
            var issues = new List<LexiconIssue>();
            var clock = Stopwatch.StartNew();
            if (ukrainian.Count > 0)
            {
                var found = ApertiumPair.Translate(apertium, ukrainian.Order(StringComparer.Ordinal).ToList(), issues);
                foreach (var word in ukrainian)
                {
                    _ukrainianToRussian[word] = found.TryGetValue(word, out var lemmas) ? lemmas : [];
                }

                ForgetWordKeys();
            }

            if (russian.Count > 0)
            {
                var found = ApertiumPair.RussianLemmas(apertium, russian.Order(StringComparer.Ordinal).ToList(), issues);
                foreach (var word in russian)
                {
                    _russianLemmas[word] = found.TryGetValue(word, out var lemmas) ? lemmas : [];
                }

                ForgetWordKeys();
            }

            ApertiumTime += clock.Elapsed;
            AddIssues(issues);
        }
    }

    /// <summary>The Apertium chain installed for <paramref name="lang"/>, or null.</summary>
    private DictionarySource? ChainFor(string lang) => Dictionaries.FirstOrDefault(d => d.Format == DictionaryFormat.ApertiumChain && d.Language == lang);

    /// <summary>
    /// The words of <paramref name="text"/> (a text in <paramref name="lang"/>) that the analysers have not seen yet, in the
    /// form <see cref="WholeWordKeys"/> looks them up: each word as written and each part of a hyphenated one (its keys may be
    /// its parts' keys), under the language it is read in (a Latin word of a Russian or Ukrainian text is read as English).
    /// Every word whose keys the text's words read is sent, so that its keys never depend on what earlier texts brought in.
    /// </summary>
    private void CollectWords(
        string text, string lang, Dictionary<string, HashSet<string>> chainWords, HashSet<string> ukrainian, HashSet<string> russian, Dictionary<string, WrittenForms> rawSeen)
    {
        var raw = rawSeen.TryGetValue(lang, out var r) ? r : rawSeen[lang] = new WrittenForms();
        var span = text.AsSpan();
        for (int end = 0; Tokenizer.Next(span, end, out int start, out end, out var kind);)
        {
            // Each form as written is worked out once per corpus: a large corpus repeats its words millions of times.
            if (kind != TokenKind.Word || !raw.Add(span[start..end], out var written))
            {
                continue;
            }

            Collect(written, lang, chainWords, ukrainian, russian);
            if (HasInnerHyphen(written))
            {
                foreach (var part in HyphenParts(written))
                {
                    Collect(part, lang, chainWords, ukrainian, russian);
                }
            }
        }
    }

    /// <summary>Adds <paramref name="written"/> (a word of a text in <paramref name="lang"/>) to the batches of the analysers that read it, when they have not seen it.</summary>
    private void Collect(string written, string lang, Dictionary<string, HashSet<string>> chainWords, HashSet<string> ukrainian, HashSet<string> russian)
    {
        var wordLanguage = WordLanguage(written, lang);
        var word = Normalizer.ForMatching(written, wordLanguage);
        if (word.Length > 1 && ChainFor(wordLanguage) is not null
            && !(_chained.TryGetValue(wordLanguage, out var seen) && seen.ContainsKey(word)))
        {
            (chainWords.TryGetValue(wordLanguage, out var set) ? set : chainWords[wordLanguage] = new HashSet<string>(StringComparer.Ordinal)).Add(word);
        }

        if (wordLanguage is "uk" or "ru" && word.Length > 2 && Transliterator.HasCyrillic(word)
            && !(wordLanguage == "uk" ? _ukrainianToRussian : _russianLemmas).ContainsKey(word))
        {
            (wordLanguage == "uk" ? ukrainian : russian).Add(word);
        }
    }

    /// <summary>The language a word of a text in <paramref name="lang"/> is read in: a Latin word in a Cyrillic-language text (code-switching, "that’s how we assess it") is read as English.</summary>
    private static string WordLanguage(string written, string lang) => lang is "ru" or "uk" && !Transliterator.HasCyrillic(written) ? "en" : lang;

    /// <summary>Whether a word has a hyphen inside it (not first, not last): a compound whose parts' keys may stand for it.</summary>
    private static bool HasInnerHyphen(string written)
    {
        int hyphen = written.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen < written.Length - 1;
    }

    /// <summary>The parts of a hyphenated word that give keys (two characters or more).</summary>
    private static IEnumerable<string> HyphenParts(string written) => written.Split('-').Where(part => part.Length >= 2);

    /// <summary>
    /// Forgets every language's remembered word keys: the bridge learnt analyses, and a word of one language may be read
    /// through another's (a Latin word of a Russian text through the English chain), so no language's memory is kept.
    /// </summary>
    private void ForgetWordKeys()
    {
        _wordKeys.Clear();
    }

    /// <summary>What the chain of one language gave for a batch of words, the problems met and the time it took.</summary>
    private sealed record ChainRun(Dictionary<string, ApertiumChain.Analysis> Found, List<LexiconIssue> Issues, TimeSpan Time);

    /// <summary>Sends <paramref name="words"/> through the chain of <paramref name="lang"/> in one batch (null when it has none).</summary>
    private ChainRun? TranslateChain(string lang, HashSet<string> words)
    {
        if (ChainFor(lang) is not { } chain)
        {
            return null;
        }

        var issues = new List<LexiconIssue>();
        var clock = Stopwatch.StartNew();
        var found = ApertiumChain.Translate(chain, words.Order(StringComparer.Ordinal).ToList(), issues);
        return new ChainRun(found, issues, clock.Elapsed);
    }

    /// <summary>
    /// Starts sending the words of <paramref name="texts"/> through the Apertium chains in the background (a chain is external
    /// processes the linker would otherwise wait for); <see cref="Prepare"/> then takes what they gave for the words it sends,
    /// and sends only the others. What the chain makes of a word does not depend on the other words of its batch, so keys are
    /// the same either way; nothing here is visible to look-ups before <see cref="Prepare"/>. Grouping calls it as it starts.
    /// </summary>
    internal void RunChainsAhead(IReadOnlyList<(string Text, string Language)> texts)
    {
        lock (_prepareLock)
        {
            if (_aheadRun is { IsCompleted: false })
            {
                return;
            }

            if (texts.Select(t => Primary(t.Language)).Distinct(StringComparer.Ordinal).Take(2).Count() < 2)
            {
                // One language: the linker links nothing and sends nothing.
                return;
            }

            _aheadRun = Task.Run(() =>
            {
                var chainWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
                var rawSeen = new Dictionary<string, WrittenForms>(StringComparer.Ordinal);
                HashSet<string> ukrainian = new(StringComparer.Ordinal), russian = new(StringComparer.Ordinal);
                foreach (var (text, language) in texts)
                {
                    // The chains' words only (the Ukrainian–Russian pair and the Russian lemmas are Prepare's).
                    CollectWords(text, Primary(language), chainWords, ukrainian, russian, rawSeen);
                }

                Parallel.ForEach(chainWords, pair =>
                {
                    // A run that met a problem keeps nothing: Prepare sends its words again and meets (and reports) it itself.
                    if (TranslateChain(pair.Key, pair.Value) is { Issues.Count: 0 } run)
                    {
                        _chainTime.AddOrUpdate(pair.Key, run.Time, (_, t) => t + run.Time);
                        var ahead = _ahead.GetOrAdd(pair.Key, _ => new ConcurrentDictionary<string, ApertiumChain.Analysis>(StringComparer.Ordinal));
                        foreach (var word in pair.Value)
                        {
                            ahead[word] = run.Found.TryGetValue(word, out var analysis) ? analysis : NotAnalysed;
                        }
                    }
                });
            });
        }
    }

    /// <summary>What the chain of <paramref name="lang"/> gives for <paramref name="words"/>: from the run ahead where it has the word, else sent now.</summary>
    private ChainRun? TranslateChainOrTakeAhead(string lang, HashSet<string> words)
    {
        if (!_ahead.TryGetValue(lang, out var ahead))
        {
            return TranslateChain(lang, words);
        }

        var missing = words.Where(w => !ahead.ContainsKey(w)).ToHashSet(StringComparer.Ordinal);
        var run = missing.Count > 0 ? TranslateChain(lang, missing) : null;
        var found = run?.Found ?? new Dictionary<string, ApertiumChain.Analysis>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (ahead.TryGetValue(word, out var analysis) && analysis.Lemmas.Length > 0)
            {
                found[word] = analysis;
            }
        }

        return new ChainRun(found, run?.Issues ?? [], run?.Time ?? TimeSpan.Zero);
    }

    /// <summary>Keeps what the chain of <paramref name="lang"/> gave for <paramref name="words"/>.</summary>
    private void KeepChain(string lang, HashSet<string> words, ChainRun? run)
    {
        if (run is null)
        {
            return;
        }

        lock (_prepareLock)
        {
            var seen = _chained.GetOrAdd(lang, _ => new ConcurrentDictionary<string, ApertiumChain.Analysis>(StringComparer.Ordinal));
            foreach (var word in words)
            {
                if (run.Found.TryGetValue(word, out var analysis))
                {
                    seen[word] = analysis;
                }
                else if (run.Issues.Count == 0)
                {
                    // A word the chain read and could not analyse. After a run that met a problem (a time-out under load) its
                    // words are not marked: the next preparation sends them again, so keys never depend on a busy moment.
                    seen[word] = NotAnalysed;
                }
            }

            _chainTime.AddOrUpdate(lang, run.Time, (_, t) => t + run.Time);
            AddIssues(run.Issues);
            ForgetWordKeys();
        }
    }

    private static readonly ApertiumChain.Analysis NotAnalysed = new([], []);

    /// <summary>How long the Apertium pair took in all (for the report of what loaded).</summary>
    private TimeSpan ApertiumTime { get; set; }

    /// <summary>
    /// Which dictionaries and glossaries serve each of <paramref name="languages"/> (reading them if not yet read), how
    /// many entries each gave and how long it took to read; per pair of languages, the way between them; and a warning for
    /// every language with no bridge to English but a glossary or nothing.
    /// </summary>
    public BridgeReport Describe(IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var langs = languages.Select(Primary).Where(l => l.Length > 0 && l != "und").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var perLanguage = new List<LanguageBridge>();
        foreach (var lang in langs)
        {
            var used = new List<BridgeSource>();
            if (lang != "en" && _lexicon.CountOf(lang) > 0)
            {
                used.Add(new BridgeSource($"glossary {lang}-en", "glossary", lang, "en", _lexicon.CountOf(lang), TimeSpan.Zero, "see data/lexicons/glossaries/README.md"));
            }

            foreach (var loaded in LoadedFor(lang))
            {
                used.Add(new BridgeSource(loaded.Source.Name, loaded.Source.Path, loaded.Source.Language, loaded.Source.Target, loaded.Lexicon.CountOf(loaded.Source.Language), loaded.LoadTime, loaded.Source.Licence));
            }

            if (lang == "uk" && Dictionaries.FirstOrDefault(d => d.Format == DictionaryFormat.Apertium) is { } apertium)
            {
                used.Add(new BridgeSource(apertium.Name, apertium.Path, "uk", "ru", _ukrainianToRussian.Count(p => p.Value.Length > 0), ApertiumTime, apertium.Licence));
            }

            if (lang != "en" && ChainFor(lang) is { } chain)
            {
                int known = _chained.TryGetValue(lang, out var words) ? words.Count(p => p.Value.English.Length > 0) : 0;
                used.Add(new BridgeSource(chain.Name, chain.Path, lang, "en", known, _chainTime.GetValueOrDefault(lang), chain.Licence));
            }

            perLanguage.Add(new LanguageBridge(lang, used));
        }

        var pairs = new List<LanguagePairBridge>();
        for (int i = 0; i < perLanguage.Count; i++)
        {
            for (int j = i + 1; j < perLanguage.Count; j++)
            {
                var (a, b) = (perLanguage[i], perLanguage[j]);
                pairs.Add(new LanguagePairBridge(a.Language, b.Language, a.Language == "en" ? Way(b) : b.Language == "en" ? Way(a) : Way(a) + " | " + Way(b)));
            }
        }

        var warnings = perLanguage
            .Where(l => l.Language != "en" && !l.Sources.Any(s => s.Kind != "glossary"))
            .Select(l => l.Sources.Count == 0
                ? $"{l.Language}: no dictionary and no glossary: its quotes meet other languages only through names, numbers and dates"
                : $"{l.Language}: no dictionary installed, only the bundled glossary ({l.Sources[0].Entries} entries)")
            .ToList();
        return new BridgeReport(perLanguage, pairs, warnings);

        static string Way(LanguageBridge l) => l.Language == "en" ? "en"
            : l.Sources.Count == 0 ? l.Language + ": names, numbers and dates only"
            : l.Language + "→" + string.Join("→", l.Sources.Any(s => s.Target == "ru") ? ["ru", "en"] : (string[])["en"]) + " (" + string.Join(", ", l.Sources.Select(s => s.Name)) + ")";
    }

    /// <summary>The dictionaries of <paramref name="lang"/> (Ukrainian: and Russian's, since it reaches English through Russian), read once.</summary>
    private LoadedDictionary[] LoadedFor(string lang) => _languages.GetOrAdd(lang, l => new Lazy<LoadedDictionary[]>(() =>
    {
        var sources = DictionariesFor(l);
        var loaded = new LoadedDictionary[sources.Length];
        Parallel.For(0, sources.Length, i => loaded[i] = Parsed.GetOrAdd(sources[i].Path, _ => new Lazy<LoadedDictionary>(() => Read(sources[i]))).Value);
        foreach (var dictionary in loaded)
        {
            AddIssues(dictionary.Issues);
        }

        return loaded;
    })).Value;

    /// <summary>The dictionaries read for <paramref name="lang"/> (Ukrainian: Russian's too).</summary>
    private DictionarySource[] DictionariesFor(string lang)
    {
        var sources = Dictionaries.Where(d => d.Format == DictionaryFormat.Dictd && (d.Language == lang || (lang == "uk" && d.Language == "ru"))).ToArray();

        // German: Ding's dictionary alone when it is there (FreeDict's German is as large and adds little but reading time).
        if (sources.Any(d => d.Name == "german-english"))
        {
            sources = [.. sources.Where(d => d.Name != "freedict-deu-eng")];
        }

        return sources;
    }

    private static LoadedDictionary Read(DictionarySource source) => Read(source, LexiconCache.DefaultFolder());

    /// <summary>
    /// Reads <paramref name="source"/>: from its parsed copy in <paramref name="cacheFolder"/> when one was written for this
    /// very file and library build, else from the dictionary itself (the parsed copy is then written, when the dictionary
    /// read without problems). No cache when <paramref name="cacheFolder"/> is null.
    /// </summary>
    internal static LoadedDictionary Read(DictionarySource source, string? cacheFolder, long minimumCachedBytes = LexiconCache.MinimumCachedBytes)
    {
        var clock = Stopwatch.StartNew();
        var cacheFile = cacheFolder is null ? null : LexiconCache.FileFor(source, cacheFolder, minimumCachedBytes);
        if (cacheFile is not null && LexiconCache.TryRead(cacheFile) is { } cached)
        {
            return new LoadedDictionary(source, cached, [], clock.Elapsed, true);
        }

        var issues = new List<LexiconIssue>();
        var lexicon = DictdDictionary.Read(source, issues);
        if (cacheFile is not null && issues.Count == 0)
        {
            LexiconCache.TryWrite(cacheFile, lexicon);
        }

        return new LoadedDictionary(source, lexicon, issues, clock.Elapsed, false);
    }

    private void AddIssues(IEnumerable<LexiconIssue> issues)
    {
        lock (_issues)
        {
            foreach (var issue in issues)
            {
                if (!_issues.Contains(issue))
                {
                    _issues.Add(issue);
                }
            }
        }
    }

    /// <summary>The English stems of a source stem of <paramref name="lang"/>: from the glossaries and the language's dictionaries.</summary>
    private void AddGlosses(string lang, string stem, SortedSet<string> keys) => AddGlosses(lang, stem, keys, static (lexicon, l, s) => lexicon.Glosses(l, s));

    /// <summary>The English stems of the entries of <paramref name="lang"/> that look like other forms of <paramref name="stem"/> (<see cref="Lexicon.NearGlosses"/>).</summary>
    private void AddNearGlosses(string lang, string stem, SortedSet<string> keys) => AddGlosses(lang, stem, keys, static (lexicon, l, s) => lexicon.NearGlosses(l, s));

    /// <summary>What <paramref name="lookUp"/> finds for <paramref name="stem"/> in the glossaries and in the language's own dictionaries, as <c>en:</c> keys.</summary>
    private void AddGlosses(string lang, string stem, SortedSet<string> keys, Func<Lexicon, string, string, IReadOnlyCollection<string>> lookUp)
    {
        foreach (var gloss in lookUp(_lexicon, lang, stem))
        {
            keys.Add("en:" + gloss);
        }

        foreach (var dictionary in LoadedFor(lang))
        {
            if (dictionary.Source.Language == lang)
            {
                foreach (var gloss in lookUp(dictionary.Lexicon, lang, stem))
                {
                    keys.Add("en:" + gloss);
                }
            }
        }
    }

    /// <summary>
    /// The English stems of the first of <see cref="BridgeWords.ArabicCandidates"/> of <paramref name="norm"/> that an Arabic
    /// entry is written as (<see cref="BridgeWords.WholeArabic"/>).
    /// </summary>
    private void AddWholeArabicGlosses(string norm, SortedSet<string> keys) => AddFirstWholeArabic(BridgeWords.ArabicCandidates(norm), keys);

    /// <summary>
    /// The English stems of the first of <see cref="BridgeWords.ArabicPresentForms"/> of <paramref name="norm"/> that an
    /// Arabic entry is written as (<see cref="BridgeWords.WholeArabic"/>): a present verb of another person than the
    /// dictionary's (تصبح, نتذكر, ونعلن) meets its third-person entry.
    /// </summary>
    private void AddArabicPresentGlosses(string norm, SortedSet<string> keys) => AddFirstWholeArabic(BridgeWords.ArabicPresentForms(norm), keys);

    /// <summary>Adds the English stems of the first of <paramref name="forms"/> that some Arabic dictionary's entry is written as.</summary>
    private void AddFirstWholeArabic(IEnumerable<string> forms, SortedSet<string> keys)
    {
        foreach (var form in forms)
        {
            foreach (var dictionary in LoadedFor("ar"))
            {
                foreach (var gloss in dictionary.Lexicon.Glosses(BridgeWords.WholeArabic, form))
                {
                    keys.Add("en:" + gloss);
                }
            }

            if (keys.Count > 0)
            {
                return;
            }
        }
    }

    /// <summary>A dictionary as read: its lexicon, the problems met, how long reading took and whether it came from the on-disk cache.</summary>
    internal sealed record LoadedDictionary(DictionarySource Source, Lexicon Lexicon, IReadOnlyList<LexiconIssue> Issues, TimeSpan LoadTime, bool FromCache);

    /// <summary>
    /// The distinct language-neutral keys (<c>en:</c>, <c>name:</c>, <c>num:</c>) of <paramref name="text"/> in
    /// <paramref name="language"/>, ordinal order; words no glossary knows give none. Fits
    /// <c>GroupingOptions.CrossLanguageKeys</c>: <c>q =&gt; bridge.Keys(q.Text, q.Language)</c>.
    /// </summary>
    public IReadOnlyList<string> Keys(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tokenKeys in KeysInReadingOrder(text, language))
        {
            keys.UnionWith(tokenKeys.Where(k => IsNeutral(k) && !k.StartsWith(SkeletonPrefix, StringComparison.Ordinal)));
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The keys of each word and number of <paramref name="text"/>, in reading order (empty for a word no glossary or dictionary knows).</summary>
    private List<string[]> KeysInReadingOrder(string text, string language) => KeysInReadingOrder(text, language, _wordKeys);

    /// <summary>The keys of each word and number of <paramref name="text"/>, in reading order, remembered in <paramref name="memory"/>.</summary>
    private List<string[]> KeysInReadingOrder(string text, string language, ConcurrentDictionary<string, WordMemo<string[]>> memory)
    {
        var words = WordsOf(Primary(language), memory);
        var result = new List<string[]>();
        var span = text.AsSpan();
        for (int end = 0; Tokenizer.Next(span, end, out int start, out end, out var kind);)
        {
            if (kind is TokenKind.Word or TokenKind.Number)
            {
                result.Add(kind == TokenKind.Word ? words[Written(span[start..end])] : NumberKeys(span, start, ref end));
            }
        }

        return result;
    }

    /// <summary>Words longer than this are made afresh by <see cref="Written"/> (they rarely repeat).</summary>
    private const int MaxRememberedWritten = 40;

    /// <summary>The thread's table of words as written (<see cref="Written"/>).</summary>
    [ThreadStatic]
    private static Quotes.SpanCache<string>? _written;

    /// <summary>
    /// The string of the word <paramref name="chars"/>, from the thread's table when the word was met before: the texts repeat
    /// their words, so the string looked up for a word's keys is not allocated again for each occurrence (the same characters,
    /// so the same keys).
    /// </summary>
    internal static string Written(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxRememberedWritten)
        {
            return chars.ToString();
        }

        var table = _written ??= new Quotes.SpanCache<string>(14);
        if (!table.TryGet(chars, 0, out var word, out _))
        {
            word = chars.ToString();
            table.Add(word, 0, word);
        }

        return word;
    }

    /// <summary>
    /// The content words and numbers of <paramref name="text"/> in reading order, each with its language-neutral keys
    /// (empty for a word no glossary or dictionary knows: it still counts as a word to match), from one run's memories.
    /// </summary>
    private List<string[]> ContentKeys(string text, string language, ConcurrentDictionary<string, WordMemo<string[]>> memory, ConcurrentDictionary<string, WordMemo<string[]?>> neutral)
    {
        var words = NeutralWordsOf(Primary(language), memory, neutral);
        var result = new List<string[]>();
        var span = text.AsSpan();
        for (int end = 0; Tokenizer.Next(span, end, out int start, out end, out var kind);)
        {
            var keys = kind == TokenKind.Word ? words[Written(span[start..end])] : kind == TokenKind.Number ? NeutralOf(NumberKeys(span, start, ref end)) : null;
            if (keys is not null)
            {
                result.Add(keys);
            }
        }

        return result;
    }

    /// <summary>
    /// The language-neutral ones of <paramref name="keys"/> (the same array when all are; empty when none is, as a word that
    /// still counts); null for no keys at all (a word that does not count).
    /// </summary>
    private static string[]? NeutralOf(string[] keys) => keys.Length == 0 ? null : keys.All(IsNeutral) ? keys : [.. keys.Where(IsNeutral)];

    /// <summary>
    /// Prepares <paramref name="texts"/> (<see cref="Prepare"/>) and gives their keys from a memory of this run's own, made
    /// once they are prepared: the keys it gives are worked out from analyses of every word of the texts, never taken from
    /// what another caller of the bridge remembered before (or while) the words were sent, so a run's keys do not depend on
    /// what the bridge saw earlier in the process.
    /// </summary>
    internal PreparedRun Prepared(IEnumerable<(string Text, string Language)> texts)
    {
        Prepare(texts);
        return new PreparedRun(this);
    }

    /// <summary>The keys of one run's prepared texts (<see cref="Prepared"/>), remembered for that run alone.</summary>
    internal sealed class PreparedRun(CrossLanguageBridge bridge)
    {
        private readonly ConcurrentDictionary<string, WordMemo<string[]>> _memory = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, WordMemo<string[]?>> _neutral = new(StringComparer.Ordinal);

        /// <summary>The content words and numbers of <paramref name="text"/> in reading order with their keys (empty keys for a word no glossary or dictionary knows: it still counts as a word to match).</summary>
        public List<string[]> ContentKeys(string text, string language) => bridge.ContentKeys(text, language, _memory, _neutral);

        /// <summary>
        /// The content words and numbers of every one of <paramref name="texts"/> (each with its primary language code), as
        /// <see cref="ContentKeys"/> gives them text by text, but each distinct word (or number) of a language worked out once
        /// for all the texts: per text, its words' indexes into <see cref="RunWords.Keys"/>.
        /// </summary>
        public RunWords ContentWords(IReadOnlyList<(string Text, string Language)> texts) => bridge.ContentWords(texts);
    }

    /// <summary>
    /// The content words and numbers of a run's texts: per text, in reading order, the index of each into <see cref="Keys"/>,
    /// which holds the language-neutral keys of each distinct word (empty for a word no glossary or dictionary knows), in
    /// the order the words were first met.
    /// </summary>
    internal sealed record RunWords(int[][] Words, string[][] Keys);

    /// <summary>What a distinct form of <see cref="ContentWords"/> is (its tag is the language's number times this count plus its kind).</summary>
    private enum FormKind
    {
        Word,
        Number,
        ClockTime,
        Count,
    }

    /// <summary>
    /// <see cref="PreparedRun.ContentWords"/>: the texts' words and numbers are read once, in order, each distinct form
    /// numbered as first met (per language); the keys of each form are then worked out once (side by side, each into its
    /// own place), by the same functions as <see cref="ContentKeys(string, string, ConcurrentDictionary{string, WordMemo{string[]}}, ConcurrentDictionary{string, WordMemo{string[]}})"/>
    /// (which keeps them per word), and the forms that do not count (no keys at all) are left out of each text.
    /// </summary>
    private RunWords ContentWords(IReadOnlyList<(string Text, string Language)> texts)
    {
        var languageIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var languages = new List<string>();
        var tags = new int[texts.Count];
        for (int i = 0; i < texts.Count; i++)
        {
            var lang = Primary(texts[i].Language);
            if (!languageIds.TryGetValue(lang, out int languageId))
            {
                languageIds[lang] = languageId = languages.Count;
                languages.Add(lang);
            }

            tags[i] = languageId * (int)FormKind.Count;
        }

        // The texts are read in a few runs of consecutive texts side by side, each numbering its own forms; the runs' forms are
        // then numbered in the order of the runs, so that every form has the number reading all the texts in order would give it.
        var tokens = new int[texts.Count][];
        int runs = Math.Max(1, Math.Min(Environment.ProcessorCount, texts.Count / 4096));
        var runForms = new NumberedForms[runs];
        Parallel.For(0, runs, r =>
        {
            var seen = runForms[r] = new NumberedForms();
            var buffer = new List<int>();
            for (int i = RunStart(r); i < RunStart(r + 1); i++)
            {
                int tag = tags[i];
                var span = texts[i].Text.AsSpan();
                for (int end = 0; Tokenizer.Next(span, end, out int start, out end, out var kind);)
                {
                    if (kind == TokenKind.Word)
                    {
                        buffer.Add(seen.IndexOf(span[start..end], tag + (int)FormKind.Word));
                    }
                    else if (kind == TokenKind.Number && IsClockTime(span, start, end))
                    {
                        // As NumberKeys reads it: the hours, the separator and the minutes are one form (and one key).
                        buffer.Add(seen.IndexOf(span[start..(end + 3)], tag + (int)FormKind.ClockTime));
                        end += 3;
                    }
                    else if (kind == TokenKind.Number)
                    {
                        buffer.Add(seen.IndexOf(span[start..end], tag + (int)FormKind.Number));
                    }
                }

                tokens[i] = [.. buffer];
                buffer.Clear();
            }
        });

        var forms = runForms[0];
        var renumbered = new int[runs][];
        for (int r = 1; r < runs; r++)
        {
            var own = runForms[r];
            renumbered[r] = new int[own.Count];
            for (int f = 0; f < own.Count; f++)
            {
                renumbered[r][f] = forms.IndexOf(own.Form(f), own.Tag(f));
            }
        }

        Parallel.For(1, runs, r =>
        {
            for (int i = RunStart(r); i < RunStart(r + 1); i++)
            {
                var text = tokens[i];
                for (int k = 0; k < text.Length; k++)
                {
                    text[k] = renumbered[r][text[k]];
                }
            }
        });

        var keys = new string[]?[forms.Count];
        Parallel.For(0, forms.Count, f =>
        {
            var form = forms.Form(f);
            var lang = languages[forms.Tag(f) / (int)FormKind.Count];
            switch ((FormKind)(forms.Tag(f) % (int)FormKind.Count))
            {
                case FormKind.Word:
                    keys[f] = NeutralOf(WordKeys(form, lang));
                    break;
                case FormKind.Number:
                    int numberEnd = form.Length;
                    keys[f] = NeutralOf(NumberKeys(form, 0, ref numberEnd));
                    break;
                default:
                    int hoursEnd = form.Length - 3;
                    keys[f] = NeutralOf(NumberKeys(form, 0, ref hoursEnd));
                    break;
            }
        });

        var words = new int[texts.Count][];
        Parallel.For(0, texts.Count, i => words[i] = Array.FindAll(tokens[i], f => keys[f] is not null));
        return new RunWords(words, Array.ConvertAll(keys, k => k ?? []));

        int RunStart(int r) => (int)((long)texts.Count * r / runs);
    }

    /// <summary>The English stems that gloss <paramref name="word"/> of <paramref name="language"/> (empty when none).</summary>
    public IReadOnlyCollection<string> Glosses(string word, string language)
    {
        var lang = Primary(language);
        return [.. WordsOf(lang)[word].Where(k => k.StartsWith("en:", StringComparison.Ordinal)).Select(k => k[3..])];
    }

    /// <summary>
    /// How much of two texts corresponds, from 0 to 1: the share of content words of either text that have a
    /// key in the other (a Dice coefficient over words).
    /// </summary>
    public double Similarity(string textA, string languageA, string textB, string languageB)
    {
        var a = TokenKeys(textA, languageA);
        var b = TokenKeys(textB, languageB);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var keysA = a.SelectMany(t => t.Keys).ToHashSet(StringComparer.Ordinal);
        var keysB = b.SelectMany(t => t.Keys).ToHashSet(StringComparer.Ordinal);
        int matched = a.Count(t => t.Keys.Any(keysB.Contains)) + b.Count(t => t.Keys.Any(keysA.Contains));
        return (double)matched / (a.Count + b.Count);
    }

    /// <summary>
    /// The words and phrases of <paramref name="sourceText"/> with their renderings in <paramref name="targetText"/>:
    /// each source word goes to the target word sharing a key that stands nearest to its relative place; adjacent
    /// pairs are merged into phrases. In source order.
    /// </summary>
    public IReadOnlyList<Correspondence> Align(string sourceText, string sourceLanguage, string targetText, string targetLanguage)
    {
        var source = TokenKeys(sourceText, sourceLanguage);
        var target = TokenKeys(targetText, targetLanguage);
        return MergePhrases(Pairs(source, target), source, target, sourceText, targetText);
    }

    /// <summary>
    /// Like <see cref="Align"/>, one correspondence per source word (adjacent pairs are not merged into phrases), so
    /// that the renderings of each word can be compared across translations. In source order.
    /// </summary>
    public IReadOnlyList<Correspondence> AlignWords(string sourceText, string sourceLanguage, string targetText, string targetLanguage)
    {
        var source = TokenKeys(sourceText, sourceLanguage);
        var target = TokenKeys(targetText, targetLanguage);
        return [.. Pairs(source, target).Select(p => (Source: source[p.Source].Token, Target: target[p.Target].Token)).Select(p => new Correspondence(
            p.Source.Start, p.Source.End, p.Target.Start, p.Target.End, sourceText[p.Source.Start..p.Source.End], targetText[p.Target.Start..p.Target.End]))];
    }

    /// <summary>Each source word paired with the unused target word sharing a key that stands nearest to its relative place.</summary>
    private static List<(int Source, int Target)> Pairs(List<KeyedToken> source, List<KeyedToken> target)
    {
        var pairs = new List<(int Source, int Target)>();
        var used = new HashSet<int>();
        for (int i = 0; i < source.Count; i++)
        {
            int best = -1;
            double bestDistance = double.MaxValue;
            for (int j = 0; j < target.Count; j++)
            {
                double distance = Math.Abs(((double)i / source.Count) - ((double)j / target.Count));
                if (!used.Contains(j) && distance < bestDistance && source[i].Keys.Any(target[j].Keys.Contains))
                {
                    (best, bestDistance) = (j, distance);
                }
            }

            if (best >= 0)
            {
                used.Add(best);
                pairs.Add((i, best));
            }
        }

        return pairs;
    }

    private static List<Correspondence> MergePhrases(
        List<(int Source, int Target)> pairs, List<KeyedToken> source, List<KeyedToken> target, string sourceText, string targetText)
    {
        var result = new List<Correspondence>();
        int k = 0;
        while (k < pairs.Count)
        {
            int end = k;
            while (end + 1 < pairs.Count && pairs[end + 1].Source == pairs[end].Source + 1 && pairs[end + 1].Target == pairs[end].Target + 1)
            {
                end++;
            }

            var (s0, s1) = (source[pairs[k].Source].Token, source[pairs[end].Source].Token);
            var (t0, t1) = (target[pairs[k].Target].Token, target[pairs[end].Target].Token);
            result.Add(new Correspondence(
                s0.Start, s1.End, t0.Start, t1.End, sourceText[s0.Start..s1.End], targetText[t0.Start..t1.End]));
            k = end + 1;
        }

        return result;
    }

    /// <summary>The content words and numbers of a text with their keys; function words are left out.</summary>
    private List<KeyedToken> TokenKeys(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lang = Primary(language);
        var result = new List<KeyedToken>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var keys = TokenKeys(token, lang);
            if (keys.Length > 0)
            {
                result.Add(new KeyedToken(token, keys));
            }
        }

        return result;
    }

    /// <summary>The keys of one token of a text in <paramref name="lang"/> (a primary language code): none for what does not count.</summary>
    private string[] TokenKeys(Token token, string lang) => token.Kind switch
    {
        TokenKind.Number => [NumberKey(token.Text)],
        TokenKind.Word => WithoutSkeletons(WordsOf(lang)[token.Text]),
        _ => [],
    };

    /// <summary>A word's keys without its name skeletons (they serve the linker's word matches across scripts only).</summary>
    private static string[] WithoutSkeletons(string[] keys) =>
        keys.Any(k => k.StartsWith(SkeletonPrefix, StringComparison.Ordinal)) ? [.. keys.Where(k => !k.StartsWith(SkeletonPrefix, StringComparison.Ordinal))] : keys;

    /// <summary>
    /// The key of the number at <paramref name="start"/>..<paramref name="end"/>; a clock time (21:00, 9.30 is not one) is one
    /// key, <c>time:21:00</c>, and <paramref name="end"/> moves past its minutes.
    /// </summary>
    private static string[] NumberKeys(ReadOnlySpan<char> text, int start, ref int end)
    {
        var hours = text[start..end];
        if (IsClockTime(text, start, end))
        {
            int hour = int.Parse(hours, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            var key = "time:" + hour.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + text.Slice(end + 1, 2).ToString();
            end += 3;
            return [key];
        }

        return [NumberKey(hours)];
    }

    /// <summary>Whether the number at <paramref name="start"/>..<paramref name="end"/> is the hours of a clock time (<see cref="NumberKeys"/>).</summary>
    private static bool IsClockTime(ReadOnlySpan<char> text, int start, int end)
    {
        var hours = text[start..end];
        return hours.Length <= 2 && end + 3 <= text.Length && text[end] is ':' or 'h' && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2])
            && (end + 3 == text.Length || !char.IsDigit(text[end + 3])) && hours.ToString().All(char.IsAsciiDigit);
    }

    private static string NumberKey(ReadOnlySpan<char> number)
    {
        var digits = new StringBuilder("num:", number.Length + 4);
        foreach (char c in number)
        {
            if (char.IsDigit(c))
            {
                digits.Append(c);
            }
        }

        return digits.ToString();
    }

    /// <summary>The keys of the words of texts in <paramref name="lang"/> (a primary code), each worked out once.</summary>
    private WordMemo<string[]> WordsOf(string lang) => WordsOf(lang, _wordKeys);

    /// <summary>The keys of the words of texts in <paramref name="lang"/>, each worked out once and kept in <paramref name="memory"/>.</summary>
    private WordMemo<string[]> WordsOf(string lang, ConcurrentDictionary<string, WordMemo<string[]>> memory) =>
        memory.GetOrAdd(lang, l => new WordMemo<string[]>(word => WordKeys(word, l), RememberedWords));

    /// <summary>
    /// The language-neutral keys of the words of texts in <paramref name="lang"/>, each picked out once from the keys kept in
    /// <paramref name="memory"/> and kept in <paramref name="neutral"/>.
    /// </summary>
    private WordMemo<string[]?> NeutralWordsOf(string lang, ConcurrentDictionary<string, WordMemo<string[]>> memory, ConcurrentDictionary<string, WordMemo<string[]?>> neutral) =>
        neutral.GetOrAdd(lang, l => new WordMemo<string[]?>(word => NeutralOf(WordsOf(l, memory)[word]), RememberedWords));

    /// <summary>The keys of a word as written (<paramref name="text"/>) in a text in <paramref name="lang"/> (a primary code).</summary>
    private string[] WordKeys(string text, string lang)
    {
        var keys = WholeWordKeys(text, lang);
        if (!HasInnerHyphen(text) || keys.Any(k => k.StartsWith("en:", StringComparison.Ordinal) && !k.Contains('-', StringComparison.Ordinal)))
        {
            return keys;
        }

        // A compound no dictionary knows as a whole (Ukrainian-Russian, украинско-российской, ucraino-russo): its parts' keys too.
        var all = new SortedSet<string>(keys, StringComparer.Ordinal);
        foreach (var part in HyphenParts(text))
        {
            all.UnionWith(WholeWordKeys(part, lang).Where(k => !k.StartsWith("name:", StringComparison.Ordinal)));
        }

        return [.. all];
    }

    /// <summary>The keys of a word as written, taken whole.</summary>
    private string[] WholeWordKeys(string text, string lang)
    {
        bool cyrillicLanguage = lang is "ru" or "uk";

        var wordLanguage = WordLanguage(text, lang);
        var norm = Normalizer.ForMatching(text, wordLanguage);
        if (norm.Length < 2 || BridgeWords.IsFunctionWord(norm, wordLanguage))
        {
            return [];
        }

        var keys = new SortedSet<string>(StringComparer.Ordinal);
        if (BridgeWords.Month(norm, wordLanguage) is int month and > 0)
        {
            keys.Add("month:" + month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return [.. keys];
        }

        if (wordLanguage == "en")
        {
            keys.Add("en:" + Stemmer.For("en").Stem(norm));
            foreach (var lemma in Chained("en", norm)?.Lemmas ?? [])
            {
                // said → say, went → go: the lemma's stem too, so English meets what the chains give.
                keys.Add("en:" + Stemmer.For("en").Stem(lemma));
            }
        }
        else
        {
            var stem = BridgeWords.StemOfNorm(norm, wordLanguage);
            if (wordLanguage == "ru" && _russianLemmas.TryGetValue(norm, out var russianLemmas))
            {
                // The analyser's lemmas first (пошли → пойти, not the stem's пошлый); the stem when they have no entry.
                foreach (var lemma in russianLemmas)
                {
                    AddGlosses("ru", BridgeWords.Stem(lemma, "ru"), keys);
                }
            }

            if (keys.Count == 0)
            {
                AddGlosses(wordLanguage, stem, keys);
            }

            if (keys.Count == 0 && wordLanguage == "ar")
            {
                // No entry under the word's stem: the first of its other forms an entry is written as (بداية, فترة, بعضهم → بعض).
                AddWholeArabicGlosses(norm, keys);
            }

            if (wordLanguage == "uk")
            {
                // Ukrainian reaches English through Russian: the Apertium pair's Russian lemmas, else the word read as Russian.
                // The Russian dictionaries are English–Russian ones read in reverse: a lemma may have no entry of its own but
                // another form of its word has (покарать / наказать → наказывать), as for any word without an entry.
                var russian = _ukrainianToRussian.TryGetValue(norm, out var lemmas) ? [.. lemmas.Select(l => BridgeWords.Stem(l, "ru"))] : new List<string>();
                russian.Add(BridgeWords.StemOfNorm(AsRussian(norm), "ru"));
                for (int pass = 0; pass < 2 && keys.Count == 0; pass++)
                {
                    // First the lemmas exactly, then the word read as Russian; then the same by other forms.
                    foreach (var ru in russian.Take(pass == 0 ? russian.Count - 1 : russian.Count))
                    {
                        if (pass == 0)
                        {
                            AddGlosses("ru", ru, keys);
                        }
                        else
                        {
                            AddNearGlosses("ru", ru, keys);
                        }
                    }

                    if (pass == 0 && keys.Count == 0)
                    {
                        AddGlosses("ru", russian[^1], keys);
                    }
                }
            }

            if (keys.Count == 0 && wordLanguage == "ar")
            {
                // A present verb of another person than the entry's (تصبح, نتذكر, سنستخدم → يصبح, يتذكر, يستخدم).
                AddArabicPresentGlosses(norm, keys);
            }

            if (keys.Count == 0)
            {
                // No entry for the form: another form of the same word (espero → esperar, schämt → schämen).
                AddNearGlosses(wordLanguage, stem, keys);
            }

            if (keys.Count == 0 && wordLanguage == "ar" && BridgeWords.WithoutArabicFuture(norm) is { } present)
            {
                // A future verb no entry knows (سيواجه, وسننتظر): the present form after the particle (يواجه, ننتظر).
                var presentStem = BridgeWords.StemOfNorm(present, "ar");
                AddGlosses("ar", presentStem, keys);
                if (keys.Count == 0)
                {
                    AddNearGlosses("ar", presentStem, keys);
                }
            }

            if (keys.Count == 0 && Chained(wordLanguage, norm) is { } analysis)
            {
                // A word its dictionaries do not know as written: its lemmas looked up in them (veulent → vouloir), else
                // the English lemmas the Apertium chain gives.
                foreach (var lemma in analysis.Lemmas)
                {
                    AddGlosses(wordLanguage, BridgeWords.StemOfNorm(lemma, wordLanguage), keys);
                }

                if (keys.Count == 0)
                {
                    foreach (var english in analysis.English)
                    {
                        keys.Add("en:" + Stemmer.For("en").Stem(english));
                    }
                }
            }

            if (keys.Count > MaxGlossKeys && BridgeWords.StemsByPrefix(wordLanguage))
            {
                keys.Clear(); // A prefix of dozens of entries (see MaxGlossKeys).
            }

            if (keys.Count == 0)
            {
                keys.Add(wordLanguage + ":" + stem);
            }
        }

        if (char.IsUpper(text[0]) && norm.Length >= 3)
        {
            keys.Add("name:" + NameKey.For(norm, cyrillicLanguage ? lang : wordLanguage));
            if (cyrillicLanguage && AdjectiveSurnameStem(norm) is { } surname)
            {
                // "Навального", "Зеленского", "Навальному": a surname declined as an adjective is its nominative's name (Navalny).
                keys.Add("name:" + NameKey.For(surname + "ий", lang));
            }

            if (wordLanguage is "de" or "nl" && norm.Length >= 5 && norm[^1] == 's' && norm[^2] != 's')
            {
                // A German or Dutch genitive ("Putins Zombies", "Poetins zombies") is the name too.
                keys.Add("name:" + NameKey.For(norm[..^1], wordLanguage));
            }
            if (wordLanguage != "ar" && BridgeWords.LatinSkeleton(norm, wordLanguage) is { } skeleton)
            {
                keys.Add(SkeletonPrefix + skeleton);
            }
        }

        if (wordLanguage == "ar")
        {
            foreach (var skeleton in BridgeWords.ArabicSkeletons(norm))
            {
                keys.Add(SkeletonPrefix + skeleton);
            }
        }

        if (BridgeWords.Cognate(norm, wordLanguage) is { } cognate)
        {
            keys.Add("cog:" + cognate);
        }

        return [.. keys];
    }

    /// <summary>What the Apertium chain of <paramref name="lang"/> made of <paramref name="norm"/>, or null when it was not sent or not known.</summary>
    private ApertiumChain.Analysis? Chained(string lang, string norm) =>
        _chained.TryGetValue(lang, out var words) && words.TryGetValue(norm, out var analysis) && analysis.Lemmas.Length > 0 ? analysis : null;

    /// <summary>A Ukrainian word spelled as Russian would spell its cognate (і ї → и, є → е, ґ → г, и → ы is not guessed).</summary>
    private static string AsRussian(string word) =>
        string.Create(word.Length, word, (span, w) =>
        {
            for (int i = 0; i < w.Length; i++)
            {
                span[i] = w[i] switch { 'і' or 'ї' => 'и', 'є' => 'е', 'ґ' => 'г', var c => c };
            }
        });

    /// <summary>
    /// The prefix of a name's consonant skeleton (<see cref="BridgeWords.ArabicSkeletons"/>, <see cref="BridgeWords.LatinSkeleton"/>):
    /// a key that joins an Arabic word to a Latin or Cyrillic name only (the linker keeps it from matching two words of other scripts).
    /// </summary>
    internal const string SkeletonPrefix = "sk:";

    private static bool IsNeutral(string key) =>
        key.StartsWith("en:", StringComparison.Ordinal) || key.StartsWith(SkeletonPrefix, StringComparison.Ordinal) || key.StartsWith("name:", StringComparison.Ordinal)
        || key.StartsWith("num:", StringComparison.Ordinal) || key.StartsWith("month:", StringComparison.Ordinal) || key.StartsWith("cog:", StringComparison.Ordinal) || key.StartsWith("time:", StringComparison.Ordinal);

    /// <summary>
    /// The most English keys a word of a language with no stemmer (its stem is its first letters) may have: more, and the
    /// prefix is shared by dozens of entries (Polish "przeciwpancerne", anti-tank, cut to "przeciw", reached against,
    /// antidepressant, counterweight, enemy and a hundred more) and means nothing; the word gets no English keys. Measured on
    /// every answer key: rdk cross-language 269/425 → 269/402 (a Polish list of weapons had joined the army's statement), no
    /// other key moved; at 45, biden lost 13 cross-language pairs; at 60, 64 and 80 only rdk moved.
    /// </summary>
    internal const int MaxGlossKeys = 80;

    internal static string Primary(string language) => StopWords.Primary(language);

    private static void LoadGlossary(string file, Lexicon lexicon, List<LexiconIssue> issues)
    {
        var name = Path.GetFileName(file);
        var language = name[..^GlossarySuffix.Length];
        int lineNumber = 0;
        foreach (var line in File.ReadLines(file, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2 || fields[0].Trim().Length == 0)
            {
                issues.Add(new LexiconIssue(name, lineNumber, "expected 'source<TAB>english'"));
            }
            else if (fields[0].Trim().Contains(' ', StringComparison.Ordinal))
            {
                issues.Add(new LexiconIssue(name, lineNumber, $"'{fields[0].Trim()}': one source word per entry"));
            }
            else if (!lexicon.Add(language, fields[0], fields[1].Split(';')))
            {
                issues.Add(new LexiconIssue(name, lineNumber, "no usable English gloss"));
            }
        }
    }

    private sealed record KeyedToken(Token Token, string[] Keys);

    /// <summary>
    /// The forms of words met so far, looked up by the span as written, so that a form met again allocates nothing (the
    /// library targets .NET 8, which has no span lookup on a hash set).
    /// </summary>
    private sealed class WrittenForms
    {
        private readonly NumberedForms _forms = new();

        /// <summary>Adds <paramref name="form"/>; false when it was met before, else true with the new string.</summary>
        public bool Add(ReadOnlySpan<char> form, out string written)
        {
            int count = _forms.Count;
            int index = _forms.IndexOf(form, 0);
            written = _forms.Form(index);
            return index == count;
        }
    }

    /// <summary>The oblique-case endings of a Russian or Ukrainian surname declined as an adjective (Навального, Навальному, Навальным).</summary>
    private static readonly string[] AdjectiveCaseEndings = ["ого", "его", "ому", "ему", "ым", "им", "ой", "ом", "ую"];

    /// <summary>
    /// The stem of <paramref name="norm"/> (a capitalised Cyrillic word) without an adjective's oblique-case ending, when at
    /// least four letters are left; else null.
    /// </summary>
    private static string? AdjectiveSurnameStem(string norm)
    {
        foreach (var ending in AdjectiveCaseEndings)
        {
            if (norm.Length >= ending.Length + 4 && norm.EndsWith(ending, StringComparison.Ordinal))
            {
                return norm[..^ending.Length];
            }
        }

        return null;
    }
}
