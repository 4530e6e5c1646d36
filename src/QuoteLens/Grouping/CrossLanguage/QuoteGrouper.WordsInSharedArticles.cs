using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// Short sentences across languages within two articles that already carry one statement in common: see
/// <see cref="JoinByWordsInSharedArticles"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The most sentences of a stretch (between two anchors, or past the chain's ends) of either article that are aligned; a longer stretch is left alone.</summary>
    internal const int SharedArticlesMaxStretch = 12;

    /// <summary>The most two sentences matched word for word within two articles that share a statement may differ in length (ratio of character lengths).</summary>
    internal const double SharedArticlesMaxLengthRatio = 2.2;

    /// <summary>The fewest article pairs in which two shared groups with no language in common must pair for them to join (one measured worse on the held-out sets).</summary>
    internal const int SharedArticlesMinPairs = 2;

    /// <summary>
    /// The linker links two sentences only when at least three words of each find a counterpart, and sees each distinct text
    /// in one article only: a short translation ("La Turquie s'est proposée pour cela.", "La Turchia si è offerta per
    /// questo.") is never linked. Once grouping knows which articles of different languages carry a statement in common
    /// (a group joined across the two languages, an anchor), their other quoted sentences are aligned in order, stretch by
    /// stretch between the anchors (Gale–Church: order kept, lengths within <see cref="SharedArticlesMaxLengthRatio"/>,
    /// numbers and names agreeing), and two sentences pair when the linker linked them, or when every content word of the
    /// shorter finds a counterpart in the other (or a name, number or date does and half its words) and half the other's
    /// words find one in it; neither may be linked to another sentence of the other's article. A pair then joins as
    /// statement order joins across languages: a sentence whose group no other article carries joins the other's group
    /// unless that group has versions in its own language; two such sentences form one group; two shared groups with no
    /// language in common join when they pair so in two article pairs or more and pair with no other group but by noise, and
    /// the groups of a star join its centre (see <see cref="PairedSharedGroups"/>). A lone group that pairs with two groups,
    /// or a group that two lone groups of one language pair with, joins none: the step joins across languages only, and puts
    /// together two sentences of one language that same-language grouping kept apart only as two leaves of one star (two
    /// renderings of one statement, each in the place of its original).
    /// Article pairs come from groups of at most <see cref="CrossOrderMaxArticles"/> articles, stretches of at most
    /// <see cref="SharedArticlesMaxStretch"/> sentences are aligned: the work grows with the groups, not with the corpus's
    /// square (156 ms at 20,000 articles). Measured on the nine answer keys: cross-language P/R/F1 0.844/0.633/0.724 →
    /// 0.843/0.647/0.732 (3271/3874 → 3342/3963), same-language unchanged; held-out lukashenko 0.740/0.362/0.486 →
    /// 0.755/0.393/0.517, prigozhin 1411/3841 → 1412/3848; generated 5,000 unchanged. Looser terms measured worse: half the
    /// shorter's words without a name (F1 0.727), a third of the longer's (unchanged), length ratio 3 (unchanged), a shared
    /// pair in one article pair enough (0.734 on the nine keys but same-language precision down on prigozhin), the support
    /// rule of <see cref="JoinAcrossLanguagesByOrder"/> (0.729, lukashenko 0.512), short sentences only (0.729).
    /// </summary>
    private static void JoinByWordsInSharedArticles(Quote[] sorted, IdenticalTexts texts, Role[] roles, Assignment state, IReadOnlyList<CrossLanguage.CrossLanguageLink> crossLinks, CrossLanguage.LinkedTexts? words, List<Evidence> evidence)
    {
        if (words is null || crossLinks.Count == 0)
        {
            return;
        }

        int n = sorted.Length;
        var (membersOf, articlesOf, languagesOf) = MembersArticlesLanguages(texts, state);

        bool Shared(int key) => articlesOf.TryGetValue(key, out var s) && s.Count > 1;
        int LanguageOf(int q) => texts.Language[texts.Of[q]];

        // Pairs of articles of different languages that carry a group in common.
        var pairs = new HashSet<(int X, int Y)>();
        foreach (var (_, articles) in articlesOf)
        {
            if (articles.Count < 2 || articles.Count > CrossOrderMaxArticles)
            {
                continue;
            }

            for (int i = 0; i < articles.Count; i++)
            {
                for (int j = i + 1; j < articles.Count; j++)
                {
                    if (LanguageOf(articles[i]) != LanguageOf(articles[j]))
                    {
                        pairs.Add((articles[i], articles[j]));
                    }
                }
            }
        }

        var linked = new HashSet<(int, int)>();
        var linksOf = new Dictionary<int, List<int>>();
        foreach (var link in crossLinks)
        {
            linked.Add((link.A, link.B));
            (linksOf.TryGetValue(link.A, out var la) ? la : linksOf[link.A] = []).Add(link.B);
            (linksOf.TryGetValue(link.B, out var lb) ? lb : linksOf[link.B] = []).Add(link.A);
        }

        var anchors = new TextAnchors(sorted, texts);
        var proposals = new List<(int Lone, int Other)>();
        var both = new List<(int S, int T)>();
        foreach (var (x, y) in pairs.Order())
        {
            var mx = membersOf[x];
            var my = membersOf[y];
            var (chain, anchoredX, anchoredY) = AnchorChain(mx, my, state);
            if (chain.Count == 0)
            {
                continue;
            }

            // The stretches between consecutive anchors, and before the first and past the last.
            var bounds = new List<(int X, int Y)>(chain.Count + 2) { (-1, -1) };
            bounds.AddRange(chain);
            bounds.Add((mx.Count, my.Count));
            for (int k = 0; k + 1 < bounds.Count; k++)
            {
                var gx = Stretch(mx, anchoredX, bounds[k].X + 1, bounds[k + 1].X);
                var gy = Stretch(my, anchoredY, bounds[k].Y + 1, bounds[k + 1].Y);

                if (gx.Length == 0 || gy.Length == 0 || gx.Length > SharedArticlesMaxStretch || gy.Length > SharedArticlesMaxStretch)
                {
                    continue;
                }

                foreach (var (s, t) in Text.OrderedPairs.Best(gx, gy, Gain))
                {
                    if (!Shared(state.Key[s]))
                    {
                        proposals.Add((s, t));
                    }
                    else if (!Shared(state.Key[t]))
                    {
                        proposals.Add((t, s));
                    }
                    else
                    {
                        both.Add((s, t));
                    }
                }
            }
        }

        JoinBoth();

        // Each lone group pairs with one group only, and a group takes one lone group of each language: the step joins across
        // languages and never puts together two sentences of one language that same-language grouping kept apart.
        var targetsOf = new Dictionary<int, HashSet<int>>();
        var lonesOf = new Dictionary<(int Target, int Language), HashSet<int>>();
        foreach (var (lone, other) in proposals)
        {
            (targetsOf.TryGetValue(state.Key[lone], out var t) ? t : targetsOf[state.Key[lone]] = []).Add(state.Key[other]);
            (lonesOf.TryGetValue((state.Key[other], LanguageOf(lone)), out var l) ? l : lonesOf[(state.Key[other], LanguageOf(lone))] = []).Add(state.Key[lone]);
            if (!Shared(state.Key[other]))
            {
                (targetsOf.TryGetValue(state.Key[other], out var u) ? u : targetsOf[state.Key[other]] = []).Add(state.Key[lone]);
                (lonesOf.TryGetValue((state.Key[lone], LanguageOf(other)), out var v) ? v : lonesOf[(state.Key[lone], LanguageOf(other))] = []).Add(state.Key[other]);
            }
        }

        proposals = proposals.Where(p => targetsOf[state.Key[p.Lone]].Count == 1 && lonesOf[(state.Key[p.Other], LanguageOf(p.Lone))].Count == 1
            && (Shared(state.Key[p.Other]) || (targetsOf[state.Key[p.Other]].Count == 1 && lonesOf[(state.Key[p.Lone], LanguageOf(p.Other))].Count == 1))).ToList();
        JoinProposed(proposals, n, state, Shared, evidence, "cross-language: matched word for word within two articles that share a statement",
            keepPointingToMany: false, moved: q => state.Fragment[q] |= roles[texts.Of[q]] == Role.Fragment);
        JoinPiecesInSharedArticles(sorted, texts, state, words, evidence);

        int[] Stretch(List<int> members, bool[] anchored, int from, int to)
        {
            var list = new List<int>();
            for (int p = from; p < to; p++)
            {
                if (!anchored[p] && sorted[members[p]].Kind != QuoteKind.Scare)
                {
                    list.Add(members[p]);
                }
            }

            return [.. list];
        }

        // Two shared groups with no language in common that pair in two article pairs or more, and with no other group (but by
        // noise), join; a star of such groups joins its centre.
        void JoinBoth()
        {
            var merge = new Dictionary<int, int>();
            foreach (var (small, large, from, to) in PairedSharedGroups(both, state, g => articlesOf[g].Count, SharedArticlesMinPairs))
            {
                merge[small] = large;
                evidence.Add(new Evidence(from, to, "cross-language: statements matched word for word in several article pairs that share a statement"));
            }

            for (int q = 0; q < n; q++)
            {
                if (merge.TryGetValue(state.Key[q], out int large))
                {
                    state.Key[q] = large;
                }
            }
        }

        // What pairing two sentences of a stretch is worth (more when the linker linked them), or null when they may not pair.
        double? Gain(int a, int b)
        {
            if (state.Key[a] == state.Key[b] || LanguageOf(a) == LanguageOf(b)
                || (Shared(state.Key[a]) && Shared(state.Key[b]) && languagesOf[state.Key[a]].Any(languagesOf[state.Key[b]].Contains)))
            {
                return null;
            }

            var (lone, other) = Shared(state.Key[a]) ? (b, a) : (a, b);
            if (Shared(state.Key[other]) && languagesOf[state.Key[other]].Contains(LanguageOf(lone)))
            {
                return null;
            }

            int ta = texts.Of[a], tb = texts.Of[b];
            if (LinkedElsewhere(a, b) || LinkedElsewhere(b, a))
            {
                return null;
            }

            if (linked.Contains((Math.Min(ta, tb), Math.Max(ta, tb))))
            {
                return 2;
            }

            int la = sorted[a].Text.Length, lb = sorted[b].Text.Length;
            if (Math.Max(la, lb) > SharedArticlesMaxLengthRatio * Math.Min(la, lb) || !anchors.NumbersAgree(a, b) || !anchors.NamesAgree(a, b) || !anchors.NamesAgree(b, a))
            {
                return null;
            }

            var (ma, mb, wa, wb, anchor) = words.Match(ta, tb);
            if (ma == 0 || mb == 0)
            {
                return null;
            }

            // A name both write (first letters, romanised: Turquie, Turchia) that no dictionary matched is a matched word on both sides.
            if (!anchor && (anchors.SharesName(a, b) || anchors.SharesName(b, a)))
            {
                (ma, mb, anchor) = (Math.Min(wa, ma + 1), Math.Min(wb, mb + 1), true);
            }

            var (ms, ws, ml, wl) = wa <= wb ? (ma, wa, mb, wb) : (mb, wb, ma, wa);
            bool shorter = ms == ws || (anchor && 2 * ms >= ws);
            bool longer = 2 * ml >= wl;
            return shorter && longer ? 1 + ((double)(ma + mb) / (wa + wb)) : null;
        }

        // Whether the linker links sentence a to a sentence of b's article other than b.
        bool LinkedElsewhere(int a, int b)
            => LinkedInArticleElsewhere(texts, state, linksOf, a, b);
    }
}
