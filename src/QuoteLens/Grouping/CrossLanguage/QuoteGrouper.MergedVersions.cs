using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// Versions that merge their group's statement with another group's, cut once grouping is done: see <see cref="MergedVersionsToCut"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>
    /// A version cut once grouping is done (<see cref="MergedVersionsToCut"/>): before its word <see cref="Word"/>; the
    /// piece after the cut (<see cref="MoveRight"/>) or the one before it goes to the group <see cref="Target"/>, the other
    /// stays where the sentence was.
    /// </summary>
    private readonly record struct LateCut(int Word, bool MoveRight, int Target);

    /// <summary>
    /// Versions, once grouping is done, that carry their own group's statement on one side of a clause boundary and another
    /// group's on the other ("и ошибки у него были серьёзные в жизни, и добивался он результатов нужных" in the group of
    /// "he made serious mistakes in life", where the other languages quote "and he achieved the results he needed …" in a
    /// group of its own; "Er war ein Mann mit einem komplizierten Schicksal, und er hat im Leben schwere Fehler gemacht."):
    /// the boundary where the versions of the two groups from <see cref="MergedAcrossMinArticles"/> other articles or more
    /// each fit one side (<see cref="MergedAcrossGroups"/>; a side fits a version also when the version's words there make
    /// up half of the side's content words, since a sentence that merges two statements often carries only the start of the
    /// second one, which other outlets quote whole). The piece on the other group's side goes to that group, the rest stays
    /// as the group's version; nothing is grouped again. The cut across groups before the last pass
    /// (<see cref="SentencesMergedAcrossGroups"/>) regroups every sentence, and the short pieces it leaves scatter: that
    /// relaxed fit there took prigozhin same-language 300/415 → 258/334 and cross 2424/3691 → 1921/2920, lukashenko same
    /// 187/204 → 164/180. A piece that stays needs <see cref="GroupingOptions.MinSharedKeys"/> content words or more, to
    /// be a version of the group's statement on its own (with two, biden's "Vamos pagar por isso – para reconstruir e
    /// reabrir a ponte" kept "e reabrir a ponte" and sent the rest to a neighbouring statement: cross 694/782 → 694/790).
    /// Measured: nine answer keys same-language 1246/1310/1385 → 1248/1308/1385 (F1 0.925 → 0.927), cross-language
    /// 3743/4211/5168 → 3751/4173/5168 (F1 0.798 → 0.803; crocus same 116/125 → 118/123, cross 466/554 → 474/516); held-out prigozhin same
    /// 300/415 → 318/406 (F1 0.742 → 0.795), cross 2424/3691 → 2627/3585; lukashenko same 187/204 → 192/204, cross
    /// 1141/1334 → 1162/1335; sealed summaries unchanged. Per such sentence (by index), where to cut it and where its
    /// other piece goes.
    /// </summary>
    private static Dictionary<int, LateCut> MergedVersionsToCut(Quote[] sorted, IdenticalTexts texts, Quote[] reps, Role[] roles, Assignment state, CrossLanguage.LinkedTexts words, GroupingOptions options)
    {
        // A cut moves a piece out of the sentence's own group, which must then be one of the two whose versions from
        // MergedAcrossMinArticles other articles fit a side: texts with no copy in a group of that many articles more are not read.
        var articles = new Dictionary<int, int>();
        var last = new Dictionary<int, int>();
        for (int q = 0; q < sorted.Length; q++)
        {
            if (!state.Fragment[q] && (!last.TryGetValue(state.Key[q], out int article) || article != state.Article[q]))
            {
                last[state.Key[q]] = state.Article[q];
                articles[state.Key[q]] = articles.GetValueOrDefault(state.Key[q]) + 1;
            }
        }

        bool Include(int t)
        {
            foreach (var q in texts.CopiesOf(t))
            {
                if (!state.Fragment[q] && articles[state.Key[q]] > MergedAcrossMinArticles)
                {
                    return HasBoundary(reps[t]);
                }
            }

            return false;
        }

        static bool HasBoundary(Quote sentence)
        {
            var ws = Words(sentence.Text);
            for (int w = 2; w <= ws.Count - 2; w++)
            {
                if (ClauseBoundary(sentence.Text, ws, w, sentence.Language))
                {
                    return true;
                }
            }

            return false;
        }

        var found = new (int Word, int Left, int Right)?[texts.Count];
        ForEachMergedAcrossCandidate(sorted, texts, reps, roles, state, words, byPiece: false, (t, sentence, ws, candidates, placed, own) =>
            found[t] = MergedAcrossGroups(words, sentence, ws, candidates, placed, own, 0, ws.Count, byPiece: true), Include);
        var cuts = new Dictionary<int, LateCut>();
        for (int t = 0; t < texts.Count; t++)
        {
            if (found[t] is not { } cut)
            {
                continue;
            }

            var text = reps[t].Text;
            var ws = Words(text);
            int ContentWords(string piece) => words.PieceWordKeys(piece, reps[t].Language).Count(k => k.Length > 0);
            int left = ContentWords(text[..ws[cut.Word - 1].End]), right = ContentWords(text[ws[cut.Word].Start..]);
            foreach (var q in texts.CopiesOf(t))
            {
                if (state.Fragment[q])
                {
                    continue;
                }

                if (state.Key[q] == cut.Left && left >= options.MinSharedKeys)
                {
                    cuts[q] = new LateCut(cut.Word, MoveRight: true, cut.Right);
                }
                else if (state.Key[q] == cut.Right && right >= options.MinSharedKeys)
                {
                    cuts[q] = new LateCut(cut.Word, MoveRight: false, cut.Left);
                }
            }
        }

        return cuts;
    }
}
