using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// Short quotes told two ways in articles of one story are one utterance: see <see cref="JoinNearCopiesByContext"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>How many texts one pair of keys may list before it is too common to tell near copies apart.</summary>
    private const int NearCopyMaxTexts = 64;

    /// <summary>How many copies of each of two texts are compared for a shared context.</summary>
    private const int NearCopyMaxCopies = 16;

    /// <summary>
    /// Two short quotes of one language with three keys each, two of them shared ("Nous verrons ce que diront les
    /// enquêteurs." / "Nous verrons ce que les enquêteurs ont à dire"; "received the necessary orders" / "have been given
    /// the necessary orders"), are one short utterance told two ways when their articles tell the same story: they carry
    /// versions of another shared group, or name the same speaker. Neither contains the other, so neither the context pass
    /// (same keys only) nor the containment pass joins them. A copy that stands alone (its group has no other article)
    /// joins the group of the other's copy; two groups of several articles are never merged here. Says whether any moved.
    /// </summary>
    private static bool JoinNearCopiesByContext(Quote[] sorted, IdenticalTexts texts, KeySpace same, Role[] roles, Assignment state, List<Evidence> evidence)
    {
        const int Keys = 3;
        bool Candidate(int t) => roles[t] != Role.Version && same.Keys.Length(t) == Keys && !texts.Empty[t];

        // Every pair of a text's keys, listed: two texts of three keys sharing two share one such pair.
        var byPair = new Dictionary<(int Language, int A, int B), List<int>>();
        var sortedKeys = new int[texts.Count][];
        for (int t = 0; t < texts.Count; t++)
        {
            if (!Candidate(t))
            {
                continue;
            }

            var keys = same.Keys[t].ToArray();
            Array.Sort(keys);
            sortedKeys[t] = keys;
            for (int i = 0; i < keys.Length; i++)
            {
                for (int j = i + 1; j < keys.Length; j++)
                {
                    var pair = (texts.Language[t], keys[i], keys[j]);
                    (byPair.TryGetValue(pair, out var list) ? list : byPair[pair] = []).Add(t);
                }
            }
        }

        bool any = false;
        var joined = new HashSet<int>();
        foreach (var list in byPair.OrderBy(p => p.Key.Language).ThenBy(p => p.Key.A).ThenBy(p => p.Key.B).Select(p => p.Value))
        {
            if (list.Count < 2 || list.Count > NearCopyMaxTexts)
            {
                continue;
            }

            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    int t = list[i], u = list[j];
                    if (sortedKeys[t].Intersect(sortedKeys[u]).Count() != Keys - 1
                        || IsQuestion(sorted[texts.First[t]].Text) != IsQuestion(sorted[texts.First[u]].Text))
                    {
                        // Same keys: the context pass's; all three: not near copies. A question is not a statement.
                        continue;
                    }

                    any |= JoinNearCopy(t, u) | JoinNearCopy(u, t);
                }
            }
        }

        return any;

        // The lone copies of text t join the group of a copy of text u in another article of the same story.
        bool JoinNearCopy(int t, int u)
        {
            bool moved = false;
            int seen = 0;
            foreach (var q in texts.CopiesOf(t))
            {
                if (++seen > NearCopyMaxCopies)
                {
                    break;
                }

                if (state.Fragment[q] || state.ArticlesOf(state.Key[q]) > 1 || joined.Contains(state.Key[q]))
                {
                    continue;
                }

                int others = 0;
                foreach (var r in texts.CopiesOf(u))
                {
                    if (++others > NearCopyMaxCopies)
                    {
                        break;
                    }

                    if (state.Fragment[r] || state.Article[r] == state.Article[q] || state.Key[r] == state.Key[q])
                    {
                        continue;
                    }

                    int root = state.SharedContext(q, r);
                    string? context = root >= 0 ? "context: shares {0}" : null;

                    if (context is null && SpeakerOf(sorted[q]) is { } a && SpeakerOf(sorted[r]) is { } b && string.Equals(a.Key, b.Key, StringComparison.Ordinal))
                    {
                        context = "context: speaker " + a.Written;
                    }

                    if (context is null)
                    {
                        continue;
                    }

                    state.Key[q] = state.Key[r];
                    joined.Add(state.Key[r]);
                    evidence.Add(new Evidence(r, q, "near copy: 2 of its 3 keys; " + context, root));
                    moved = true;
                    break;
                }
            }

            return moved;
        }
    }
}
