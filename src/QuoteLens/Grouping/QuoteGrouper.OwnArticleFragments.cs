using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// A piece of a statement that its own article quotes whole is that statement's fragment: see <see cref="AttachOwnArticlePieces"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The groups that two articles or more stand in, with versions or fragments alike.</summary>
    private static HashSet<int> SharedGroups(Assignment state)
    {
        var firstArticle = new Dictionary<int, int>();
        var shared = new HashSet<int>();
        for (int q = 0; q < state.Key.Length; q++)
        {
            int key = state.Key[q];
            if (!firstArticle.TryGetValue(key, out int article))
            {
                firstArticle[key] = state.Article[q];
            }
            else if (article != state.Article[q])
            {
                shared.Add(key);
            }
        }

        return shared;
    }

    /// <summary>
    /// A partial or scare quote (or a full sentence of two keys or more) that stands alone (no other article in its group)
    /// whose every key a longer version of its own article carries, in its own language, in a group that other articles
    /// share, is a piece of that statement: the headline's «Der Präsident irrt gewaltig» over the body's «Was den Verrat am
    /// Vaterland angeht, so irrt der Präsident gewaltig», the lede's "inescapable punishment" before the address's "Anyone
    /// who consciously embarked on a path of betrayal, …". It joins that group as a fragment (not a
    /// version: it never links groups). The fragment pass (<see cref="AttachContained"/>) asks for containing versions in
    /// other articles, which a piece only its own article carries whole has none of; this pass runs last, after every
    /// join and move, so that no other pass builds on it (a fragment there ties its container to a group it would leave).
    /// Of several containers, the one in the group most articles carry, then the first.
    /// </summary>
    private static void AttachOwnArticlePieces(Quote[] sorted, IdenticalTexts texts, KeySpace same, Assignment state, HashSet<int> shared, List<Evidence> evidence)
    {
        int n = sorted.Length;

        // Per group, the articles with versions in it.
        var versionArticles = new Dictionary<int, HashSet<int>>();
        for (int q = 0; q < n; q++)
        {
            if (!state.Fragment[q])
            {
                (versionArticles.TryGetValue(state.Key[q], out var set) ? set : versionArticles[state.Key[q]] = []).Add(state.Article[q]);
            }
        }

        int start = 0;
        while (start < n)
        {
            int end = start;
            while (end < n && state.Article[end] == state.Article[start])
            {
                end++;
            }

            for (int q = start; q < end; q++)
            {
                int t = texts.Of[q];
                int keyCount = same.Keys.Length(t);
                if (keyCount < (sorted[q].Kind == QuoteKind.Full ? 2 : 1) || shared.Contains(state.Key[q]))
                {
                    continue;
                }

                int best = -1, bestArticles = 0;
                for (int c = start; c < end; c++)
                {
                    int other = texts.Of[c];
                    if (c == q || state.Fragment[c] || !shared.Contains(state.Key[c]) || texts.Language[other] != texts.Language[t]
                        || same.Keys.Length(other) <= keyCount || !Contained(same, t, other, keyCount))
                    {
                        continue;
                    }

                    int articles = versionArticles.TryGetValue(state.Key[c], out var set) ? set.Count : 0;
                    if (articles > bestArticles)
                    {
                        (best, bestArticles) = (c, articles);
                    }
                }

                if (best >= 0 && bestArticles > 1)
                {
                    state.Key[q] = state.Key[best];
                    state.Fragment[q] = true;
                    evidence.Add(new Evidence(best, q, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fragment: its {keyCount} keys in a version of its own article")));
                }
            }

            start = end;
        }
    }
}
