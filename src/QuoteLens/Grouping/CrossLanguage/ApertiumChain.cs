using System.Text;

namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// Words of French, Portuguese, Italian, Romanian and Spanish to their lemmas and to English lemmas, through the compiled
/// Apertium pairs Debian packages, with Spanish as the hub (Apertium has no pair from most of these languages to English,
/// but each has one to Spanish, and Spanish has one to English): <c>veulent</c> → <c>vouloir</c> → <c>querer</c> →
/// <c>want</c>; <c>spun</c> → <c>spune</c> → <c>decir</c> → <c>say</c>. English words are only analysed (<c>said</c> →
/// <c>say</c>), so both sides meet on lemmas. Each hop is one <c>lt-proc</c> process over every word of the corpus in
/// that language; nothing of the GPL data is copied into the kit.
/// </summary>
internal static class ApertiumChain
{
    /// <summary>
    /// The chains the kit knows: the language, the Debian package, the analyser (package folder, file) and the bilingual
    /// transducers to English, in order (package folder, file).
    /// </summary>
    private static readonly (string Language, string Package, (string Folder, string File) Analyser, (string Folder, string File)[] Hops)[] Known =
    [
        ("en", "apertium-eng-spa", ("apertium-eng-spa", "eng-spa.automorf.bin"), []),
        ("es", "apertium-eng-spa", ("apertium-eng-spa", "spa-eng.automorf.bin"), [("apertium-eng-spa", "spa-eng.autobil.bin")]),
        ("fr", "apertium-fr-es", ("apertium-fr-es", "fr-es.automorf.bin"), [("apertium-fr-es", "fr-es.autobil.bin"), ("apertium-eng-spa", "spa-eng.autobil.bin")]),
        ("pt", "apertium-es-pt", ("apertium-es-pt", "pt-es.automorf.bin"), [("apertium-es-pt", "pt-es.autobil.bin"), ("apertium-eng-spa", "spa-eng.autobil.bin")]),
        ("it", "apertium-spa-ita", ("apertium-spa-ita", "ita-spa.automorf.bin"), [("apertium-spa-ita", "ita-spa.autobil.bin"), ("apertium-eng-spa", "spa-eng.autobil.bin")]),
        ("ro", "apertium-es-ro", ("apertium-es-ro", "ro-es.automorf.bin"), [("apertium-es-ro", "ro-es.autobil.bin"), ("apertium-eng-spa", "spa-eng.autobil.bin")]),
    ];

    /// <summary>The packages a chain needs (its own and Spanish–English for the last hop), for the report of what is installed.</summary>
    public static IReadOnlyList<string> PackagesOf(string language) =>
        [.. Known.Where(k => k.Language == language).SelectMany(k => k.Hops.Select(h => h.Folder).Prepend(k.Analyser.Folder)).Distinct(StringComparer.Ordinal)];

    /// <summary>The chains whose every file is installed under one of <paramref name="apertiumFolders"/>, as dictionary sources (the path is the chain's analyser).</summary>
    public static IEnumerable<DictionarySource> Find(IEnumerable<string> apertiumFolders)
    {
        foreach (var folder in apertiumFolders)
        {
            foreach (var known in Known)
            {
                if (known.Hops.Prepend(known.Analyser).All(f => File.Exists(Path.Combine(folder, f.Folder, f.File))))
                {
                    yield return new DictionarySource(
                        known.Language switch { "en" => "apertium-eng (English lemmas)", "es" => "apertium-es-en", var l => $"apertium-{l}-es-en" },
                        Path.Combine(folder, known.Analyser.Folder, known.Analyser.File), DictionaryFormat.ApertiumChain, known.Language, "en", false, "GPL-2+ / GPL-3+ (Apertium)", string.Join(" + ", PackagesOf(known.Language)));
                }
            }
        }
    }

    /// <summary>
    /// The lemmas and the English lemmas of each of <paramref name="words"/> (one word each, as the bridge matches them) that
    /// the chain of <paramref name="source"/> knows; words it does not know are left out.
    /// </summary>
    public static Dictionary<string, Analysis> Translate(DictionarySource source, IReadOnlyCollection<string> words, List<LexiconIssue> issues)
    {
        var result = new Dictionary<string, Analysis>(StringComparer.Ordinal);
        var known = Known.FirstOrDefault(k => k.Language == source.Language);
        if (words.Count == 0 || known.Language is null)
        {
            return result;
        }

        var input = new StringBuilder();
        foreach (var word in words)
        {
            input.Append(word).Append('\n');
        }

        // The source's path is the analyser, two folders below the Apertium folder that holds every pair of the chain.
        var root = Path.GetDirectoryName(Path.GetDirectoryName(source.Path)) ?? "";
        var analysed = ApertiumPair.Run(source.Path, false, input.ToString(), issues);
        if (analysed is null)
        {
            return result;
        }

        // ^surface/lemma<tags>/lemma<tags>$ : the lemmas, and each analysis carried on to the bilingual transducers.
        var lemmas = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var current = new List<(string Surface, string Analysis)>();
        foreach (System.Text.RegularExpressions.Match unit in ApertiumPair.Unit().Matches(analysed))
        {
            var parts = unit.Groups[1].Value.Split('/');
            var surface = parts[0];
            for (int i = 1; i < parts.Length; i++)
            {
                if (!parts[i].StartsWith('*') && Lemma(parts[i]) is { } lemma)
                {
                    Add(lemmas, surface, lemma);
                    current.Add((surface, parts[i]));
                }
            }
        }

        foreach (var hop in known.Hops)
        {
            current = Hop(Path.Combine(root, hop.Folder, hop.File), current, issues);
        }

        var english = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        if (known.Hops.Length > 0)
        {
            foreach (var (surface, analysis) in current)
            {
                if (Lemma(analysis) is { } lemma)
                {
                    Add(english, surface, lemma);
                }
            }
        }

        foreach (var (surface, set) in lemmas)
        {
            result[surface] = new Analysis([.. set], english.TryGetValue(surface, out var e) ? [.. e] : []);
        }

        return result;
    }

    /// <summary>
    /// One bilingual hop: each analysis is sent whole and cut to each shorter run of its tags (pairs tag their entries
    /// differently: <c>guerra&lt;n&gt;&lt;f&gt;</c> is found where <c>guerra&lt;n&gt;</c> is not, <c>putea&lt;vbmod&gt;</c>
    /// where the full tags are not), and every translation found is carried on.
    /// </summary>
    private static List<(string Surface, string Analysis)> Hop(string transducer, List<(string Surface, string Analysis)> analyses, List<LexiconIssue> issues)
    {
        var sent = new List<string>();
        var input = new StringBuilder();
        foreach (var (surface, analysis) in analyses)
        {
            foreach (var variant in TagPrefixes(analysis))
            {
                sent.Add(surface);
                input.Append('^').Append(variant).Append("$\n");
            }
        }

        var next = new List<(string Surface, string Analysis)>();
        if (sent.Count == 0 || ApertiumPair.Run(transducer, true, input.ToString(), issues) is not { } output)
        {
            return next;
        }

        var seen = new HashSet<(string, string)>();
        var units = ApertiumPair.Unit().Matches(output);
        for (int k = 0; k < units.Count && k < sent.Count; k++)
        {
            var parts = units[k].Groups[1].Value.Split('/');
            for (int i = 1; i < parts.Length; i++)
            {
                if (!parts[i].StartsWith('@') && Lemma(parts[i]) is not null && seen.Add((sent[k], parts[i])))
                {
                    next.Add((sent[k], parts[i]));
                }
            }
        }

        return next;
    }

    /// <summary><c>lemma&lt;a&gt;&lt;b&gt;&lt;c&gt;</c> as <c>lemma&lt;a&gt;</c>, <c>lemma&lt;a&gt;&lt;b&gt;</c> and itself (just itself when it has no tags).</summary>
    internal static IEnumerable<string> TagPrefixes(string analysis)
    {
        int end = analysis.IndexOf('>', StringComparison.Ordinal);
        while (end >= 0 && end < analysis.Length - 1)
        {
            yield return analysis[..(end + 1)];
            end = analysis.IndexOf('>', end + 1);
        }

        yield return analysis;
    }

    /// <summary>The lemma of an analysis (tags and a multiword's <c>#</c> tail cut off), lower-cased; null for a multiword or a one-letter lemma.</summary>
    private static string? Lemma(string analysis)
    {
        int tag = analysis.IndexOf('<', StringComparison.Ordinal);
        var lemma = (tag >= 0 ? analysis[..tag] : analysis).Split('#')[0].Trim().ToLowerInvariant();
        return lemma.Length > 1 && !lemma.Contains(' ', StringComparison.Ordinal) && !lemma.Contains('+', StringComparison.Ordinal) ? lemma : null;
    }

    private static void Add(Dictionary<string, SortedSet<string>> map, string key, string value) =>
        (map.TryGetValue(key, out var set) ? set : map[key] = new SortedSet<string>(StringComparer.Ordinal)).Add(value);

    /// <summary>What the chain knows of one word: its lemmas in its own language, and their English lemmas (empty for English itself).</summary>
    internal sealed record Analysis(string[] Lemmas, string[] English);
}
