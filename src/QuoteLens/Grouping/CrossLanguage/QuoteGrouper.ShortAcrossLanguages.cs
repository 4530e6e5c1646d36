using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// Short sentences across languages: "Such is life.", "Aber so ist das Leben", "Такова жизнь" are one utterance when the
/// dictionary matches all their words and the articles carrying them tell the same story.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>
    /// The least similarity of the cross-language linker's link between two short sentences for
    /// <see cref="JoinShortAcrossLanguagesByContext"/>: every content word of the one matched in the other.
    /// </summary>
    internal const double ShortAcrossMinSimilarity = 1.0;

    /// <summary>
    /// Short full sentences (fewer content keys than <see cref="GroupingOptions.MinKeysToLink"/>) are never clustered on
    /// their links, within a language or across: a phrase of one or two words is said in many stories. Within a language,
    /// <see cref="JoinShortByContext"/> joins copies whose articles tell the same story; this is its counterpart across
    /// languages. Two groups of short sentences only, each of one language ("Such is life." in one or more English
    /// articles, "Aber so ist das Leben" in German ones), join when the cross-language linker matches every content word of
    /// a sentence of the one in a sentence of the other (<see cref="ShortAcrossMinSimilarity"/>), both say or both ask, and
    /// the two articles carry versions of another statement in one shared group, or name the same speaker. Two groups that
    /// hold sentences of one article never join (an article says "Nothing can be done." and "Such is life." apart), nor do two
    /// that hold one language: same-language grouping kept those apart, and a translation matching both does not bridge them
    /// (without this, run once after the lone joins, trump gained 42 false same-language pairs). Links are
    /// taken strongest first, then in text order, so the result does not depend on the order of the links.
    /// It runs twice. Before <see cref="JoinLoneAcrossLanguages"/> (<paramref name="leaveToLone"/>), a short group that the
    /// dictionary matches in full to a group of versions with no sentence of its language is left out: it renders that
    /// statement, and joining it to other short renderings first kept "This is always a sad event," and four other short
    /// renderings apart from the versions of six languages. After it, the short groups still alone join on the context the
    /// lone joins gave ("Notre drapeau est jaune et bleu." and "Nasza flaga jest żółto-niebieska.").
    /// Measured on the sixteen answer keys: pope cross-language 1027/1161 -> 1032/1166, lukashenko 1188/1307 -> 1189/1306,
    /// the others (sealed sets' summaries included) and the generated 20,000 (digest C3E69E8DC1EDC2BD) unchanged; the made-up
    /// remarks in ten languages (<c>RemarksInTenLanguagesTests</c>) cross-language F1 0.868 -> 0.904. At a least similarity of
    /// 0.5: pope one false same-language pair more and one speaker fewer, the remarks 0.903. Once only, after the lone
    /// joins without leaving any out: the remarks 0.841 (the sad event apart); once only, before, leaving out: pope unchanged.
    /// </summary>
    private static void JoinShortAcrossLanguagesByContext(Quote[] sorted, IdenticalTexts texts, Role[] roles, Assignment state, IReadOnlyList<CrossLanguage.CrossLanguageLink> crossLinks, List<Evidence> evidence, bool leaveToLone)
    {
        var strong = crossLinks.Where(l => l.Similarity >= ShortAcrossMinSimilarity && roles[l.A] == Role.Short && roles[l.B] == Role.Short && texts.Language[l.A] != texts.Language[l.B])
            .OrderByDescending(l => l.Similarity).ThenBy(l => Math.Min(l.A, l.B)).ThenBy(l => Math.Max(l.A, l.B)).ToList();
        if (strong.Count == 0)
        {
            return;
        }

        state.Count(sorted.Length, q => roles[texts.Of[q]] != Role.Fragment);

        // Only the groups these links reach are read: the full links that touch a short or piece text (links between two
        // versions, most of them in a large corpus, are not this pass's).
        var matched = crossLinks.Where(l => l.Similarity >= ShortAcrossMinSimilarity && (roles[l.A] != Role.Version || roles[l.B] != Role.Version)).ToList();
        var touched = new HashSet<int>();
        foreach (var link in matched)
        {
            foreach (var q in texts.CopiesOf(link.A))
            {
                touched.Add(state.Key[q]);
            }

            foreach (var q in texts.CopiesOf(link.B))
            {
                touched.Add(state.Key[q]);
            }
        }

        // The groups that hold short full sentences of one language only (counted sentences): the candidates, numbered.
        var members = state.ByGroup(q => !state.Fragment[q] && touched.Contains(state.Key[q]));
        var index = new Dictionary<int, int>();
        var keys = new List<int>();
        var articles = new List<HashSet<int>>();
        var languages = new List<HashSet<int>>();
        foreach (var (key, list) in members.OrderBy(p => p.Key))
        {
            int language = texts.Language[texts.Of[list[0]]];
            if (list.All(q => roles[texts.Of[q]] != Role.Version && texts.Language[texts.Of[q]] == language) && list.Any(q => roles[texts.Of[q]] == Role.Short))
            {
                index[key] = keys.Count;
                keys.Add(key);
                articles.Add([.. list.Select(q => state.Article[q])]);
                languages.Add([language]);
            }
        }

        // A short group that the dictionary matches in full to a group of versions renders that statement: it is left to
        // JoinLoneAcrossLanguages ("This is always a sad event," and "C'est toujours un événement triste").
        var versions = members.Where(p => p.Value.Any(q => roles[texts.Of[q]] == Role.Version))
            .ToDictionary(p => p.Key, p => p.Value.Select(q => texts.Language[texts.Of[q]]).ToHashSet());
        var left = new HashSet<int>();
        foreach (var link in leaveToLone ? matched : [])
        {
            foreach (var (qa, qb) in CopyPairs(texts, link, MaxCopies))
            {
                if (index.TryGetValue(state.Key[qa], out var ia) && versions.TryGetValue(state.Key[qb], out var inB) && !inB.Contains(texts.Language[texts.Of[qa]]))
                {
                    left.Add(ia);
                }
                else if (index.TryGetValue(state.Key[qb], out var ib) && versions.TryGetValue(state.Key[qa], out var inA) && !inA.Contains(texts.Language[texts.Of[qb]]))
                {
                    left.Add(ib);
                }
            }
        }

        var sets = new UnionFind(keys.Count);
        bool joined = false;
        foreach (var link in strong)
        {
            foreach (var (qa, qb) in CopyPairs(texts, link, MaxCopies))
            {
                if (state.Fragment[qa] || state.Fragment[qb] || !index.TryGetValue(state.Key[qa], out var ia) || !index.TryGetValue(state.Key[qb], out var ib))
                {
                    continue;
                }

                int ra = sets.Find(ia), rb = sets.Find(ib);
                if (ra == rb || left.Contains(ia) || left.Contains(ib) || IsQuestion(sorted[qa].Text) != IsQuestion(sorted[qb].Text) || articles[ra].Overlaps(articles[rb]) || languages[ra].Overlaps(languages[rb]))
                {
                    continue;
                }

                int shared = state.SharedContext(qa, qb);
                if (shared < 0 && !SameSpeaker(sorted[qa], sorted[qb]))
                {
                    continue;
                }

                sets.Union(ra, rb);
                int root = sets.Find(ra), absorbed = root == ra ? rb : ra;
                articles[root].UnionWith(articles[absorbed]);
                languages[root].UnionWith(languages[absorbed]);
                evidence.Add(new Evidence(qa, qb, shared >= 0
                    ? "cross-language: short sentences matched word for word in articles that share {0}"
                    : "cross-language: short sentences matched word for word, given to the same speaker", shared));
                joined = true;
            }
        }

        if (!joined)
        {
            return;
        }

        // Each joined set takes the key of its first group (keys in order), so the result does not depend on the union order.
        var target = new Dictionary<int, int>();
        for (int i = 0; i < keys.Count; i++)
        {
            target.TryAdd(sets.Find(i), keys[i]);
        }

        for (int q = 0; q < sorted.Length; q++)
        {
            if (index.TryGetValue(state.Key[q], out var i))
            {
                state.Key[q] = target[sets.Find(i)];
            }
        }

        state.Count(sorted.Length, q => roles[texts.Of[q]] != Role.Fragment);
    }
}
