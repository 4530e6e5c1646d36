using System.Collections.Concurrent;
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

    private readonly Lexicon _lexicon;
    private readonly ConcurrentDictionary<string, WordMemo<string[]>> _wordKeys = new(StringComparer.Ordinal);

    private CrossLanguageBridge(Lexicon lexicon, IReadOnlyList<LexiconIssue> issues)
    {
        _lexicon = lexicon;
        Issues = issues;
    }

    /// <summary>Problems found while loading (bad lines, unreadable files); the rest was loaded.</summary>
    public IReadOnlyList<LexiconIssue> Issues { get; }

    /// <summary>Number of source-word entries loaded (all languages).</summary>
    public int EntryCount => _lexicon.Count;

    /// <summary>The folder under the repository root that holds the bundled glossaries.</summary>
    public const string DefaultFolder = "data/lexicons/glossaries";

    private static readonly Lazy<CrossLanguageBridge> Bundled = new(() =>
        Load(IO.BundledData.Require(DefaultFolder, "README.md", "glossaries")));

    /// <summary>The bridge over the glossaries bundled with the kit (shipped beside the library).</summary>
    /// <exception cref="DirectoryNotFoundException">The bundled glossaries are missing (an incomplete installation); never a silent fallback.</exception>
    public static CrossLanguageBridge Default => Bundled.Value;

    /// <summary>
    /// Loads every <c>&lt;lang&gt;-en.tsv</c> glossary of <paramref name="lexiconFolder"/> and, when given, a dictd
    /// dictionary (<paramref name="dictdPath"/>: its .index file or the path without extension, e.g.
    /// /usr/share/dictd/mueller7 or /usr/share/dictd/freedict-fra-eng).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CrossLanguageBridge Load(string lexiconFolder, string? dictdPath = null)
    {
        ArgumentNullException.ThrowIfNull(lexiconFolder);
        if (!Directory.Exists(lexiconFolder))
        {
            throw new DirectoryNotFoundException($"{lexiconFolder}: no such glossary folder");
        }

        var lexicon = new Lexicon();
        var issues = new List<LexiconIssue>();
        foreach (var file in Directory.GetFiles(lexiconFolder, "*" + GlossarySuffix).Order(StringComparer.Ordinal))
        {
            LoadGlossary(file, lexicon, issues);
        }

        if (dictdPath is not null)
        {
            DictdDictionary.Load(dictdPath, lexicon, issues);
        }

        return new CrossLanguageBridge(lexicon, issues);
    }

    /// <summary>
    /// The distinct language-neutral keys (<c>en:</c>, <c>name:</c>, <c>num:</c>) of <paramref name="text"/> in
    /// <paramref name="language"/>, ordinal order; words no glossary knows give none. Fits
    /// <c>GroupingOptions.CrossLanguageKeys</c>: <c>q =&gt; bridge.Keys(q.Text, q.Language)</c>.
    /// </summary>
    public IReadOnlyList<string> Keys(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lang = Primary(language);
        var words = WordsOf(lang);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var span = text.AsSpan();
        for (int end = 0; Tokenizer.Next(span, end, out int start, out end, out var kind);)
        {
            var tokenKeys = kind switch
            {
                TokenKind.Word => words[span[start..end].ToString()],
                TokenKind.Number => [NumberKey(span[start..end])],
                _ => [],
            };
            foreach (var key in tokenKeys)
            {
                if (IsNeutral(key))
                {
                    keys.Add(key);
                }
            }
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The English stems that gloss <paramref name="word"/> of <paramref name="language"/> (empty when none).</summary>
    public IReadOnlyCollection<string> Glosses(string word, string language) =>
        _lexicon.Glosses(language, Normalizer.StemForMatching(word, language));

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
        TokenKind.Word => WordsOf(lang)[token.Text],
        _ => [],
    };

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
    private WordMemo<string[]> WordsOf(string lang) => _wordKeys.GetOrAdd(lang, l => new WordMemo<string[]>(word => WordKeys(word, l), RememberedWords));

    /// <summary>The keys of a word as written (<paramref name="text"/>) in a text in <paramref name="lang"/> (a primary code).</summary>
    private string[] WordKeys(string text, string lang)
    {
        bool cyrillicLanguage = lang is "ru" or "uk";

        // A Latin word in a Cyrillic-language text (code-switching, "that’s how we assess it") is read as English.
        var wordLanguage = cyrillicLanguage && !Transliterator.HasCyrillic(text) ? "en" : lang;
        var norm = Normalizer.ForMatching(text, wordLanguage);
        if (norm.Length < 2 || LanguageIdentifier.IsFrequentWord(norm, wordLanguage))
        {
            return [];
        }

        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var stem = Stemmer.For(wordLanguage).Stem(norm);
        if (wordLanguage == "en")
        {
            keys.Add("en:" + stem);
        }
        else
        {
            foreach (var gloss in _lexicon.Glosses(wordLanguage, stem))
            {
                keys.Add("en:" + gloss);
            }

            if (keys.Count == 0)
            {
                keys.Add(wordLanguage + ":" + stem);
            }
        }

        if (char.IsUpper(text[0]) && norm.Length >= 3)
        {
            keys.Add("name:" + NameKey.For(norm, cyrillicLanguage ? lang : null));
        }

        return [.. keys];
    }

    private static bool IsNeutral(string key) =>
        key.StartsWith("en:", StringComparison.Ordinal) || key.StartsWith("name:", StringComparison.Ordinal) || key.StartsWith("num:", StringComparison.Ordinal);

    private static string Primary(string language) => (language ?? "").Split('+', '-', '_', ' ')[0].ToLowerInvariant();

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
}
