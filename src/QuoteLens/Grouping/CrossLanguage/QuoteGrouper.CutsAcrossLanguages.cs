using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// Sentences that merge statements which the versions of other articles quote apart: see <see cref="SentencesMergedAcrossGroups"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The fewest articles whose versions of one group must each fit one side of a cut (<see cref="SentencesMergedAcrossGroups"/>).</summary>
    private const int MergedAcrossMinArticles = 3;

    /// <summary>
    /// How many times the articles whose versions span both sides of a cut the articles fitting one side must outnumber
    /// (<see cref="MergedAcross"/>): where the merged form is the common one, the sentence is one statement as quoted.
    /// </summary>
    private const int MergedAcrossSpanFactor = 2;

    /// <summary>Whether position <paramref name="at"/> of <paramref name="text"/> stands inside brackets opened before it and not yet closed.</summary>
    private static bool InBrackets(string text, int at)
    {
        int depth = 0;
        for (int i = 0; i < at; i++)
        {
            depth += text[i] is '(' or '[' ? 1 : text[i] is ')' or ']' && depth > 0 ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>Language-neutral keys carried by more texts than this do not find candidates for <see cref="SentencesMergedAcrossGroups"/>.</summary>
    private const int MergedAcrossMaxPosting = 200;

    /// <summary>
    /// Sentences, once grouped, that merge two statements which other articles, in any language, quote as separate
    /// sentences grouped apart ("Er war ein Mann mit schwerem Schicksal, und er hat schwere Fehler gemacht" where English
    /// and Portuguese outlets quote "He was a man of hard fate" in one group and others "He made serious mistakes" in
    /// another): a full or partial sentence with a clause boundary (not inside brackets) such that the versions of one
    /// group from <see cref="MergedAcrossMinArticles"/> articles or more find their words (language-neutral keys) on the
    /// one side only, and the versions of another group from as many articles on the other side only, while the articles
    /// whose versions carry both sides are far fewer (<see cref="MergedAcross"/>). The same-language cuts
    /// (<see cref="MergedSentences"/>) need outlets of the sentence's own language to quote the statements apart; a
    /// language whose few outlets all merged them has none, but the groups of the other languages say where they part.
    /// The sentences are then grouped once more, cut. Measured on the nine answer keys: same-language 1223/1315 → 1225/1302
    /// (P/R/F1 0.930/0.883/0.906 → 0.941/0.884/0.912), cross-language 3434/4096 → 3538/4085 (F1 0.741 → 0.765); held-out
    /// prigozhin same 284/472 → 273/418, cross 1636/3861 → 1637/3062; lukashenko same 148/175 → 150/181, cross 613/819 →
    /// 629/846; the three sealed sets unchanged.
    /// Per such text, the number of the word the second part starts with; in <paramref name="further"/>, where a piece
    /// is cut once more. A sentence that ends with a short clause its group's other versions print as a sentence of their
    /// own is cut too, and one that opens with a short clause that they print as a sentence of its own before it
    /// (<see cref="ShortClausesAtEnd"/>): those texts are added to <paramref name="openings"/>.
    /// </summary>
    private static Dictionary<int, int> SentencesMergedAcrossGroups(Quote[] sorted, IdenticalTexts texts, Quote[] reps, Role[] roles, Assignment state, CrossLanguage.LinkedTexts words, Dictionary<int, int> further, HashSet<int> openings, GroupingOptions options)
    {
        var found = new (int Cut, int More)[texts.Count];
        Array.Fill(found, (-1, -1));
        ForEachMergedAcrossCandidate(sorted, texts, reps, roles, state, words, byPiece: false, (t, sentence, ws, candidates, placed, own) =>
        {
            if (MergedAcross(words, sentence, ws, candidates, placed, own, 0, ws.Count) is int cut)
            {
                var more = MergedAcross(words, sentence, ws, candidates, placed, own, 0, cut) ?? MergedAcross(words, sentence, ws, candidates, placed, own, cut, ws.Count);
                found[t] = (cut, more ?? -1);
            }
        });

        var cuts = new Dictionary<int, int>();
        ShortClausesAtEnd(sorted, texts, reps, roles, state, options, words, found, atStart: false);
        ShortClausesAtEnd(sorted, texts, reps, roles, state, options, words, found, atStart: true, openings);

        for (int t = 0; t < texts.Count; t++)
        {
            if (found[t].Cut > 0)
            {
                cuts[t] = found[t].Cut;
                if (found[t].More > 0)
                {
                    further[t] = found[t].More;
                }

            }
        }

        return cuts;
    }

    /// <summary>
    /// Runs <paramref name="body"/> on every core for each text that <see cref="SentencesMergedAcrossGroups"/> may cut: a
    /// cuttable version grouped as a version, of four words or more, whose candidates (texts sharing two language-neutral
    /// keys or more with it) fill two groups with versions from <see cref="MergedAcrossMinArticles"/> other articles or more.
    /// The body gets the text, its sentence, words and candidates, the (group, article) of each text's copies grouped as
    /// versions, and the sentence's own articles. Given <paramref name="include"/>, only the texts it picks are read.
    /// </summary>
    private static void ForEachMergedAcrossCandidate(Quote[] sorted, IdenticalTexts texts, Quote[] reps, Role[] roles, Assignment state, CrossLanguage.LinkedTexts words, bool byPiece, Action<int, Quote, List<(int Start, int End)>, List<int>, List<(int Group, int Article)>[], HashSet<int>> body, Func<int, bool>? include = null)
    {
        // Per text, the (group, article) of each copy grouped as a version.
        var placed = new List<(int Group, int Article)>[texts.Count];
        for (int q = 0; q < sorted.Length; q++)
        {
            int t = texts.Of[q];
            if (!state.Fragment[q] && roles[t] != Role.Fragment && words.WordCount(t) >= 2)
            {
                (placed[t] ??= []).Add((state.Key[q], state.Article[q]));
            }
        }

        // Per key id, the placed texts that carry it, ascending: key k's at postings[start[k]..start[k + 1]] (one flat array,
        // counted first, instead of a list per key).
        int keyCount = KeyCount(words, placed);
        var start = new int[keyCount + 1];
        for (int t = 0; t < texts.Count; t++)
        {
            if (placed[t] is not null)
            {
                foreach (var k in words.SentenceKeys(t))
                {
                    start[k + 1]++;
                }
            }
        }

        for (int k = 0; k < keyCount; k++)
        {
            start[k + 1] += start[k];
        }

        var postings = new int[start[keyCount]];
        var next = start[..keyCount];
        for (int t = 0; t < texts.Count; t++)
        {
            if (placed[t] is not null)
            {
                foreach (var k in words.SentenceKeys(t))
                {
                    postings[next[k]++] = t;
                }
            }
        }

        CrossLanguage.CrossLanguageLinker.ForEachOnEveryCore(texts.Count, () => (Counts: new int[texts.Count], Touched: new List<int>(), Marks: new CrossLanguage.KeyMarks(), Candidates: new List<int>(), Own: new HashSet<int>()), (t, local) =>
        {
            var sentence = reps[t];
            if (!Cuttable(sentence) || roles[t] != Role.Version || placed[t] is null || (include is not null && !include(t)))
            {
                return;
            }

            // Candidates: texts sharing two keys or more with the sentence (counted in the thread's table, cleared after; the
            // worker's lists and set are used again for each sentence).
            var (counts, touched, marks, candidates, own) = local;
            foreach (var k in words.SentenceKeys(t))
            {
                if (start[k + 1] - start[k] <= MergedAcrossMaxPosting)
                {
                    foreach (var m in postings.AsSpan(start[k], start[k + 1] - start[k]))
                    {
                        if (counts[m]++ == 0)
                        {
                            touched.Add(m);
                        }
                    }
                }
            }

            candidates.Clear();
            foreach (var m in touched)
            {
                if (counts[m] >= 2 && m != t)
                {
                    candidates.Add(m);
                }

                counts[m] = 0;
            }

            touched.Clear();
            candidates.Sort();
            ClearSmall(own);
            foreach (var (_, article) in placed[t])
            {
                own.Add(article);
            }

            if (candidates.Count == 0 || !TwoGroupsOfEnoughArticles(words, t, candidates, placed, own, marks, byPiece))
            {
                // A cut needs two groups whose versions from enough other articles fit its sides: with fewer among all the
                // candidates, no boundary can have them, and the sentence's boundaries are not read.
                return;
            }

            var ws = Words(sentence.Text);
            if (ws.Count < 4)
            {
                return;
            }

            body(t, sentence, ws, candidates, placed, own);
        });

    }

    /// <summary>A reused set that held more than this many items gives its room back when cleared.</summary>
    private const int ReusedSetMaxKept = 256;

    /// <summary>
    /// Empties a set that is filled again for every sentence. <see cref="HashSet{T}.Clear"/> wipes the set's whole capacity,
    /// so once a sentence of a statement carried by thousands of articles has grown it, every later sentence would pay for
    /// those thousands: a set that held more than <see cref="ReusedSetMaxKept"/> items is shrunk back as it is cleared.
    /// </summary>
    private static void ClearSmall(HashSet<int> set)
    {
        bool large = set.Count > ReusedSetMaxKept;
        set.Clear();
        if (large)
        {
            set.TrimExcess();
        }
    }

    /// <summary>The most words of a clause that <see cref="ShortClausesAtEnd"/> cuts off a sentence's end.</summary>
    private const int ShortClauseMaxWords = 5;

    /// <summary>The fewest words of a clause that <see cref="ShortClausesAtEnd"/> cuts off (one word is a mark of speech: "right?").</summary>
    private const int ShortClauseMinWords = 2;

    /// <summary>
    /// Full sentences that end with a short clause set off by a clause mark ("E' per questo che non potevano entrare in
    /// Bielorussia, se ne sono resi conto.") where the versions of their group from <see cref="MergedAcrossMinArticles"/>
    /// other articles or more, and from most of them, are followed in their article by a short full sentence not grouped
    /// with them ("That's why they couldn't enter Belarus. They saw it."), and the words of the clause stand in fewer than
    /// half as many of those versions: the clause is that short sentence, merged, and it is cut off (one statement the
    /// sentence's group holds, the other a short one the group does not). The rest keeps enough keys to link
    /// (<see cref="GroupingOptions.MinKeysToLink"/>); a question is not cut (its last clause asks it). Measured: held-out
    /// lukashenko same 177/238 → 171/217, cross 877/1410 → 902/1381; the nine answer keys, prigozhin and the sealed sets
    /// unchanged. Per text not cut already, in <paramref name="found"/>, the number of the word the clause starts with.
    /// With <paramref name="atStart"/>, the mirror: a sentence that opens with a short clause ("Recognizing this, they
    /// diverted their course and headed toward the Ukrainian-Russian border.") whose group's versions elsewhere a short full
    /// sentence of another group precedes ("They saw it. So they turned away and went to the section of the
    /// Ukrainian-Russian border"): the clause is that sentence, merged, and it is cut off; in <paramref name="found"/>, the
    /// number of the word the rest starts with. An opening clause whose words a version of the sentence's own language
    /// carries is part of the statement as quoted ("En fait, je les encouragerais …" where other French outlets print "En
    /// fait je les encouragerais …" after "Non, je ne vous protégerais pas."): it is not cut. The texts cut so go into
    /// <paramref name="openings"/>; their pieces cut off are weighed as sentences alone by the order pass across languages (<see cref="JoinAcrossLanguagesByOrder"/>). Measured:
    /// held-out lukashenko same 176/207 → 187/204, cross 1032/1299 → 1094/1278; the nine answer keys, prigozhin, the sealed
    /// sets and the 20,000-article digest unchanged. Without the own-language check trump's "En fait," was cut too (cross
    /// 984/1020 → 947/983); without the order pass weighing the pieces alone, lukashenko cross fell to 922/1088 (the copies
    /// of Politico's "Recognizing this" stood as a statement in the place of "They saw it." and kept the French and Italian
    /// versions from joining it by order).
    /// </summary>
    private static void ShortClausesAtEnd(Quote[] sorted, IdenticalTexts texts, Quote[] reps, Role[] roles, Assignment state, GroupingOptions options, CrossLanguage.LinkedTexts words, (int Cut, int More)[] found, bool atStart, HashSet<int>? openings = null)
    {
        // Per group, the sentences placed in it as versions (sorted indexes, in order).
        var versions = state.ByGroup(q => !state.Fragment[q] && roles[texts.Of[q]] == Role.Version);

        for (int t = 0; t < texts.Count; t++)
        {
            var sentence = reps[t];
            int first = texts.First[t];
            if (found[t].Cut > 0 || roles[t] != Role.Version || sentence.Kind != QuoteKind.Full || texts.Empty[t] || IsQuestion(sentence.Text)
                || state.Fragment[first] || !versions.TryGetValue(state.Key[first], out var group))
            {
                continue;
            }

            var ws = Words(sentence.Text);
            int at = atStart ? FirstBoundary(sentence.Text, ws) : LastBoundary(sentence.Text, ws);
            if (at < 0 || (atStart ? at : ws.Count - at) < ShortClauseMinWords)
            {
                continue;
            }

            var clause = atStart ? sentence.Text[..ws[at - 1].End] : sentence.Text[ws[at].Start..];
            var rest = atStart ? sentence.Text[ws[at].Start..] : sentence.Text[..ws[at - 1].End];
            var clauseWords = words.PieceWordKeys(clause, sentence.Language);
            if (clauseWords.Length == 0 || options.Keys(sentence with { Text = clause }).Count == 0
                || options.Keys(sentence with { Text = rest }).Count < options.MinKeysToLink)
            {
                continue;
            }

            var own = new HashSet<int>();
            foreach (var c in texts.CopiesOf(t))
            {
                own.Add(state.Article[c]);
            }

            // The other articles with a version in the group; those whose version a short full sentence of another group follows;
            // those whose version carries a word of the clause.
            var articles = new HashSet<int>();
            var followed = new HashSet<int>();
            var carrying = new HashSet<int>();
            bool ownLanguage = false;
            foreach (var q in group)
            {
                if (own.Contains(state.Article[q]))
                {
                    continue;
                }

                articles.Add(state.Article[q]);
                int next = atStart ? q - 1 : q + 1;
                if (next >= 0 && next < sorted.Length && state.Article[next] == state.Article[q] && sorted[next].Kind == QuoteKind.Full && roles[texts.Of[next]] == Role.Short && state.Key[next] != state.Key[q])
                {
                    followed.Add(state.Article[q]);
                }

                if (words.CountPieceWordsIn(clauseWords, texts.Of[q]) > 0)
                {
                    carrying.Add(state.Article[q]);
                    ownLanguage |= atStart && texts.Language[texts.Of[q]] == texts.Language[t];
                }
            }

            if (followed.Count >= MergedAcrossMinArticles && 2 * followed.Count > articles.Count && 2 * carrying.Count < followed.Count && !ownLanguage)
            {
                found[t] = (at, -1);
                if (atStart)
                {
                    openings?.Add(t);
                }
            }
        }

        // The last clause boundary (a mark, not a conjunction, outside brackets) within the first ShortClauseMaxWords words (the
        // longest such clause), with words after it: the number of the word after it, or -1.
        static int FirstBoundary(string text, List<(int Start, int End)> ws)
        {
            for (int b = Math.Min(ShortClauseMaxWords, ws.Count - 1); b >= 1; b--)
            {
                if (ClauseBoundary(text, ws, b, null) && !InBrackets(text, ws[b].Start))
                {
                    return b;
                }
            }

            return -1;
        }

        // The first clause boundary (a mark, not a conjunction, outside brackets) within the last ShortClauseMaxWords words (the
        // longest such clause): the number of the word after it, or -1.
        static int LastBoundary(string text, List<(int Start, int End)> ws)
        {
            for (int b = Math.Max(1, ws.Count - ShortClauseMaxWords); b < ws.Count; b++)
            {
                if (ClauseBoundary(text, ws, b, null) && !InBrackets(text, ws[b].Start))
                {
                    return b;
                }
            }

            return -1;
        }
    }

    /// <summary>One more than the largest key id the <paramref name="placed"/> texts carry (0 when none).</summary>
    private static int KeyCount(CrossLanguage.LinkedTexts words, List<(int Group, int Article)>[] placed)
    {
        int count = 0;
        for (int t = 0; t < placed.Length; t++)
        {
            if (placed[t] is not null && words.SentenceKeys(t) is [.., var last])
            {
                count = Math.Max(count, last + 1);
            }
        }

        return count;
    }

    /// <summary>
    /// True when the versions of <paramref name="candidates"/> that could fit a side of a cut of sentence <paramref name="t"/>
    /// (two content words or more, and half of them, with a key anywhere in it: a side is part of it) fill two groups with
    /// <see cref="MergedAcrossMinArticles"/> articles or more each, other than the articles <paramref name="own"/>: what a
    /// cut needs at the least (<paramref name="keys"/>: the worker's table, marked here with the sentence's keys), read once per sentence instead of once per boundary.
    /// </summary>
    private static bool TwoGroupsOfEnoughArticles(CrossLanguage.LinkedTexts words, int t, List<int> candidates, List<(int Group, int Article)>[] placed, HashSet<int> own, CrossLanguage.KeyMarks keys, bool byPiece)
    {
        keys.Mark(words.SentenceKeys(t));
        var articles = new Dictionary<int, HashSet<int>>();
        int full = 0;
        foreach (var m in candidates)
        {
            int inside = words.CountWordsIn(m, keys);
            if (inside < 2 || (!byPiece && 2 * inside < words.WordCount(m)))
            {
                continue;
            }

            foreach (var (group, article) in placed[m])
            {
                if (!own.Contains(article) && (articles.TryGetValue(group, out var set) ? set : articles[group] = []).Add(article)
                    && articles[group].Count == MergedAcrossMinArticles && ++full >= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The clause boundary between words <paramref name="from"/> and <paramref name="to"/> of <paramref name="sentence"/>
    /// (words <paramref name="ws"/>) where the versions of one group from <see cref="MergedAcrossMinArticles"/> articles or
    /// more fit the one side and those of another group the other side: a version fits a side when two or more of its
    /// content words, and half of them, find a counterpart on that side only, and at most one on the other side only; a
    /// version with two words or more on each side spans the boundary, and the fitting articles must outnumber the
    /// spanning ones <see cref="MergedAcrossSpanFactor"/> times. As the number of the word after the boundary (the most
    /// fitting articles less the spanning ones), or null.
    /// </summary>
    private static int? MergedAcross(CrossLanguage.LinkedTexts words, Quote sentence, List<(int Start, int End)> ws, List<int> candidates, List<(int Group, int Article)>[] placed, HashSet<int> own, int from, int to) =>
        MergedAcrossGroups(words, sentence, ws, candidates, placed, own, from, to, byPiece: false)?.Word;

    /// <summary>
    /// <see cref="MergedAcross"/> with the two groups whose versions fit the sides (<c>Left</c>, <c>Right</c>). With
    /// <paramref name="byPiece"/>, a version fits a side also when its words there make up half of the side's content words
    /// (a side that carries the start of a statement that other outlets quote whole).
    /// </summary>
    private static (int Word, int Left, int Right)? MergedAcrossGroups(CrossLanguage.LinkedTexts words, Quote sentence, List<(int Start, int End)> ws, List<int> candidates, List<(int Group, int Article)>[] placed, HashSet<int> own, int from, int to, bool byPiece)
    {
        var text = sentence.Text;
        (int Word, int Left, int Right)? best = null;
        int bestScore = 0;
        for (int w = from + 2; w <= to - 2; w++)
        {
            if (!ClauseBoundary(text, ws, w, sentence.Language) || InBrackets(text, ws[w].Start))
            {
                continue;
            }

            var leftText = text[ws[from].Start..ws[w - 1].End];
            var rightText = text[ws[w].Start..ws[to - 1].End];
            var left = words.PieceKeys(leftText, sentence.Language);
            var right = words.PieceKeys(rightText, sentence.Language);
            int leftWords = byPiece ? words.PieceWordKeys(leftText, sentence.Language).Count(k => k.Length > 0) : int.MaxValue;
            int rightWords = byPiece ? words.PieceWordKeys(rightText, sentence.Language).Count(k => k.Length > 0) : int.MaxValue;
            var leftArticles = new Dictionary<int, HashSet<int>>();
            var rightArticles = new Dictionary<int, HashSet<int>>();
            var spanning = new HashSet<int>();
            foreach (var m in candidates)
            {
                var (l, r, n) = words.WordsOnSides(m, left, right);
                if (l >= 2 && r >= 2)
                {
                    foreach (var (_, article) in placed[m])
                    {
                        if (!own.Contains(article))
                        {
                            spanning.Add(article);
                        }
                    }

                    continue;
                }

                var side = l >= 2 && 2 * l >= Math.Min(n, leftWords) && r <= 1 ? leftArticles : r >= 2 && 2 * r >= Math.Min(n, rightWords) && l <= 1 ? rightArticles : null;
                if (side is null)
                {
                    continue;
                }

                foreach (var (group, article) in placed[m])
                {
                    if (!own.Contains(article))
                    {
                        (side.TryGetValue(group, out var set) ? set : side[group] = []).Add(article);
                    }
                }
            }

            foreach (var (a, la) in leftArticles.OrderBy(p => p.Key))
            {
                foreach (var (b, rb) in rightArticles.OrderBy(p => p.Key))
                {
                    if (a != b && la.Count >= MergedAcrossMinArticles && rb.Count >= MergedAcrossMinArticles && la.Count + rb.Count - spanning.Count > bestScore && la.Count + rb.Count > MergedAcrossSpanFactor * spanning.Count)
                    {
                        bestScore = la.Count + rb.Count - spanning.Count;
                        best = (w, a, b);
                    }
                }
            }
        }

        return best;
    }
}
