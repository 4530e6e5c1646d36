using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// A version alone in its article's group that is, with a version of another language, each other's strongest link joins
/// that version's group when the two agree on names and numbers: see <see cref="JoinMutualBestLinks"/>; a version its shared
/// group holds weakly follows such a link alone: see <see cref="MoveWeakVersions"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>How much stronger than its second best link into a language a version's best link there must be to count as its best.</summary>
    internal const double MutualMargin = 0.1;

    /// <summary>
    /// The links whose two texts are each other's strongest link into the other's language, by <see cref="MutualMargin"/>
    /// over the second strongest (a text with a single link into a language has that link as its best).
    /// </summary>
    /// <param name="links">The linker's links between distinct texts.</param>
    /// <param name="language">The language of each text.</param>
    internal static List<CrossLanguageLink> MutualBestLinks(IReadOnlyList<CrossLanguageLink> links, Func<int, int> language)
    {
        var best = new Dictionary<(int Text, int Language), (int Other, double First, double Second)>();
        void Weigh(int text, int other, double similarity)
        {
            var key = (text, language(other));
            if (!best.TryGetValue(key, out var had))
            {
                best[key] = (other, similarity, 0);
            }
            else if (similarity > had.First)
            {
                best[key] = (other, similarity, had.First);
            }
            else if (similarity > had.Second)
            {
                best[key] = (had.Other, had.First, similarity);
            }
        }

        foreach (var link in links)
        {
            Weigh(link.A, link.B, link.Similarity);
            Weigh(link.B, link.A, link.Similarity);
        }

        bool Best(int a, int b) => best[(a, language(b))] is var x && x.Other == b && x.First - x.Second >= MutualMargin;
        return links.Where(l => Best(l.A, l.B) && Best(l.B, l.A)).ToList();
    }

    /// <summary>
    /// Measured on the linker's "linked" misses (cross-language key pairs whose two versions the linker links directly but that
    /// end in different groups: 2,195 on the twenty-five readable keys), most were refused by clustering's density guard
    /// between two groups and never joined (800 version pairs, 1,339 with pieces). Once grouping is done, a version whose
    /// group holds one article only and that is, with a version of another language, each other's strongest link into
    /// that language (<see cref="MutualBestLinks"/>) joins the other's group, when the two groups share no language, the
    /// two sentences agree on numbers and names (every name one writes stands in the other, and a name or both write a
    /// number: <see cref="TextAnchors"/>), and their speakers, when both are named, are one (each group takes one such join).
    /// Measured on all thirty-two keys: cross-language 24047/31621 → 24099/31699 (F1 0.6599 → 0.6606; lukashenko-crocus
    /// 1267/1389 → 1295/1418, prigozhin-ammunition 533/682 → 539/692, putin-direct-line 708/1116 → 711/1125), same-language
    /// 4195/4868 → 4195/4869 (il76 one false pair), speakers and quotes unchanged; the five 3529/4781 → 3536/4794. Without
    /// the anchors 24268/32590 (F1 0.6573); without the speaker check 24113/31766 and zaluzhny one speaker less; joining
    /// two shared groups so (no one-article condition) 23963/32167 and same-language 4195 → 4168; run before the statement
    /// order passes instead of last, same-language 4186 and cross 24171/31856 with houthi −15 true pairs.
    /// </summary>
    private static void JoinMutualBestLinks(Quote[] sorted, IdenticalTexts texts, Assignment state, IReadOnlyList<CrossLanguageLink> crossLinks, List<Evidence> evidence)
    {
        if (crossLinks.Count == 0)
        {
            return;
        }

        var languages = new Dictionary<int, HashSet<int>>();
        var members = new Dictionary<int, List<int>>();
        for (int q = 0; q < state.Key.Length; q++)
        {
            (members.TryGetValue(state.Key[q], out var list) ? list : members[state.Key[q]] = []).Add(q);
            if (!state.Fragment[q])
            {
                (languages.TryGetValue(state.Key[q], out var set) ? set : languages[state.Key[q]] = []).Add(texts.Language[texts.Of[q]]);
            }
        }

        var anchors = new TextAnchors(sorted, texts);
        var mutual = MutualBestLinks(crossLinks, t => texts.Language[t]);
        var joined = new HashSet<int>();
        foreach (var link in mutual)
        {
            int qa = texts.First[link.A], qb = texts.First[link.B];
            int ga = state.Key[qa], gb = state.Key[qb];
            if (ga == gb || state.Fragment[qa] || state.Fragment[qb] || joined.Contains(ga) || joined.Contains(gb)
                || !languages.TryGetValue(ga, out var la) || !languages.TryGetValue(gb, out var lb) || la.Overlaps(lb)
                || !Anchored(anchors, sorted, qa, qb) || (sorted[qa].SpeakerKey is { Length: > 0 } && sorted[qb].SpeakerKey is { Length: > 0 } && !SameSpeaker(sorted[qa], sorted[qb])))
            {
                continue;
            }

            var (into, from) = members[ga].Count >= members[gb].Count ? (ga, gb) : (gb, ga);
            if (members[from].Select(q => state.Article[q]).Distinct().Count() > 1)
            {
                continue;
            }

            foreach (int q in members[from])
            {
                state.Key[q] = into;
            }

            members[into].AddRange(members[from]);
            members.Remove(from);
            languages[into].UnionWith(languages[from]);
            languages.Remove(from);
            joined.Add(into);
            evidence.Add(new Evidence(qa, qb, "cross-language: each other's strongest link"));
        }

        // Then a version its group holds weakly follows a link that is both sides' strongest.
        MoveWeakVersions(sorted, texts, state, crossLinks, mutual, anchors, members, evidence);
    }

    /// <summary>The least share of the longer one's content words the shorter of two versions must have for a weak member to follow their link.</summary>
    internal const double WeakMoveLengthShare = 0.6;

    /// <summary>
    /// Whether a version whose mutual best link (<paramref name="link"/>) points into another group is its own group's weak
    /// member there: each of its links into its own group (<paramref name="ownLinks"/>) is weaker than that link, and the
    /// other group holds at least as many articles (<paramref name="intoArticles"/>) as the rest of its own group
    /// (<paramref name="ownArticles"/>): a version does not leave a well-attested statement for a thinly attested one.
    /// </summary>
    internal static bool WeakerAtHome(double link, IEnumerable<double> ownLinks, int ownArticles, int intoArticles) =>
        intoArticles >= ownArticles && ownLinks.All(s => s < link);

    /// <summary>Whether two versions of <paramref name="a"/> and <paramref name="b"/> content words are close enough in length (<see cref="WeakMoveLengthShare"/>).</summary>
    internal static bool CloseInLength(int a, int b) => Math.Min(a, b) >= WeakMoveLengthShare * Math.Max(a, b);

    /// <summary>
    /// After <see cref="JoinMutualBestLinks"/>, a full quote that is its language's only text in a group shared by other
    /// languages, and that is, with a full quote of another group, each other's strongest link into the other's language
    /// (<see cref="MutualBestLinks"/>), moves there alone (with its identical copies of that group) when it is its group's
    /// weak member (<see cref="WeakerAtHome"/>), the two are close in length (<see cref="CloseInLength"/>), the other group
    /// holds neither its article nor its language, the two sentences agree on names and numbers (<see cref="Anchored"/>)
    /// and named speakers agree; each group gives or takes one such version. Measured on all thirty-two keys: cross-language
    /// 24106/31683 → 24115/31688 (F1 0.6610 → 0.6612; zaluzhny 657/786 → 663/791, German "Russland beherrscht den Himmel"
    /// joins "Russia controls the sky"; putin-assembly 1656/2222 → 1659/2224; putin-carlson 1641/2207 → 1641/2205), same-language,
    /// speakers and quotes unchanged. Without the article-count condition 24111/31696 with same-language 4198/4861 → 4198/4859
    /// (putin-assembly −28 cross true pairs in one version: an Italian sentence left the large group of its statement for an
    /// English rendering wrongly grouped with another sentence); without the full-quote and length conditions a full Italian
    /// sentence followed a French piece (crimean −15 true); a margin of 0.1 over its own links, or more summed link strength
    /// into the other group than into its own, did not stop that move. It takes the mutual links, the anchors and the
    /// members by group (<paramref name="members"/>) as <see cref="JoinMutualBestLinks"/> left them, and keeps the members current.
    /// </summary>
    private static void MoveWeakVersions(
        Quote[] sorted, IdenticalTexts texts, Assignment state, IReadOnlyList<CrossLanguageLink> crossLinks, List<CrossLanguageLink> mutual,
        TextAnchors anchors, Dictionary<int, List<int>> members, List<Evidence> evidence)
    {
        var linked = new Dictionary<int, List<(int Other, double Similarity)>>();
        foreach (var link in crossLinks)
        {
            (linked.TryGetValue(link.A, out var la) ? la : linked[link.A] = []).Add((link.B, link.Similarity));
            (linked.TryGetValue(link.B, out var lb) ? lb : linked[link.B] = []).Add((link.A, link.Similarity));
        }

        var touched = new HashSet<int>();
        foreach (var link in mutual)
        {
            foreach (var (v, w) in new[] { (link.A, link.B), (link.B, link.A) })
            {
                int qv = texts.First[v], qw = texts.First[w];
                int gv = state.Key[qv], gw = state.Key[qw];
                if (gv == gw || sorted[qv].Kind != QuoteKind.Full || sorted[qw].Kind != QuoteKind.Full || touched.Contains(gv) || touched.Contains(gw)
                    || (crossLinks is LinkedTexts words && !CloseInLength(words.WordCount(v), words.WordCount(w)))
                    || !Anchored(anchors, sorted, qv, qw) || (sorted[qv].SpeakerKey is { Length: > 0 } && sorted[qw].SpeakerKey is { Length: > 0 } && !SameSpeaker(sorted[qv], sorted[qw])))
                {
                    continue;
                }

                int language = texts.Language[v];
                var own = members[gv].Where(q => !state.Fragment[q] && texts.Of[q] != v).ToList();
                var into = members[gw].Where(q => !state.Fragment[q]).ToList();
                if (own.Count == 0 || own.Any(q => texts.Language[texts.Of[q]] == language)
                    || into.Any(q => texts.Language[texts.Of[q]] == language || state.Article[q] == state.Article[qv]))
                {
                    continue;
                }

                var ownTexts = own.Select(q => texts.Of[q]).ToHashSet();
                var ownLinks = linked[v].Where(o => ownTexts.Contains(o.Other)).Select(o => o.Similarity);
                if (!WeakerAtHome(link.Similarity, ownLinks, own.Select(q => state.Article[q]).Distinct().Count(), into.Select(q => state.Article[q]).Distinct().Count()))
                {
                    continue;
                }

                var moving = members[gv].Where(q => texts.Of[q] == v).ToList();
                foreach (int q in moving)
                {
                    state.Key[q] = gw;
                }

                members[gv].RemoveAll(moving.Contains);
                members[gw].AddRange(moving);
                touched.Add(gv);
                touched.Add(gw);
                evidence.Add(new Evidence(qv, qw, "cross-language: a weak member follows its strongest link"));
                break;
            }
        }
    }

    /// <summary>Whether two sentences agree on numbers and names and share one of them (a name, or both write a number).</summary>
    private static bool Anchored(TextAnchors anchors, Quote[] sorted, int qa, int qb) =>
        anchors.NumbersAgree(qa, qb) && anchors.NamesAgree(qa, qb) && anchors.NamesAgree(qb, qa)
        && (anchors.SharesName(qa, qb) || anchors.SharesName(qb, qa) || (Numbers(sorted[qa].Text).Length > 0 && Numbers(sorted[qb].Text).Length > 0));
}
