using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// Partial quotes left alone across languages within articles that share a statement: see <see cref="JoinPiecesInSharedArticles"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The fewest content words a partial quote must have, and have matched, to join a statement by <see cref="JoinPiecesInSharedArticles"/>.</summary>
    internal const int SharedPieceMinWords = 2;

    /// <summary>
    /// The share of a partial quote's content words that must find a counterpart in the sentence it renders for
    /// <see cref="JoinPiecesInSharedArticles"/> (every word measured a little worse: cross-language F1 0.733 against 0.734 on
    /// the nine answer keys; half, 0.728 with same-language precision down).
    /// </summary>
    internal const double SharedPieceMinShare = 0.6;

    /// <summary>
    /// A partial quote ("entsetzlich und verrückt", "страшною аварією") that no outlet of its language quotes alike and that
    /// no sentence of another language links to (the linker does not link a piece of two or three words to a sentence four
    /// times its length: every sentence that mentions the words would match it) renders, as a fragment, the statement of
    /// another language whose sentence holds most of its content words (<see cref="SharedPieceMinShare"/>, at least
    /// <see cref="SharedPieceMinWords"/>), when that sentence stands in an article that
    /// shares a statement with the piece's own (a group that both carry): the story the two articles tell says which of
    /// the sentences that hold the words the piece renders. The piece's group (of one article, pieces only) joins only when
    /// its pieces reach one group so, through all the articles that share a statement with theirs; a group with versions
    /// of the piece's language takes it only when the piece's words stand in one of them
    /// (<see cref="PieceInOwnLanguage"/>). Only the articles that a shared group of at most
    /// <see cref="CrossOrderMaxArticles"/> articles joins are read, so the work follows the groups. Measured on the nine
    /// answer keys: cross-language P/R/F1 0.843/0.647/0.732 → 0.840/0.651/0.734 (3342/3963 → 3366/4007), same-language
    /// 1220/1308 → 1221/1313; held-out prigozhin cross 1545/4056 → 1559/4079, same 256/457 → 259/461; lukashenko and the
    /// generated 5,000 unchanged.
    /// </summary>
    private static void JoinPiecesInSharedArticles(Quote[] sorted, IdenticalTexts texts, Assignment state, CrossLanguage.LinkedTexts words, List<Evidence> evidence)
    {
        var (membersOf, articlesOf, _) = MembersArticlesLanguages(texts, state, withLanguages: false);
        int LanguageOf(int q) => texts.Language[texts.Of[q]];

        // The groups of one article that hold pieces only, and their articles.
        var full = new HashSet<int>();
        foreach (var (_, members) in membersOf)
        {
            foreach (var q in members)
            {
                if (sorted[q].Kind != QuoteKind.Partial)
                {
                    full.Add(state.Key[q]);
                }
            }
        }

        var withPieces = new HashSet<int>();
        foreach (var (article, members) in membersOf)
        {
            if (members.Any(q => !full.Contains(state.Key[q]) && articlesOf[state.Key[q]].Count == 1))
            {
                withPieces.Add(article);
            }
        }

        if (withPieces.Count == 0)
        {
            return;
        }

        // Per article holding such a piece, the articles of other languages it shares a statement with.
        var sharing = new Dictionary<int, SortedSet<int>>();
        foreach (var (_, articles) in articlesOf)
        {
            if (articles.Count < 2 || articles.Count > CrossOrderMaxArticles)
            {
                continue;
            }

            foreach (var a in articles)
            {
                if (!withPieces.Contains(a))
                {
                    continue;
                }

                foreach (var b in articles)
                {
                    if (LanguageOf(a) != LanguageOf(b))
                    {
                        (sharing.TryGetValue(a, out var set) ? set : sharing[a] = []).Add(b);
                    }
                }
            }
        }

        var targets = new Dictionary<int, SortedSet<int>>();
        var first = new Dictionary<int, (int From, int To)>();
        foreach (var (article, members) in membersOf.OrderBy(p => p.Key))
        {
            if (!sharing.TryGetValue(article, out var others))
            {
                continue;
            }

            foreach (var q in members)
            {
                int g = state.Key[q];
                if (full.Contains(g) || articlesOf[g].Count != 1)
                {
                    continue;
                }

                var found = targets.TryGetValue(g, out var set) ? set : targets[g] = [];
                foreach (var other in others)
                {
                    foreach (var s in membersOf[other])
                    {
                        int target = state.Key[s];
                        if (articlesOf[target].Count < 2 || LanguageOf(s) == LanguageOf(q))
                        {
                            continue;
                        }

                        var (matched, _, count, _, _) = words.Match(texts.Of[q], texts.Of[s]);
                        if (count >= SharedPieceMinWords && matched >= SharedPieceMinWords && matched >= SharedPieceMinShare * count)
                        {
                            found.Add(target);
                            first.TryAdd(g, (s, q));
                        }
                    }
                }
            }
        }

        var versions = VersionsByLanguage(texts, state);
        var stemsOf = new Dictionary<int, HashSet<string>>();
        var pieces = new Dictionary<int, List<int>>();
        for (int q = 0; q < state.Key.Length; q++)
        {
            if (!state.Fragment[q] && targets.TryGetValue(state.Key[q], out var set) && set.Count == 1)
            {
                (pieces.TryGetValue(state.Key[q], out var list) ? list : pieces[state.Key[q]] = []).Add(q);
            }
        }

        var moves = pieces.Where(p => p.Value.All(q => PieceInOwnLanguage(sorted, texts, state, versions, stemsOf, q, targets[p.Key].Min)))
            .ToDictionary(p => p.Key, p => targets[p.Key].Min);
        foreach (var (group, _) in moves.OrderBy(p => p.Key))
        {
            var (to, from) = first[group];
            evidence.Add(new Evidence(to, from, "cross-language: a piece whose words a statement of an article sharing one with its own holds"));
        }

        for (int q = 0; q < state.Key.Length; q++)
        {
            if (moves.TryGetValue(state.Key[q], out int target))
            {
                state.Key[q] = target;
                state.Fragment[q] = true;
            }
        }
    }
}
