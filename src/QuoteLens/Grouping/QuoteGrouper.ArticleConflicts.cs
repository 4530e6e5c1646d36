using QuoteLens.Quotes;
using static System.FormattableString;

namespace QuoteLens.Grouping;

/// <content>
/// Two plainly different sentences of one article are two statements: see <see cref="SeparateArticleConflicts"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>By how much one of two conflicting versions must stand further off the group than the other (in length, else in links) to leave it.</summary>
    internal const double ConflictRatio = 1.5;

    /// <summary>The most of the smaller one's keys that two sentences of one article may share and still be two statements.</summary>
    internal const double ConflictMaxShared = 0.6;

    /// <summary>How many rounds the sentences tied to a leaving version are looked for (each round follows one more link).</summary>
    private const int ConflictFollowRounds = 4;

    /// <summary>
    /// An article that quotes two full sentences sharing at most <see cref="ConflictMaxShared"/> of the smaller one's keys quotes
    /// two statements, so a group that holds both (joined through different outlets' links, each a fair match on its own)
    /// merges two: "puis ils ont fait demi-tour et se sont dirigés vers la frontière entre l'Ukraine" and "Ils ont tenté de
    /// se cacher et se sont dirigés vers l'Ukraine, où … une fenêtre leur était ouverte …" of one French article stood in one
    /// group, the long sentence linked to every version of the short statement by the words it repeats. Of the two, the one
    /// whose length (its keys) stands further from the median of the group's versions — <see cref="ConflictRatio"/> times
    /// further — leaves; failing that, the one whose links to the rest of the group (same-language and cross-language, each
    /// weighed by how alike the two texts are in length) weigh <see cref="ConflictRatio"/> times less. The versions that leave
    /// one group join each other where they are linked, and take with them their identical copies and every member whose
    /// own links reach them more than they reach what stays, or whose keys are exactly a leaving sentence's keys (fragments by
    /// their links as found: a one-word piece is short by nature). Runs once, after every join, before left-behind versions follow their links.
    /// </summary>
    private static void SeparateArticleConflicts(Quote[] sorted, IdenticalTexts texts, QuoteFacts facts, KeySpace same, Quote[] reps, Role[] roles, Assignment state, Link[] pairs, IReadOnlyList<CrossLanguage.CrossLanguageLink> crossLinks, List<Evidence> evidence)
    {
        var conflicts = ArticleConflicts(sorted, texts, facts, same, reps, roles, state);
        if (conflicts.Count == 0)
        {
            return;
        }

        var inConflict = conflicts.Select(c => state.Key[c.A]).ToHashSet();
        var linked = LinksOfGroups(sorted.Length, texts, same, state, inConflict, pairs, crossLinks);
        var ties = FragmentTies(state, inConflict, evidence);
        int fresh = texts.Count + sorted.Length;
        var membersOf = state.ByGroup(q => inConflict.Contains(state.Key[q]));

        foreach (var group in conflicts.Select(c => state.Key[c.A]).Distinct().ToList())
        {
            var members = membersOf[group];
            var leaving = new HashSet<int>();
            var said = new List<(int Weaker, int Stronger)>();
            foreach (var (a, b) in conflicts.Where(c => state.Key[c.A] == group))
            {
                if (leaving.Contains(texts.Of[a]) || leaving.Contains(texts.Of[b]))
                {
                    // One of the two leaves already.
                    continue;
                }

                var staying = members.Where(m => !leaving.Contains(texts.Of[m])).ToList();
                double offA = OffLength(a, staying), offB = OffLength(b, staying);
                double supportA = Support(a, staying), supportB = Support(b, staying);
                int weaker = offA >= ConflictRatio * offB ? a : offB >= ConflictRatio * offA ? b
                    : supportA * ConflictRatio <= supportB ? a : supportB * ConflictRatio <= supportA ? b : -1;
                weaker = weaker >= 0 ? weaker : PartialOfEvenPair(sorted, a, b);

                if (weaker >= 0)
                {
                    leaving.Add(texts.Of[weaker]);
                    said.Add((weaker, weaker == a ? b : a));
                }
            }

            if (leaving.Count == 0)
            {
                continue;
            }

            // The leaving texts that link to one another leave together.
            // The leaving texts that link to one another leave together (each tie said as evidence, so that it holds).
            var parts = new Dictionary<int, int>();
            int Root(int t)
            {
                while (parts.TryGetValue(t, out int up) && up != t)
                {
                    t = up;
                }

                return t;
            }

            var copyOf = members.Where(q => leaving.Contains(texts.Of[q])).GroupBy(q => texts.Of[q]).ToDictionary(g => g.Key, g => g.Min());
            foreach (int t in leaving.Order())
            {
                foreach (var link in linked[t].Where(l => leaving.Contains(l.Text)))
                {
                    int ra = Root(t), rb = Root(link.Text);
                    if (ra != rb)
                    {
                        parts[Math.Max(ra, rb)] = Math.Min(ra, rb);
                        evidence.Add(new Evidence(copyOf[t], copyOf[link.Text], Invariant($"apart: left its group with a sentence it links to (similarity {link.Similarity:0.00})")));
                    }
                }
            }

            var part = new Dictionary<int, int>();
            foreach (int q in members.Where(q => leaving.Contains(texts.Of[q])))
            {
                part[q] = Root(texts.Of[q]);
            }

            for (int round = 0; round < ConflictFollowRounds && Follow(members, part); round++)
            {
            }

            var keys = new Dictionary<int, int>();
            foreach (var (q, root) in part.OrderBy(p => p.Key))
            {
                state.Key[q] = keys.TryGetValue(root, out int key) ? key : keys[root] = fresh++;
            }

            foreach (var (weaker, stronger) in said)
            {
                evidence.Add(new Evidence(stronger, weaker, "apart: one article quotes both as two statements"));
            }
        }

        // Members not yet leaving whose links reach one leaving part more than they reach what stays join that part.
        bool Follow(List<int> members, Dictionary<int, int> part)
        {
            var partOfText = new Dictionary<int, int>();
            foreach (var (q, root) in part)
            {
                partOfText[texts.Of[q]] = root;
            }

            var stayingTexts = members.Where(q => !part.ContainsKey(q)).Select(q => texts.Of[q]).ToHashSet();
            var joins = new List<(int Quote, int Part)>();
            foreach (int q in members.Where(q => !part.ContainsKey(q)))
            {
                if (partOfText.TryGetValue(texts.Of[q], out int copyPart))
                {
                    joins.Add((q, copyPart));
                    continue;
                }

                if (SameKeysAsLeaving(texts.Of[q], partOfText) is (int keysPart, int keysText))
                {
                    // A sentence with exactly the keys of a leaving one is its version and goes with it ("Открыли огонь по ней."
                    // with "Открыли огонь.", in the group only through it). Measured with ShortSentenceOfOnePassage:
                    // rdk-bryansk-raid-2023-03 same 120/146 -> 125/144, cross 602/837 -> 611/813; nothing else moves.
                    joins.Add((q, keysPart));
                    evidence.Add(new Evidence(part.Where(p => texts.Of[p.Key] == keysText).Min(p => p.Key), q, "apart: has the keys of a sentence that left its group"));
                    continue;
                }

                if (state.Fragment[q])
                {
                    // A fragment goes where the versions that brought it in go (else the fragments that did), when all go to one part.
                    var from = ties.GetValueOrDefault(q, []);
                    var by = from.Any(f => !state.Fragment[f]) ? from.Where(f => !state.Fragment[f]).ToList() : from;
                    var went = by.Select(f => part.TryGetValue(f, out int root) ? root : -1).Distinct().ToList();
                    if (went is [var only] && only >= 0)
                    {
                        joins.Add((q, only));
                        evidence.Add(new Evidence(by.Min(), q, "apart: follows the sentences that left its group"));
                    }

                    continue;
                }

                var toPart = new Dictionary<int, double>();
                double toStaying = 0;
                foreach (var (p, _, weighed) in linked[texts.Of[q]])
                {
                    if (partOfText.TryGetValue(p, out int root))
                    {
                        toPart[root] = toPart.GetValueOrDefault(root) + weighed;
                    }
                    else if (p != texts.Of[q] && stayingTexts.Contains(p))
                    {
                        toStaying += weighed;
                    }
                }

                if (toPart.Count > 0 && toPart.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First() is var best && best.Value > toStaying)
                {
                    joins.Add((q, best.Key));
                    var witness = linked[texts.Of[q]].Where(l => partOfText.GetValueOrDefault(l.Text, -1) == best.Key).MaxBy(l => l.Similarity);
                    evidence.Add(new Evidence(part.Where(p => texts.Of[p.Key] == witness.Text).Min(p => p.Key), q, Invariant($"apart: follows the sentences that left its group (similarity {witness.Similarity:0.00})")));
                }
            }

            foreach (var (q, root) in joins)
            {
                part[q] = root;
            }

            return joins.Count > 0;
        }

        // The part and the text of the first leaving text with exactly t's keys, if any.
        (int Part, int Text)? SameKeysAsLeaving(int t, Dictionary<int, int> partOfText)
        {
            int length = same.Keys.Length(t);
            if (length == 0)
            {
                return null;
            }

            (int Part, int Text)? first = null;
            foreach (var (p, root) in partOfText)
            {
                if ((first is null || p < first.Value.Text) && same.Keys.Length(p) == length && same.Index.Shared(t, p).Count == length)
                {
                    first = (root, p);
                }
            }

            return first;
        }

        // The weighed links of q's text to texts with a version in the group, other than copies in q's own article.
        double Support(int q, List<int> members)
        {
            var inGroup = members.Where(m => !state.Fragment[m] && state.Article[m] != state.Article[q]).Select(m => texts.Of[m]).ToHashSet();
            inGroup.Remove(texts.Of[q]);
            return linked[texts.Of[q]].Where(l => inGroup.Contains(l.Text)).Sum(l => l.Weighed);
        }

        // How far q's length (its keys) stands from the median length of the group's versions in other articles, as a ratio >= 1.
        double OffLength(int q, List<int> members)
        {
            var lengths = members.Where(m => !state.Fragment[m] && state.Article[m] != state.Article[q]).Select(m => texts.Of[m]).Distinct()
                .Select(t => Math.Max(1, same.Keys.Length(t))).Order().ToList();
            if (lengths.Count == 0)
            {
                return 1;
            }

            double median = lengths.Count % 2 == 1 ? lengths[lengths.Count / 2] : (lengths[(lengths.Count / 2) - 1] + lengths[lengths.Count / 2]) / 2.0;
            double length = Math.Max(1, same.Keys.Length(texts.Of[q]));
            return Math.Max(length / median, median / length);
        }
    }

    /// <summary>
    /// The links (same-language and cross-language) of every text with a copy in <paramref name="groups"/>, once per linked text
    /// (the strongest), in a fixed order: the similarity as found and weighed by how alike the two texts are in length (the
    /// linker measures how much of the shorter one the longer holds, so a long sentence that repeats a few words of a short
    /// statement links to all its versions).
    /// </summary>
    private static Dictionary<int, List<(int Text, double Similarity, double Weighed)>> LinksOfGroups(int count, IdenticalTexts texts, KeySpace same, Assignment state, HashSet<int> groups, Link[] pairs, IReadOnlyList<CrossLanguage.CrossLanguageLink> crossLinks)
    {
        var found = new Dictionary<int, Dictionary<int, double>>();
        for (int q = 0; q < count; q++)
        {
            if (groups.Contains(state.Key[q]))
            {
                found.TryAdd(texts.Of[q], []);
            }
        }

        void Note(int a, int b, double similarity)
        {
            if (found.TryGetValue(a, out var links) && similarity > links.GetValueOrDefault(b))
            {
                links[b] = similarity;
            }
        }

        EachLinkBothWays(pairs, crossLinks, Note);

        return found.ToDictionary(p => p.Key, p => p.Value.OrderBy(l => l.Key).Select(l =>
        {
            int la = Math.Max(1, same.Keys.Length(p.Key)), lb = Math.Max(1, same.Keys.Length(l.Key));
            return (l.Key, l.Value, l.Value * Math.Min(la, lb) / Math.Max(la, lb));
        }).ToList());
    }

    /// <summary>Per fragment of <paramref name="groups"/>, the sentences of its group that the evidence says brought it in.</summary>
    private static Dictionary<int, List<int>> FragmentTies(Assignment state, HashSet<int> groups, List<Evidence> evidence)
    {
        var ties = new Dictionary<int, List<int>>();
        foreach (var e in evidence)
        {
            if (state.Fragment[e.To] && groups.Contains(state.Key[e.To]) && state.Key[e.From] == state.Key[e.To] && e.From != e.To)
            {
                (ties.TryGetValue(e.To, out var list) ? list : ties[e.To] = []).Add(e.From);
            }
        }

        return ties;
    }

    /// <summary>
    /// Pairs of versions (sentence indexes) that one article quotes as two statements (<see cref="TwoStatements"/>,
    /// <see cref="ShortSentenceOfOnePassage"/>) and that stand
    /// in one group, by group and article.
    /// </summary>
    private static List<(int A, int B)> ArticleConflicts(Quote[] sorted, IdenticalTexts texts, QuoteFacts facts, KeySpace same, Quote[] reps, Role[] roles, Assignment state)
    {
        var byGroupAndArticle = new Dictionary<(int Group, int Article), List<int>>();
        for (int q = 0; q < state.Key.Length; q++)
        {
            if (!state.Fragment[q])
            {
                var at = (state.Key[q], state.Article[q]);
                (byGroupAndArticle.TryGetValue(at, out var list) ? list : byGroupAndArticle[at] = []).Add(q);
            }
        }

        var conflicts = new List<(int A, int B)>();
        foreach (var (_, quotes) in byGroupAndArticle.OrderBy(p => p.Key.Group).ThenBy(p => p.Key.Article))
        {
            for (int i = 0; i < quotes.Count; i++)
            {
                for (int j = i + 1; j < quotes.Count; j++)
                {
                    int a = texts.Of[quotes[i]], b = texts.Of[quotes[j]];
                    if (a != b && (TwoStatements(facts, same, reps, roles, a, b) || ShortSentenceOfOnePassage(sorted, texts, same, roles, quotes[i], quotes[j])))
                    {
                        conflicts.Add((quotes[i], quotes[j]));
                    }
                }
            }
        }

        return conflicts;
    }

    /// <summary>
    /// Whether two texts that one article quotes are two statements: both full quotes (or long partial ones, see
    /// <see cref="WholeEnough"/>) of one language with enough keys to be compared, sharing at most <see cref="ConflictMaxShared"/> of the smaller one's keys (an article that quotes a statement
    /// twice, in its lead and in its body, repeats most of its words).
    /// </summary>
    private static bool TwoStatements(QuoteFacts facts, KeySpace same, Quote[] reps, Role[] roles, int a, int b) =>
        (roles[a] == Role.Version || (roles[a] == Role.Short && same.Keys.Length(a) >= 3))
        && (roles[b] == Role.Version || (roles[b] == Role.Short && same.Keys.Length(b) >= 3))
        && WholeEnough(reps[a], same.Keys.Length(a)) && WholeEnough(reps[b], same.Keys.Length(b))
        && facts.Language[a] == facts.Language[b]
        && same.Index.Shared(a, b).Count <= ConflictMaxShared * Math.Min(same.Keys.Length(a), same.Keys.Length(b));

    /// <summary>The fewest keys a partial quote needs to stand for its statement in <see cref="TwoStatements"/>.</summary>
    internal const int StatementPartialMinKeys = 14;

    /// <summary>
    /// Whether a quote stands for a whole statement when its article's two statements are told apart: a full quote, or a
    /// partial one of <see cref="StatementPartialMinKeys"/> keys or more (a long clause an outlet quotes inside its own
    /// sentence: "… تهيب بكل الدول التي يعمل رعاياها في البحر الأحمر بالابتعاد …" beside the full "… كان من نتائجها الاستيلاء على
    /// سفينة إسرائيلية …" of one Arabic article are two statements of one speech). Measured with
    /// <see cref="PartialOfEvenPair"/>: houthi-red-sea-2023-12 same 55/85 -> 55/75, cross 136/392 -> 136/368; nothing else
    /// moves (all keys same F1 0.8098 -> 0.8106, cross F1 0.6607 -> 0.6609). At 12 keys crimean-bridge-attack-2023-07 loses
    /// a true cross-language pair (1139/1341), at 8 it loses same 128 -> 127 and cross 1140 -> 1112.
    /// </summary>
    private static bool WholeEnough(Quote rep, int keys) =>
        rep.Kind == QuoteKind.Full || (rep.Kind == QuoteKind.Partial && keys >= StatementPartialMinKeys);

    /// <summary>
    /// Of two conflicting versions that stand equally far off their group and are equally linked to it, the partial one
    /// (a clause the outlet quotes inside its own sentence) leaves and the full one stays; -1 when both are of one kind.
    /// Only pairs with a long partial quote (<see cref="WholeEnough"/>) reach it, and only they were measured.
    /// </summary>
    private static int PartialOfEvenPair(Quote[] sorted, int a, int b) =>
        sorted[a].Kind == sorted[b].Kind ? -1
        : sorted[a].Kind == QuoteKind.Partial ? a
        : sorted[b].Kind == QuoteKind.Partial ? b
        : -1;

    /// <summary>
    /// Whether two sentences of one quoted passage are two statements because one is a short full sentence of
    /// <see cref="SaidApartMaxKeys"/> keys or fewer and the other a longer version: a speaker who says "Открыли огонь." a few
    /// sentences after "Проникли на приграничную территорию и открыли огонь по гражданским лицам." in one quote says it again,
    /// apart (<see cref="AttachContained"/> does not attach a short sentence to a sentence of its own passage either; a join
    /// across languages could still bring the two groups together). All the short one's keys must be in the longer one.
    /// Measured (with its same-key versions following it, see <see cref="SeparateArticleConflicts"/>): same-language
    /// 4198/4907 -> 4195/4868 (F1 0.8072 -> 0.8096), cross-language 24063/31862 -> 24046/31635 (F1 0.6582 -> 0.6598),
    /// speakers 6914 -> 6915: rdk-bryansk-raid-2023-03 same 125/168 -> 125/144, cross 611/963 -> 611/813;
    /// netanyahu-war-statement-2023-10 same 192/262 -> 189/247, cross 1069/1606 -> 1052/1529, speakers 369 -> 370 (the
    /// Portuguese and English copies of "This morning, Hamas launched …" leave the "Citizens of Israel" group apart from each
    /// other); nothing else moves.
    /// </summary>
    private static bool ShortSentenceOfOnePassage(Quote[] sorted, IdenticalTexts texts, KeySpace same, Role[] roles, int qa, int qb)
    {
        int a = texts.Of[qa], b = texts.Of[qb];
        var (shortQ, longQ) = same.Keys.Length(a) <= same.Keys.Length(b) ? (qa, qb) : (qb, qa);
        int s = texts.Of[shortQ], l = texts.Of[longQ];
        return roles[s] == Role.Short && same.Keys.Length(s) is >= 1 and <= SaidApartMaxKeys && same.Keys.Length(l) > SaidApartMaxKeys
            && sorted[shortQ].Kind == QuoteKind.Full && sorted[longQ].Kind == QuoteKind.Full
            && string.Equals(Passage(sorted[shortQ].Id), Passage(sorted[longQ].Id), StringComparison.Ordinal)
            && sorted[shortQ].Id != Passage(sorted[shortQ].Id)
            && same.Index.Shared(s, l).Count == same.Keys.Length(s);
    }
}
