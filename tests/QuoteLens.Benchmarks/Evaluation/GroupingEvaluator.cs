using QuoteLens.Grouping;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>Pairwise counts: how many pairs the kit grouped, how many the key groups, how many both.</summary>
internal sealed record PairScore(long TruePositives, long PredictedPairs, long GoldPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePositives / PredictedPairs;

    public double Recall => GoldPairs == 0 ? 1 : (double)TruePositives / GoldPairs;

    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        FormattableString.Invariant($"precision {Precision:0.000} ({TruePositives}/{PredictedPairs}), recall {Recall:0.000} ({TruePositives}/{GoldPairs}), F1 {F1:0.000}");
}

/// <summary>A count of successes out of a number of cases.</summary>
internal sealed record Ratio(int Hits, int Cases)
{
    public double Value => Cases == 0 ? 1 : (double)Hits / Cases;

    public override string ToString() => FormattableString.Invariant($"{Value:0.000} ({Hits}/{Cases})");
}

/// <summary>
/// Quality against an answer key: grouping overall, for pairs in one language and across languages (and per language
/// pair), how many of the key's quotes the quote finder found, and how many speakers it named right.
/// </summary>
/// <param name="All">Every pair of entries from different files.</param>
/// <param name="SameLanguage">Pairs whose two articles are in one language.</param>
/// <param name="CrossLanguage">Pairs whose articles are in two languages.</param>
/// <param name="Entries">The key entries scored.</param>
/// <param name="Unmatched">Entries no found quote covers (never predicted to pair).</param>
internal sealed record GroupingScore(PairScore All, PairScore SameLanguage, PairScore CrossLanguage, int Entries, int Unmatched)
{
    /// <summary>Cross-language pairs per language pair ("en-fr", the two primary languages in ordinal order).</summary>
    public IReadOnlyDictionary<string, PairScore> ByLanguagePair { get; init; } = new Dictionary<string, PairScore>(StringComparer.Ordinal);

    /// <summary>Entries of kind quote whose span the quote finder found (<see cref="GroupingEvaluator.Found"/>).</summary>
    public Ratio QuoteRecall { get; init; } = new(0, 0);

    /// <summary>Entries with a speaker whose found quote names that speaker (<see cref="GroupingEvaluator.SameSpeaker"/>).</summary>
    public Ratio SpeakerAccuracy { get; init; } = new(0, 0);

    /// <summary>Entries whose exact span is not in their file's text (or whose file is not in the corpus): errors of the key, counted as not found.</summary>
    public int SpansMissing { get; init; }
}

/// <summary>
/// Scores a run against an answer key. Each key entry is matched to the quoted sentence of its file that overlaps its text
/// most (a version of a group or a fragment attached to one: a fragment counts in its statement's group); then every
/// pair of entries from different files counts: grouped together by the kit (predicted), versions of one utterance by
/// the key (gold), or both. An entry no quote covers is never predicted to pair.
/// </summary>
internal static class GroupingEvaluator
{
    public static GroupingScore Score(Analysis analysis, IEnumerable<AnswerKeyEntry> key)
    {
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in analysis.Groups)
        {
            foreach (var member in Sentences(group))
            {
                groupOf[member.Id] = group.Id;
            }
        }

        var byFile = analysis.Corpus.Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var sentencesByArticle = analysis.Groups.SelectMany(Sentences).ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        var quotesByArticle = analysis.Quotes.ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        var items = key.AsParallel().AsOrdered().Select(e =>
        {
            byFile.TryGetValue(e.File, out var article);
            int at = article is null ? -1 : SpanAt(article, e.ExactSpan, quotesByArticle[article.Id]);
            var sentence = at < 0 ? null : Match(at, at + e.ExactSpan.Length, sentencesByArticle[article!.Id]);
            bool found = at >= 0 && Found(at, at + e.ExactSpan.Length, quotesByArticle[article!.Id]);
            var language = article is null ? "und" : StopWords.Primary(article.Language);
            return new Item(e, sentence is null ? null : groupOf[sentence.Id], language, at >= 0, found, sentence?.CanonicalSpeaker);
        }).ToList();

        var all = Count(items, i => i.Entry.UnitId, i => i.Group);
        var same = Count(items, i => i.Entry.UnitId + "\t" + i.Language, i => i.Group is null ? null : i.Group + "\t" + i.Language);
        var cross = new PairScore(all.TruePositives - same.TruePositives, all.PredictedPairs - same.PredictedPairs, all.GoldPairs - same.GoldPairs);
        var quoteRows = items.Where(i => i.Entry.Kind == "quote").ToList();
        var speakerRows = items.Where(i => i.Entry.Speaker is not null).ToList();
        return new GroupingScore(all, same, cross, items.Count, items.Count(i => i.Group is null))
        {
            ByLanguagePair = ByLanguagePair(items),
            QuoteRecall = new Ratio(quoteRows.Count(i => i.Found), quoteRows.Count),
            SpeakerAccuracy = new Ratio(speakerRows.Count(i => SameSpeaker(i.Speaker, i.Entry.Speaker!)), speakerRows.Count),
            SpansMissing = items.Count(i => !i.SpanInText),
        };
    }

    /// <summary>
    /// Whether a found quote's canonical speaker names the key's speaker: some word of it meets the last name of the
    /// key's speaker (its last word, or the last part of a hyphenated one: "al-Asad" is "Asad") by name key, in any script or transliteration ("Путин" meets "Vladimir Putin"; "the White House" does
    /// not meet "Joe Biden"). The quote finder's harness uses the same rule.
    /// </summary>
    public static bool SameSpeaker(string? found, string gold)
    {
        if (found is null)
        {
            return false;
        }

        // Words are cut at hyphens on both sides, as WordKeys cuts the found name: the key's "Hezam al-Asad" is met by "Asad".
        var goldWords = gold.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith('(')).SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (goldWords.Count == 0)
        {
            return false;
        }

        var last = SpeakerNames.Key(goldWords[^1]);
        return SpeakerNames.WordKeys(found).Any(w => SpeakerNames.SameKey(w, last));
    }

    /// <summary>
    /// Where a key's span stands in <paramref name="article"/>: its first occurrence in the story (from the first kept paragraph
    /// on), so that a word the page's front matter also holds ("encourage" in the address) is read where the story has it;
    /// else its first occurrence anywhere; -1 when it is not in the text. Given the article's <paramref name="quotes"/>, a span
    /// the story holds more than once is read where a quote covers it (the key's entries are quoted words: "entire cost" is
    /// the headline's ‘entire cost’, not the same words in the writer's own sentence above it).
    /// </summary>
    public static int SpanAt(Corpus.Article article, string span, IEnumerable<Quote>? quotes = null)
    {
        int story = article.Paragraphs.Count > 0 ? Math.Clamp(article.Paragraphs[0].Start, 0, article.Text.Length) : 0;
        int at = article.Text.IndexOf(span, story, StringComparison.Ordinal);
        if (at < 0)
        {
            return article.Text.IndexOf(span, StringComparison.Ordinal);
        }

        if (quotes is not null && span.Length > 0)
        {
            var occurrences = quotes.SelectMany(q => q.Occurrences).ToList();
            for (int next = at; next >= 0; next = article.Text.IndexOf(span, next + 1, StringComparison.Ordinal))
            {
                if (occurrences.Any(o => o.Start < next + span.Length && o.End > next))
                {
                    return next;
                }
            }
        }

        return at;
    }

    /// <summary>
    /// Whether the quote finder found the key's span [<paramref name="start"/>, <paramref name="end"/>): a quote of its
    /// article covers at least half of its characters.
    /// </summary>
    public static bool Found(int start, int end, IEnumerable<Quote> quotes) =>
        quotes.Any(q => q.Occurrences.Any(o => 2 * (Math.Min(end, o.End) - Math.Max(start, o.Start)) >= end - start));

    /// <summary>The quoted sentences of a group: its versions and the fragments attached to it.</summary>
    private static IEnumerable<Quote> Sentences(QuoteGroup group) => group.Members.Concat(group.Fragments);

    /// <summary>
    /// Pair counts without enumerating pairs (answer keys of generated corpora have hundreds of thousands of entries): the pairs
    /// of entries from different files that share a gold class, a predicted class (null: none), or both.
    /// </summary>
    private static PairScore Count(List<Item> items, Func<Item, string> gold, Func<Item, string?> predicted)
    {
        long Pairs(Func<Item, string?> classOf)
        {
            long pairs = 0;
            foreach (var members in items.Where(i => classOf(i) is not null).GroupBy(i => classOf(i)!, StringComparer.Ordinal))
            {
                pairs += Choose2(members.Count()) - members.GroupBy(i => i.Entry.File, StringComparer.Ordinal).Sum(f => Choose2(f.Count()));
            }

            return pairs;
        }

        return new PairScore(
            Pairs(i => predicted(i) is { } p ? gold(i) + "\n" + p : null),
            Pairs(predicted),
            Pairs(gold));
    }

    /// <summary>Cross-language pairs per pair of languages: in a class, the entries of two languages make n1 × n2 pairs.</summary>
    private static Dictionary<string, PairScore> ByLanguagePair(List<Item> items)
    {
        var languages = items.Select(i => i.Language).Distinct().Order(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, PairScore>(StringComparer.Ordinal);
        for (int x = 0; x < languages.Count; x++)
        {
            for (int y = x + 1; y < languages.Count; y++)
            {
                string a = languages[x], b = languages[y];
                long Pairs(Func<Item, string?> classOf) => items.Where(i => classOf(i) is not null && (i.Language == a || i.Language == b))
                    .GroupBy(i => classOf(i)!, StringComparer.Ordinal)
                    .Sum(c => (long)c.Count(i => i.Language == a) * c.Count(i => i.Language == b));
                var score = new PairScore(Pairs(i => i.Group is { } g ? i.Entry.UnitId + "\n" + g : null), Pairs(i => i.Group), Pairs(i => i.Entry.UnitId));
                if (score.GoldPairs + score.PredictedPairs > 0)
                {
                    result[a + "-" + b] = score;
                }
            }
        }

        return result;
    }

    private static long Choose2(long n) => n * (n - 1) / 2;

    /// <summary>The grouped sentence that covers most of the key span <paramref name="at"/>..<paramref name="end"/> (ties: the earliest, then by id), or null; the diagnostics match key entries the same way.</summary>
    internal static Quote? Match(int at, int end, IEnumerable<Quote> quotes) => quotes
        .Select(q => (Quote: q, Overlap: q.Occurrences.Max(o => Math.Min(end, o.End) - Math.Max(at, o.Start))))
        .Where(x => x.Overlap > 0)
        .OrderByDescending(x => x.Overlap).ThenBy(x => x.Quote.Start).ThenBy(x => x.Quote.Id, StringComparer.Ordinal)
        .Select(x => x.Quote).FirstOrDefault();

    /// <summary>A key entry with the group the kit put it in (null when no quote covers it), its article's language, whether its span is in the text and found as a quote, and the speaker of the quote matched.</summary>
    private readonly record struct Item(AnswerKeyEntry Entry, string? Group, string Language, bool SpanInText, bool Found, string? Speaker);
}
