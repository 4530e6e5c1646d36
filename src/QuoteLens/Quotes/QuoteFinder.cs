using System.Buffers;
using QuoteLens.Corpus;
using QuoteLens.Text.Languages;

namespace QuoteLens.Quotes;

/// <summary>
/// Finds the direct quotes of an article: every quotation convention (“…” "…" ‘…’ «…» „…“ „…” »…« ‚…‘ 「…」
/// and clearly closed '…'), quotes over several paragraphs, unclosed quotes, and who the text says spoke them.
/// </summary>
/// <remarks>
/// Nested quotes (“… ‘inner’ …”) belong to the outer quote and are not reported on their own.
/// Kinds: one or two quoted words are <see cref="QuoteKind.Scare"/> unless a speech cue stands close before them
/// (<see cref="QuoteKind.Partial"/>) or an attribution follows them (<see cref="QuoteKind.Full"/>); three words or more
/// are <see cref="QuoteKind.Partial"/> when they continue the writer's sentence (a word right before the mark, other
/// than "that"/"que"/"что"), else <see cref="QuoteKind.Full"/>. Scare quotes get no speaker. A quote without its own
/// attribution that follows an attributed one with nothing but punctuation in between inherits its speaker and cue.
/// The same quote repeated in the article (same words, ignoring case and punctuation) is one <see cref="Quote"/> with
/// several occurrences. The work is linear in the article's length.
/// </remarks>
public static class QuoteFinder
{
    private const int ScareMaxWords = 2;
    private const int ScareCueDistance = 6;
    private const int PartialCueDistance = 12;
    private const int LeadInMaxGap = 4;

    /// <summary>Quotes up to this long build their key on the stack (a key is never longer than its quote).</summary>
    private const int MaxStackKey = 512;

    /// <summary>
    /// Finds the quotes of every article of <paramref name="corpus"/>, articles in parallel; the result is in article order,
    /// then reading order, the same for any degree of parallelism. A speaker has one name across the corpus: a body and the
    /// acronym an article defines for it are one (<see cref="SpeakerAcronyms"/>), then one spelling per speaker key; an Arabic
    /// article's quote that names no one readable takes a person the rest of the corpus quotes whom its article names (<see cref="SpeakerKnownNames"/>).
    /// </summary>
    public static IReadOnlyList<Quote> FindAll(ArticleCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return SpeakerKnownNames.InArabic(corpus, UnifySpeakers(corpus, corpus.Articles.AsParallel().AsOrdered().SelectMany(Find).ToList()));
    }

    /// <summary>The speakers of <paramref name="quotes"/> (found in <paramref name="corpus"/>) made one per person or body across the corpus.</summary>
    internal static List<Quote> UnifySpeakers(ArticleCorpus corpus, List<Quote> quotes)
    {
        var acronyms = corpus.Articles.AsParallel().SelectMany(a => SpeakerAcronyms.Definitions(a.Text)).ToList();

        // An acronym after a name that opens with its body noun ("Легион «Свобода России» (ЛСР)") joins too, unless its body
        // already has another acronym: it must not make ambiguous a body that the names ending with it define one way.
        var defined = acronyms.ToLookup(d => d.Body, d => d.Acronym, StringComparer.Ordinal);
        acronyms.AddRange(corpus.Articles.AsParallel().AsOrdered().SelectMany(a => SpeakerAcronyms.HeadFirstDefinitions(a.Text))
            .Where(d => defined[d.Body].All(other => other == d.Acronym)).ToList());
        var unitAcronyms = corpus.Articles.AsParallel().AsOrdered().Select(a => (a.Id, Defined: SpeakerArticleAcronyms.Definitions(a.Text)))
            .Where(a => a.Defined.Count > 0).ToDictionary(a => a.Id, a => a.Defined, StringComparer.Ordinal);
        return UnifySpeakers(SpeakerAcronyms.Join(SpeakerArticleAcronyms.Expand(quotes, unitAcronyms), acronyms));
    }

    /// <summary>
    /// One spelling per speaker across articles: every canonical speaker with the same <see cref="Quote.SpeakerKey"/> takes the form
    /// that is in Latin letters, then is a full name (two words or more), then is written so in English (the kit's own language
    /// and the reader's: "Freedom of Russia Legion" over the "Vrijheid voor Rusland Legioen" of two Dutch articles, "Mykhailo
    /// Podoliak" over the "Mychajlo Podoljak" of German and Dutch ones), then in the most languages, then in the most articles,
    /// then has the most words (then the first in ordinal order). So one article's slip ("ATACMS Vladimir Putin", a heading
    /// word glued to the name) never renames a speaker that other outlets, English ones among them, spell "Vladimir Putin".
    /// </summary>
    internal static List<Quote> UnifySpeakers(List<Quote> quotes)
    {
        // "Vladimir Poetin" (Dutch), "Poutine" (French): a name spelled the way of its article's language takes the key that
        // English's spelling has, when another quote's speaker has that key (they had stayed two speakers).
        var keys = quotes.Where(q => q.SpeakerKey is not null).Select(q => q.SpeakerKey!).ToHashSet(StringComparer.Ordinal);
        for (int n = 0; n < quotes.Count; n++)
        {
            if (quotes[n] is { SpeakerKey: { } own, CanonicalSpeaker: { } name } && SpeakerNames.RespelledKey(name, quotes[n].Language) is { } respelled
                && respelled != own && keys.Contains(respelled))
            {
                quotes[n] = quotes[n] with { SpeakerKey = respelled };
            }
        }

        MergeSpellings(quotes);
        var forms = quotes.Where(q => q.SpeakerKey is not null && q.CanonicalSpeaker is not null)
            .GroupBy(q => q.SpeakerKey!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(q => q.CanonicalSpeaker!, StringComparer.Ordinal)
                    .OrderByDescending(f => !Text.Transliteration.Transliterator.HasCyrillic(f.Key) && f.Key.Any(char.IsAsciiLetter))
                    .ThenByDescending(f => f.Key.Contains(' ', StringComparison.Ordinal))
                    .ThenByDescending(f => SpeakerNames.Key(f.Key) == g.Key)
                    .ThenByDescending(f => f.Any(q => q.Language == "en"))
                    .ThenByDescending(f => f.Select(q => q.Language).Distinct(StringComparer.Ordinal).Count())
                    .ThenByDescending(f => f.Select(q => q.ArticleId).Distinct(StringComparer.Ordinal).Count())
                    .ThenByDescending(f => f.Key.Count(c => c == ' '))
                    .ThenByDescending(f => f.Count())
                    .ThenBy(f => f.Key, StringComparer.Ordinal)
                    .First().Key,
                StringComparer.Ordinal);
        var remap = CrossScript(forms);
        for (int n = 0; n < quotes.Count; n++)
        {
            if (quotes[n].SpeakerKey is { } key && remap.TryGetValue(key, out var latin))
            {
                quotes[n] = quotes[n] with { SpeakerKey = latin, CanonicalSpeaker = forms[latin] };
            }
            else if (quotes[n].SpeakerKey is { } same && forms[same] != quotes[n].CanonicalSpeaker)
            {
                quotes[n] = quotes[n] with { CanonicalSpeaker = forms[same] };
            }
        }

        return quotes;
    }

    /// <summary>
    /// One key for the spellings of one person's surname that other languages write their own way ("Yevgeny Prigozhin",
    /// "Jewgeni Prigoschin", "Evguéni Prigojine", "Jewgienij Prigożyn"; "Valery Gerasimov", "Valeri Guerassimov"; a Cyrillic
    /// genitive, "Владимира Зеленского"): a key takes the key of a person named in full (two words or more) that is quoted
    /// more often, or as often and first in ordinal order, when the two are the same name by <see cref="SpeakerNames.SameKey"/>.
    /// Bodies, units and Arabic names (<see cref="CrossScript"/>) keep their keys; so does a name of one word that is its only form.
    /// </summary>
    private static void MergeSpellings(List<Quote> quotes)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var full = new HashSet<string>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var read = new HashSet<(string Key, string Name)>();
        foreach (var q in quotes)
        {
            if (q.SpeakerKey is not { } key || q.CanonicalSpeaker is not { } name)
            {
                continue;
            }

            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (!read.Add((key, name)))
            {
                // Each spelling of a key is read once (a statement carried by thousands of articles repeats its speaker's).
                continue;
            }

            if (SpeakerNames.IsArabicKey(key) || !SpeakerNames.IsPersonKey(name, key))
            {
                excluded.Add(key);
            }
            else if (name.Contains(' ', StringComparison.Ordinal))
            {
                full.Add(key);
            }
        }

        // Each key is compared with the heads only (the most quoted full names, at most MaxMergeHeads), so a corpus of
        // thousands of speakers costs thousands of comparisons per head, not one per pair of speakers.
        var heads = new List<string>();
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in counts.Keys.Where(k => !excluded.Contains(k)).OrderByDescending(k => counts[k]).ThenBy(k => k, StringComparer.Ordinal))
        {
            var head = heads.Find(h => MaySameKey(h, key) && SpeakerNames.SameKey(h, key));
            if (head is not null)
            {
                merged[key] = head;
            }
            else if (heads.Count < MaxMergeHeads && full.Contains(key) && key.Length >= MinMergedKey)
            {
                heads.Add(key);
            }
        }

        if (merged.Count == 0)
        {
            return;
        }

        for (int n = 0; n < quotes.Count; n++)
        {
            if (quotes[n].SpeakerKey is { } key && merged.TryGetValue(key, out var head))
            {
                quotes[n] = quotes[n] with { SpeakerKey = head };
            }
        }
    }

    /// <summary>The fewest letters of a surname's key that other spellings are merged into (<see cref="MergeSpellings"/>).</summary>
    private const int MinMergedKey = 4;

    /// <summary>The most keys that other spellings are merged into (<see cref="MergeSpellings"/>): the most quoted people.</summary>
    private const int MaxMergeHeads = 64;

    /// <summary>
    /// A cheap test before <see cref="SpeakerNames.SameKey"/>: one key the start of the other, or lengths at most three
    /// letters apart (keys further apart are never 0.8 alike).
    /// </summary>
    private static bool MaySameKey(string a, string b) =>
        Math.Abs(a.Length - b.Length) <= 3 || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    /// <summary>
    /// Cyrillic speakers whose name key misses the Latin spelling of the same person ("Ендрю Бейтс", "Andrew Bates": the
    /// Cyrillic ей writes the English long a): a Cyrillic form of two words or more takes the key of the one Latin form whose
    /// first and last names have the same consonants (<see cref="SpeakerNames.Signature"/>). An Arabic speaker takes the key
    /// of the one speaker of another script whose key has the same consonant skeleton (بوتين, Putin).
    /// </summary>
    /// <summary>The fewest consonants an Arabic name's skeleton must have to take another script's speaker (three: بوتين, btn).</summary>
    private const int MinSkeleton = 3;

    private static Dictionary<string, string> CrossScript(Dictionary<string, string> forms)
    {
        var latinBySignature = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, form) in forms.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!Text.Transliteration.Transliterator.HasCyrillic(form) && SpeakerNames.Signature(form) is { } signature)
            {
                // Two Latin names with one signature: ambiguous, neither is taken.
                latinBySignature[signature] = latinBySignature.TryGetValue(signature, out var other) && other != key ? "" : key;
            }
        }

        // An Arabic name ("بوتين") is the one other speaker whose key has its consonants (Putin): Arabic writes no vowels.
        var bySkeleton = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in forms.Keys.Where(k => !SpeakerNames.IsArabicKey(k)).Order(StringComparer.Ordinal))
        {
            if (SpeakerNames.Skeleton(key) is { Length: >= MinSkeleton } skeleton)
            {
                bySkeleton[skeleton] = bySkeleton.TryGetValue(skeleton, out var other) && other != key ? "" : key;
            }
        }

        // A surname of two consonants ("سريع", Saree; "شويغو", Shoigu) is matched with its first name: the one full name of
        // another script whose first and last skeletons are the Arabic name's.
        var byFullName = new Dictionary<(string, string), string>();
        foreach (var (key, form) in forms.Where(f => !SpeakerNames.IsArabicKey(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (SpeakerNames.FullSkeleton(form) is { } full && full.First.Length >= 1 && full.Last.Length >= 2)
            {
                byFullName[full] = byFullName.TryGetValue(full, out var other) && other != key ? "" : key;
            }
        }

        var remap = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, form) in forms)
        {
            if (Text.Transliteration.Transliterator.HasCyrillic(form) && SpeakerNames.Signature(form) is { } signature
                && latinBySignature.TryGetValue(signature, out var latin) && latin.Length > 0 && latin != key)
            {
                remap[key] = latin;
            }
            else if (SpeakerNames.IsArabicKey(key) && ArabicMatch(SpeakerNames.Skeleton(key), bySkeleton) is { } named)
            {
                remap[key] = named;
            }
            else if (SpeakerNames.IsArabicKey(key) && ArabicFullNameMatch(form, byFullName) is { } fullNamed)
            {
                remap[key] = fullNamed;
            }
        }

        return remap;
    }

    /// <summary>
    /// The one key of another script whose full name has the first and last skeletons of the Arabic full name <paramref name="form"/>
    /// (<see cref="SpeakerNames.FullSkeleton"/>; each ج read every way it may stand for), when the surname has two consonants or more
    /// and the two have three or more; null when none or two.
    /// </summary>
    private static string? ArabicFullNameMatch(string form, Dictionary<(string, string), string> byFullName)
    {
        if (SpeakerNames.FullSkeleton(form) is not { } full || full.Last.Length < 2 || full.First.Length + full.Last.Length < MinSkeleton)
        {
            return null;
        }

        string? found = null;
        foreach (var first in SpeakerNames.SkeletonForms(full.First))
        {
            foreach (var last in SpeakerNames.SkeletonForms(full.Last))
            {
                if (last.Length >= 2 && byFullName.TryGetValue((first, last), out var named) && named.Length > 0)
                {
                    if (found is not null && found != named)
                    {
                        return null;
                    }

                    found = named;
                }
            }
        }

        return found;
    }

    /// <summary>The one key of another script whose skeleton is a form of the Arabic <paramref name="skeleton"/> (<see cref="SpeakerNames.SkeletonForms"/>); null when none or two.</summary>
    private static string? ArabicMatch(string skeleton, Dictionary<string, string> bySkeleton)
    {
        string? found = null;
        foreach (var form in SpeakerNames.SkeletonForms(skeleton))
        {
            if (form.Length >= MinSkeleton && bySkeleton.TryGetValue(form, out var named) && named.Length > 0)
            {
                if (found is not null && found != named)
                {
                    return null;
                }

                found = named;
            }
        }

        return found;
    }

    /// <summary>Finds every quote in the kept paragraphs of <paramref name="article"/>, in reading order; never throws on any text.</summary>
    public static IReadOnlyList<Quote> Find(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Every pass that reads a paragraph whole reads the same tokens: each paragraph is tokenized once for the article.
        using var paragraphs = new ParagraphTokens(article);
        var raws = WithoutUnitNames(article.Text, QuoteScanner.Scan(article.Text, article.Paragraphs));
        var unmarked = UnmarkedSpeech.Find(article, raws, paragraphs);
        if (unmarked.Count > 0)
        {
            // A quote inside dash speech belongs to it, as nested quotes belong to the outer one; a speech that still
            // crosses a marked quote is dropped, so that no two quotes ever overlap.
            var kept = raws.Where(r => !unmarked.Exists(u => r.OpenPos >= u.OpenPos && r.CloseEnd <= u.CloseEnd)).ToList();
            raws = [.. kept.Concat(unmarked.Where(u => !kept.Exists(r => r.OpenPos < u.CloseEnd && r.CloseEnd > u.OpenPos))).OrderBy(r => r.Start)];
        }

        var attributor = new Attributor(article, paragraphs);
        var drafts = new List<Draft>(raws.Count);

        // Quotes cut around an inner quote (NestedQuotes): the pieces, with the index of the whole quote each outer piece is
        // of (-1: an inner quote of its own speaker). Every quote but the inner ones is resolved as if none were cut.
        List<Draft>? pieces = null;
        List<int>? wholeOf = null;
        int clip = 0;
        Draft? previous = null;
        int previousAt = -1;
        for (int n = 0; n < raws.Count; n++)
        {
            int nextOpen = n + 1 < raws.Count ? raws[n + 1].OpenPos : int.MaxValue;
            var draft = Describe(article, attributor, raws[n], nextOpen, clip, previous, previousAt);
            if (draft.Kind != QuoteKind.Scare && Pieces(article.Text, attributor, draft) is { } cut)
            {
                if (pieces is null)
                {
                    pieces = new List<Draft>(drafts);
                    wholeOf = Enumerable.Range(0, drafts.Count).ToList();
                }

                pieces.AddRange(cut);
                wholeOf!.AddRange(cut.Select(c => c.Attribution is null || c.Attribution == draft.Attribution ? drafts.Count : -1));
            }
            else if (pieces is not null)
            {
                pieces.Add(draft);
                wholeOf!.Add(drafts.Count);
            }

            drafts.Add(draft);
            if (draft.Kind == QuoteKind.Full)
            {
                clip = draft.Raw.CloseEnd;
            }

            if (draft.Attribution is not null)
            {
                previous = draft;
                previousAt = n;
            }
        }

        InheritBackwards(article.Text, drafts);
        var names = ResolveNames(article, attributor, drafts);
        ShareSpeakers(article.Text, drafts, names);
        for (int n = 0; n < drafts.Count; n++)
        {
            drafts[n] = drafts[n] with { Canonical = names[n], InSentence = drafts[n].Kind == QuoteKind.Scare && NamedInSentence(article.Text, drafts[n].Raw.OpenPos, names[n]) };
        }

        if (pieces is not null)
        {
            // The inner quotes are resolved among the pieces (their lead-ins are no longer inside a quote); every other piece
            // keeps what its whole quote had.
            var pieceNames = ResolveNames(article, attributor, pieces);
            for (int n = 0; n < pieces.Count; n++)
            {
                pieces[n] = wholeOf![n] is int whole and >= 0
                    ? drafts[whole] with { Raw = pieces[n].Raw }
                    : pieces[n] with { Canonical = pieceNames[n] };
            }

            drafts = pieces;
        }

        return Merge(article, drafts);
    }

    /// <summary>
    /// <paramref name="raws"/> without the quote marks that only hold a unit's name (<see cref="UnitNames"/>): "Легион «Свобода
    /// России»", "la Légion « Liberté de la Russie »", "у заяві «Сибірського батальйону»", "в заявлении «Легиона «Свобода
    /// России»»" (the inner closing mark shared with the outer one) name a body, they quote no one (the name had been a
    /// version of its own, with the next body of the list as its speaker); nor do those that hold an organisation's name after
    /// its noun, or an outlet's after the verb that passes a story on ("ЧВК «Вагнер»", "передає «ДС»": <see cref="OrganizationNames"/>).
    /// </summary>
    private static IReadOnlyList<RawQuote> WithoutUnitNames(string text, IReadOnlyList<RawQuote> raws)
    {
        if (raws.Count == 0)
        {
            return raws;
        }

        var units = UnitNames.All(text);
        var names = OrganizationNames.Names(text, raws);
        return [.. raws.Where((r, n) => !names.Contains(n) && !UnitNames.IsQuotedUnitName(text.AsSpan(r.Start, r.End - r.Start)) && !units.Exists(u =>
            (u.At < r.OpenPos && r.CloseEnd <= u.At + u.Length) || (u.At == r.Start && Math.Abs(u.Length - (r.End - r.Start)) <= 1)))];
    }

    /// <summary>The canonical speakers of <paramref name="drafts"/>, from their attributions and the article's mentions.</summary>
    private static string?[] ResolveNames(Article article, Attributor attributor, List<Draft> drafts)
    {
        var phrases = new List<string?>(drafts.Count);
        var cues = new List<string?>(drafts.Count);
        for (int n = 0; n < drafts.Count; n++)
        {
            var d = drafts[n];
            string? verb = null;
            bool implied = d.Attribution is null && d.Kind != QuoteKind.Scare
                && attributor.SubjectlessCueAfter(d.Raw, n + 1 < drafts.Count ? drafts[n + 1].Raw.OpenPos : int.MaxValue, out verb);
            var phrase = d.Attribution?.Speaker ?? d.Hint ?? (implied ? SpeakerResolver.Implied : null);
            phrases.Add(phrase);

            // "«…», disseram.": the verb of a dropped subject tells whether it was "they" (SpeakerResolver reads the plural).
            cues.Add(d.Attribution?.Cue ?? (implied && d.Hint is null && AttributionCues.IsPluralVerb(verb) ? verb : null));
        }

        var names = SpeakerResolver.Resolve(article, attributor, drafts.ConvertAll(d => d.Raw.OpenPos), drafts.ConvertAll(d => d.Raw.CloseEnd),
            drafts.ConvertAll(d => article.Paragraphs[d.Raw.FirstParagraph].Start), phrases, drafts.ConvertAll(d => d.Kind == QuoteKind.Scare), cues);
        for (int n = 0; n < names.Length; n++)
        {
            // "Rosyjskie Ministerstwo Obrony", "Vene kaitseministeerium": one English name for a ministry in every language.
            names[n] = InstitutionNames.English(names[n], phrases[n]) ?? names[n];
        }

        return names;
    }

    /// <summary>
    /// The pieces of <paramref name="outer"/> (<see cref="NestedQuotes"/>) when one of its inner quotes has a lead-in of its
    /// own that names someone, no pronoun ("il Papa ha affermato chiaramente: ‘…’"): that inner quote with its lead-in's
    /// attribution, every other piece with the outer quote's. Null when no inner quote is so introduced.
    /// </summary>
    private static List<Draft>? Pieces(string text, Attributor attributor, Draft outer)
    {
        if (NestedQuotes.Pieces(text, outer.Raw) is not { } pieces)
        {
            return null;
        }

        var own = new Attribution?[pieces.Count];
        bool any = false;
        for (int k = 0; k < pieces.Count; k++)
        {
            if (pieces[k].Inner && attributor.Before(pieces[k].Raw, outer.Raw.Start) is { Introduces: true, GapWords: <= LeadInMaxGap } lead
                && NestedQuotes.NamesSomeone(lead.Attribution.Speaker))
            {
                own[k] = lead.Attribution with { End = pieces[k].Raw.CloseEnd };
                any = true;
            }
        }

        if (!any)
        {
            return null;
        }

        // The pieces tile the outer quote from its opening mark to its closing one, so that no name of its words ("Putin sagte:",
        // a lead-in too short to be a piece) is read as a mention outside quotes.
        var drafts = new List<Draft>(pieces.Count);
        for (int k = 0; k < pieces.Count; k++)
        {
            var raw = pieces[k].Raw;
            int openPos = k == 0 ? outer.Raw.OpenPos : pieces[k - 1].Raw.CloseEnd;
            int closeEnd = k == pieces.Count - 1 ? Math.Max(raw.CloseEnd, outer.Raw.CloseEnd) : raw.CloseEnd;
            raw = raw with { OpenPos = Math.Min(openPos, raw.Start), CloseEnd = closeEnd };
            drafts.Add(own[k] is { } attribution ? new Draft(raw, QuoteKind.Full, Embedded.No, attribution) : outer with { Raw = raw });
        }

        return drafts;
    }

    /// <summary>
    /// Gives a quote the speaker resolved for the quote it leans on, in place of what its own place would resolve to. A quote
    /// that takes the attribution of the quote before it (<see cref="Inherited"/>) is that quote's speaker's: "“…” – napisał
    /// szef ukraińskiego MSZ. ¶ “…”" read from the second quote's paragraph would reach past the minister named two paragraphs
    /// up. Scare quotes after an attributed quote in the same sentence are its speaker's words ("The president said that the
    /// armed forces “have been given the necessary orders” and that the government would take “decisive action”").
    /// </summary>
    private static void ShareSpeakers(string text, List<Draft> drafts, string?[] names)
    {
        for (int n = 1; n < drafts.Count; n++)
        {
            var (prior, current) = (drafts[n - 1], drafts[n]);
            if (current.SharesWith is int source and >= 0 && source < n && names[source] is { } shared)
            {
                names[n] = shared;
            }
            else if (current.Kind == QuoteKind.Scare && (prior.Attribution is not null || prior.Hint is not null) && names[n - 1] is { } said
                && prior.Raw.FirstParagraph == current.Raw.FirstParagraph && prior.Raw.CloseEnd <= current.Raw.OpenPos
                && text.AsSpan(prior.Raw.CloseEnd, current.Raw.OpenPos - prior.Raw.CloseEnd).IndexOfAny(SentenceEnds) < 0)
            {
                names[n] = said;
            }
        }
    }

    /// <summary>True when a word of the sentence before <paramref name="at"/> is <paramref name="name"/>'s last name, by name key ("Putin aveva riconosciuto …, rilanciando … “finestra aperta”").</summary>
    private static bool NamedInSentence(string text, int at, string? name)
    {
        if (name is null)
        {
            return false;
        }

        var key = SpeakerNames.Key(name);
        int start = SpeakerSubjects.SentenceStart(text, at);
        return start < at && SpeakerNames.WordKeys(text[start..at]).Any(w => SpeakerNames.SameKey(w, key));
    }

    /// <summary>The marks that end a sentence between two quotes.</summary>
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?");

    private static Draft Describe(Article article, Attributor attributor, RawQuote raw, int nextOpen, int clip, Draft? previous, int previousAt)
    {
        var text = article.Text;
        var embedding = Embedding(text, raw.OpenPos, article.Paragraphs[raw.FirstParagraph].Start);
        var after = attributor.After(raw, nextOpen, requireJoin: embedding != Embedded.No);

        // An attribution after the quote makes it a statement and names its speaker: what stands before it is not needed.
        var lead = after is null ? attributor.Before(raw, clip) : null;

        // A speech verb without subject before the quote ("Zapewnił, że „…”") names no one: it only tells the resolver a pronoun was dropped.
        bool dropped = lead is { Attribution.Speaker: SpeakerResolver.Implied };
        var before = dropped ? null : lead;
        // "«Ya veremos», dijo.", "„Zobaczymy” – powiedział.", "وقال: "سنرى"": a verb that drops its subject, after the words or
        // leading into them with a colon, makes them speech as a named speaker would (they had been scare quotes, never a version).
        var kind = CountWords(text.AsSpan(raw.Start, raw.End - raw.Start), ScareMaxWords + 1) <= ScareMaxWords
            ? ShortKind(raw, after is not null || (embedding == Embedded.No && text[raw.End - 1] is '.' or '!' or '?')
                || (embedding == Embedded.No && (attributor.SubjectlessCueAfter(raw, nextOpen) || (dropped && lead!.Value.Introduces && ColonBefore(text, raw.OpenPos)))), before,
                embedding == Embedded.No && WholeParagraph(text, raw, article.Paragraphs[raw.FirstParagraph]))
            : embedding == Embedded.InSentence ? QuoteKind.Partial : QuoteKind.Full;
        if (kind == QuoteKind.Scare)
        {
            return new Draft(raw, kind, embedding, null);
        }

        bool leadsIn = before is { } b && (kind == QuoteKind.Partial || embedding != Embedded.No
            ? b.GapWords <= PartialCueDistance
            : b.GapWords <= LeadInMaxGap && b.Introduces);
        var inherited = after is null && !leadsIn ? Inherited(text, raw, embedding, previous) : null;
        var attribution = after ?? (leadsIn ? before!.Value.Attribution : (Attribution?)null) ?? inherited
            ?? (embedding != Embedded.No && !dropped ? attributor.SentenceClosing(raw, nextOpen) : null)
            ?? attributor.Inside(raw);
        var hint = attribution is not null ? null : dropped ? SpeakerResolver.Implied : embedding != Embedded.No ? before?.Attribution.Speaker : null;
        return new Draft(raw, kind, embedding, attribution, Hint: hint, SharesWith: inherited is null ? -1 : previousAt);
    }

    /// <summary>True when the quote is all its paragraph holds (“Aandacht afleiden” as a subheading): nothing but spaces and punctuation around it.</summary>
    private static bool WholeParagraph(string text, RawQuote raw, Corpus.Paragraph paragraph) =>
        raw.FirstParagraph == raw.LastParagraph
        && !HasLetterOrDigit(text.AsSpan(paragraph.Start, Math.Max(0, raw.OpenPos - paragraph.Start)))
        && !HasLetterOrDigit(text.AsSpan(raw.CloseEnd, Math.Max(0, paragraph.End - raw.CloseEnd)));

    /// <summary>True when a colon (and spaces) stands right before the quote mark at <paramref name="open"/>.</summary>
    private static bool ColonBefore(string text, int open)
    {
        int k = open - 1;
        while (k >= 0 && text[k] is ' ' or '\u00A0')
        {
            k--;
        }

        return k >= 0 && text[k] == ':';
    }

    /// <summary>
    /// One or two quoted words: a statement when an attribution follows or they make a sentence of their own (“Never.”),
    /// partial when a cue stands close before, the quote is cut off or it is a paragraph of its own (a subheading quoting
    /// the story's speaker: “Aandacht afleiden”), else scare quotes.
    /// </summary>
    private static QuoteKind ShortKind(RawQuote raw, bool statement, LeadIn? before, bool heading = false) =>
        statement ? QuoteKind.Full
        : before is { GapWords: <= ScareCueDistance } || raw.Unclosed || heading ? QuoteKind.Partial
        : QuoteKind.Scare;

    /// <summary>
    /// The previous quote's attribution for a standalone quote that follows it: nothing but punctuation may stand between,
    /// except the rest of the previous quote's attribution sentence (“…,” the statement said on Telegram. “…”).
    /// </summary>
    private static Attribution? Inherited(string text, RawQuote raw, Embedded embedding, Draft? previous)
    {
        if (embedding != Embedded.No || previous is not { Attribution: { } earlier } || earlier.End > raw.OpenPos)
        {
            return null;
        }

        if (previous.Kind == QuoteKind.Partial)
        {
            // "Er bezeichnete die Lage als „dramatisch“. „Wir brauchen jede helfende Hand.“": a standalone quote right after the
            // partial quote that ends its attributed sentence (nothing but punctuation between) is the same speaker's.
            return previous.Raw.CloseEnd <= raw.OpenPos && earlier.End <= previous.Raw.CloseEnd
                && !HasLetterOrDigit(text.AsSpan(previous.Raw.CloseEnd, raw.OpenPos - previous.Raw.CloseEnd))
                && text.AsSpan(previous.Raw.CloseEnd, raw.OpenPos - previous.Raw.CloseEnd).IndexOfAny('.', '!', '?') >= 0
                && previous.Raw.LastParagraph == raw.FirstParagraph
                ? earlier with { End = raw.CloseEnd }
                : null;
        }

        if (previous.Kind != QuoteKind.Full)
        {
            return null;
        }

        bool sentenceOpen = earlier.End > previous.Raw.CloseEnd;
        foreach (char c in text.AsSpan(earlier.End, raw.OpenPos - earlier.End))
        {
            if (c is '.' or '!' or '?')
            {
                sentenceOpen = false;
            }
            else if (char.IsLetterOrDigit(c) && !sentenceOpen)
            {
                return null;
            }
        }

        return earlier with { End = raw.CloseEnd };
    }

    /// <summary>Gives a standalone quote the attribution of the quote right after it when only punctuation stands between (“…” – “…,” Yusov explained).</summary>
    private static void InheritBackwards(string text, List<Draft> drafts)
    {
        for (int n = drafts.Count - 2; n >= 0; n--)
        {
            var (current, next) = (drafts[n], drafts[n + 1]);
            if (current is { Attribution: null, Kind: QuoteKind.Full, Embedding: Embedded.No } && next is { Attribution: { } later, Kind: QuoteKind.Full }
                && !HasLetterOrDigit(text.AsSpan(current.Raw.CloseEnd, next.Raw.OpenPos - current.Raw.CloseEnd)))
            {
                drafts[n] = current with { Attribution = later };
            }
        }
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the quote continues the writer's sentence: a word stands right before its opening mark.</summary>
    private static Embedded Embedding(string text, int openPos, int paragraphStart)
    {
        int end = openPos;
        while (end > paragraphStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > paragraphStart && Text.TextChars.IsDash(text[end - 1]))
        {
            // "сам факт обсуждения ... — «это ...»": a dash after a word continues the writer's sentence.
            int before = end - 1;
            while (before > paragraphStart && char.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }

            return before > paragraphStart && char.IsLetterOrDigit(text[before - 1]) ? Embedded.InSentence : Embedded.No;
        }

        if (end == paragraphStart || !char.IsLetterOrDigit(text[end - 1]))
        {
            return Embedded.No;
        }

        int start = end;
        while (start > paragraphStart && end - start < 16 && (char.IsLetter(text[start - 1]) || QuoteMarks.IsSingle(text[start - 1])))
        {
            start--;
        }

        var word = Text.Tokenizer.NormalizeWord(text[start..end]);
        return Attributor.IsComplementizer(word) ? Embedded.AfterThat : Embedded.InSentence;
    }

    /// <summary>The number of words (runs of non-space characters holding a letter or digit), counting no further than <paramref name="max"/>.</summary>
    private static int CountWords(ReadOnlySpan<char> text, int max)
    {
        int words = 0;
        bool inWord = false;
        bool counted = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                counted = false;
            }

            if (!counted && char.IsLetterOrDigit(c))
            {
                counted = true;
                if (++words >= max)
                {
                    return words;
                }
            }
        }

        return words;
    }

    private static List<Quote> Merge(Article article, List<Draft> drafts)
    {
        var quotes = new List<Quote>(drafts.Count);
        var occurrences = new List<List<Span>>(drafts.Count);

        // Each quote holds its list of occurrences from the start; a repeat of the quote adds to it.
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            var span = new Span(d.Raw.Start, d.Raw.End);

            // An article's only draft repeats no other: its key is not made.
            var key = drafts.Count > 1 ? Key(article.Text.AsSpan(span.Start, span.Length)) : null;
            if (key is not null && byKey.TryGetValue(key, out int index))
            {
                var q = quotes[index];
                occurrences[index].Add(span);
                quotes[index] = q with
                {
                    Kind = (QuoteKind)Math.Min((int)q.Kind, (int)d.Kind),
                    Speaker = q.Speaker ?? d.Attribution?.Speaker,
                    Cue = q.Speaker is null ? d.Attribution?.Cue : q.Cue,
                    CanonicalSpeaker = q.CanonicalSpeaker ?? d.Canonical,
                    SpeakerKey = q.SpeakerKey ?? (d.Canonical is null ? null : SpeakerNames.Key(d.Canonical)),
                    SpeakerInSentence = q.CanonicalSpeaker is null ? d.InSentence : q.SpeakerInSentence,
                };
                continue;
            }

            if (key is not null)
            {
                byKey.Add(key, quotes.Count);
            }

            List<Span> places = [span];
            occurrences.Add(places);
            var quoted = article.Text[span.Start..span.End];
            quotes.Add(new Quote($"{article.Id}#{quotes.Count + 1}", article.Id, quoted, span.Start, span.End,
                d.Kind, d.Raw.Unclosed, d.Raw.OpenMark == ' ' ? "" : QuoteMarks.OpenMarkText(d.Raw.OpenMark), d.Attribution?.Speaker, d.Attribution?.Cue,
                LanguageIdentifier.IdentifyQuote(quoted, article.Language).Language, places, d.Canonical,
                d.Canonical is null ? null : SpeakerNames.Key(d.Canonical)) { SpeakerInSentence = d.InSentence, CutOff = d.Raw.Unclosed && !EndsSentence(quoted) && EndsText(article.Text, span.End) });
        }

        return quotes;
    }

    /// <summary>Whether <paramref name="quoted"/> ends with a full stop, a question or exclamation mark or an ellipsis (white space aside).</summary>
    private static bool EndsSentence(string quoted) => quoted.AsSpan().TrimEnd() is { Length: > 0 } rest && rest[^1] is '.' or '!' or '?' or '…';

    /// <summary>
    /// Whether nothing follows <paramref name="end"/> in <paramref name="text"/> but white space, dots and ellipses, and
    /// editor's notes in brackets on one line ("[EXCERPT TRUNCATED HERE]", "[…]"): a quote left open there was cut off with
    /// the page.
    /// </summary>
    internal static bool EndsText(string text, int end)
    {
        for (int i = end; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '[')
            {
                int line = text.IndexOf('\n', i + 1);
                int close = text.IndexOf(']', i + 1, (line < 0 ? text.Length : line) - (i + 1));
                if (close < 0)
                {
                    return false;
                }

                i = close;
            }
            else if (!char.IsWhiteSpace(c) && c is not ('.' or '…'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The identity of a quote's words: letters and digits lower-cased, everything else one space.</summary>
    private static string Key(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        Span<char> key = text.Length <= MaxStackKey ? stackalloc char[MaxStackKey] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int length = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && length > 0)
                {
                    key[length++] = ' ';
                }

                key[length++] = c == 'ё' ? 'е' : char.ToLowerInvariant(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        var result = new string(key[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private enum Embedded
    {
        No,
        InSentence,
        AfterThat,
    }

    /// <summary>
    /// A quote as described before its speaker is resolved. <c>Hint</c> is the speaker phrase of a cue earlier in the quote's
    /// sentence, too far from it to be its attribution ("El exmandatario estadounidense dijo que, ante …, «animaría» a Rusia"):
    /// read only to resolve the canonical speaker. <c>SharesWith</c> is the index of the earlier quote whose attribution this one
    /// takes (-1 for none); <c>InSentence</c> marks a scare quote whose speaker its own sentence names (<see cref="Quote.SpeakerInSentence"/>).
    /// </summary>
    private sealed record Draft(RawQuote Raw, QuoteKind Kind, Embedded Embedding, Attribution? Attribution, string? Canonical = null, string? Hint = null, int SharesWith = -1, bool InSentence = false);
}
