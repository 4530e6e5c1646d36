namespace QuoteLens.Grouping;

/// <content>
/// A version standing in the wrong group moves to the group of its near copy: see <see cref="MoveToNearCopies"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The least share of the larger key set of two same-language versions for one to be the other's near copy.</summary>
    internal const double NearCopyMoveMinShare = 0.6;

    /// <summary>
    /// How much more of the keys a version must share with its near copy than with the closest other version of its own
    /// language in its own group. Measured: 0 or 0.1 also moved putin-biden's "Biden, ele é mais experiente, mais
    /// previsível." (0.50 held, 0.67 to "Ele é uma pessoa mais experiente"): same 167/181 → 166/180.
    /// </summary>
    internal const double NearCopyMoveMargin = 0.2;

    /// <summary>The fewest keys two versions share for one to move to the other's group.</summary>
    internal const int NearCopyMoveMinKeys = 3;

    /// <summary>
    /// A version V of a group A of several versions moves to another group B when B holds a version W of V's language that
    /// is its near copy (they share at least <see cref="NearCopyMoveMinShare"/> of the larger one's keys), V shares less with
    /// every other same-language version of A (V is A's outlier), and V's article has no version in B yet. All of V's copies
    /// in A move together. When V is A's only version of its language, it moves only when B holds a version of every
    /// language V's cross-language links into A reach (so the link A stands on is not lost). When V and W could each move to
    /// the other's group, neither moves, nor does a version move into a group another one leaves. Decided on the groups as
    /// they stand, then applied, right after the left-behind versions move. Measured: crimean-bridge same 126/139 → 128/140,
    /// cross 1137/1346 → 1140/1349 (the Russian "Это очередной теракт киевского режима" joins "Это очередной
    /// террористический акт киевского режима"); nothing else moves (all keys same 4195/4868 → 4197/4869, F1 0.8096 →
    /// 0.8099; cross 24047/31621 → 24050/31624). Tried: letting groups trade versions (assembly cross 1655/2217 →
    /// 1604/2174, a French and an English version swapping statements) or pass one on (carlson same 159/188 → 162/188 but
    /// cross 1641/2207 → 1635/2178); running last, after the lone passes (same 4197/4867, cross 23994/31556).
    /// </summary>
    private static void MoveToNearCopies(IdenticalTexts texts, KeySpace same, Role[] roles, Assignment state, Link[] pairs, IReadOnlyList<CrossLanguage.CrossLanguageLink> crossLinks, List<Evidence> evidence)
    {
        var candidates = new List<(int T, int U, double Share)>();
        foreach (var link in pairs)
        {
            if (link.Cross || roles[link.A] != Role.Version || roles[link.B] != Role.Version)
            {
                continue;
            }

            double share = Share(same, link.A, link.B);
            if (share >= NearCopyMoveMinShare && IntSets.SharedCount(same.Keys[link.A], same.Keys[link.B]) >= NearCopyMoveMinKeys)
            {
                candidates.Add((link.A, link.B, share));
                candidates.Add((link.B, link.A, share));
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var members = new Dictionary<int, List<int>>();
        var wanted = new HashSet<int>();
        foreach (var (t, u, _) in candidates)
        {
            foreach (int q in texts.CopiesOf(t))
            {
                wanted.Add(state.Key[q]);
            }

            foreach (int q in texts.CopiesOf(u))
            {
                wanted.Add(state.Key[q]);
            }
        }

        for (int q = 0; q < state.Key.Length; q++)
        {
            if (!state.Fragment[q] && wanted.Contains(state.Key[q]))
            {
                (members.TryGetValue(state.Key[q], out var list) ? list : members[state.Key[q]] = []).Add(q);
            }
        }

        var crossOf = new Dictionary<int, List<int>>();
        foreach (var l in crossLinks)
        {
            (crossOf.TryGetValue(l.A, out var a) ? a : crossOf[l.A] = []).Add(l.B);
            (crossOf.TryGetValue(l.B, out var b) ? b : crossOf[l.B] = []).Add(l.A);
        }

        // Per (text, group): the best share with any other same-language version of the group, and whether the text is the group's only version of its language.
        var held = new Dictionary<(int, int), (double Best, bool Only)>();
        (double Best, bool Only) Held(int t, int g)
        {
            if (held.TryGetValue((t, g), out var h))
            {
                return h;
            }

            double best = 0;
            bool only = true;
            foreach (int m in members[g])
            {
                int o = texts.Of[m];
                if (o == t || texts.Language[o] != texts.Language[t])
                {
                    continue;
                }

                only = false;
                best = Math.Max(best, roles[o] == Role.Version ? Share(same, t, o) : 0);
            }

            return held[(t, g)] = (best, only);
        }

        // Proposals: text t leaves group a for group b, on witness r, at the given share and own hold.
        var proposals = new Dictionary<(int T, int A), (int B, int Witness, double Share)>();
        foreach (var (t, u, share) in candidates)
        {
            foreach (int q in texts.CopiesOf(t))
            {
                if (state.Fragment[q])
                {
                    continue;
                }

                int a = state.Key[q];
                if (proposals.ContainsKey((t, a)) && proposals[(t, a)].Share >= share)
                {
                    continue;
                }

                foreach (int r in texts.CopiesOf(u))
                {
                    int b = state.Key[r];
                    if (state.Fragment[r] || b == a || members[a].Count < 2)
                    {
                        continue;
                    }

                    var (own, only) = Held(t, a);
                    if (own + NearCopyMoveMargin >= share || !CanLeave(t, a, b, only) || HasArticleIn(t, a, b))
                    {
                        continue;
                    }

                    proposals[(t, a)] = (b, r, share);
                    break;
                }
            }
        }

        // A group a version leaves takes none in, and a group that takes one in loses none: no two groups trade versions,
        // and no version moves on into a group another one leaves.
        var leaving = proposals.Keys.Select(p => p.A).ToHashSet();
        var taking = proposals.Values.Select(p => p.B).ToHashSet();
        foreach (var ((t, a), (b, witness, _)) in proposals.OrderBy(p => p.Key.T).ThenBy(p => p.Key.A))
        {
            if (leaving.Contains(b) || taking.Contains(a))
            {
                continue;
            }

            foreach (int q in texts.CopiesOf(t))
            {
                if (!state.Fragment[q] && state.Key[q] == a)
                {
                    state.Key[q] = b;
                    evidence.Add(new Evidence(witness, q, "near copy: shares most keys with a version here, more than with any of its own group's"));
                }
            }
        }

        // V's article has another version in B, or a copy of V stands in B already.
        bool HasArticleIn(int t, int a, int b)
        {
            foreach (int q in texts.CopiesOf(t))
            {
                if (state.Key[q] != a)
                {
                    continue;
                }

                foreach (int m in members[b])
                {
                    if (state.Article[m] == state.Article[q])
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // The only version of its language in a leaves only when b holds every language its links into a reach.
        bool CanLeave(int t, int a, int b, bool only)
        {
            if (!only || !crossOf.TryGetValue(t, out var others))
            {
                return true;
            }

            foreach (int o in others)
            {
                bool inA = false;
                foreach (int c in texts.CopiesOf(o))
                {
                    inA |= state.Key[c] == a;
                }

                if (inA && !members[b].Exists(m => texts.Language[texts.Of[m]] == texts.Language[o]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The keys texts <paramref name="t"/> and <paramref name="u"/> share, as a share of the larger key set.</summary>
    private static double Share(KeySpace same, int t, int u) =>
        (double)IntSets.SharedCount(same.Keys[t], same.Keys[u]) / Math.Max(same.Keys.Length(t), same.Keys.Length(u));
}
