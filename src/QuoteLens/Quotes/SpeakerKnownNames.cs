using QuoteLens.Corpus;

namespace QuoteLens.Quotes;

/// <summary>
/// Speakers for the quotes of an Arabic article that names no one the attributor can read. Arabic writes no capitals, so a
/// name is found only after a speech verb ("قال بوتين"); an article that says "وهاجم بريغوزين شويغو وغيراسموف …، وتابع "…""
/// ("Prigozhin attacked Shoigu and Gerasimov …, and went on: "…"") left every quote without a speaker. Here the people the rest
/// of the corpus quotes are looked for in the article's own words (outside its quotes) by their consonant skeleton
/// (<see cref="SpeakerNames.Skeleton"/>: بريغوزين and Prigozhin), and a quote with no speaker takes the one of them named before it
/// whom the corpus quotes most (the article's protagonist, not the officials he attacks).
/// </summary>
internal static class SpeakerKnownNames
{
    /// <summary>The fewest consonants a name's skeleton must have to be looked for (three: بوتين, btn).</summary>
    private const int MinSkeleton = 3;

    /// <summary>The fewest letters an Arabic word must have to be read as a name (بوتين has five; short words collide).</summary>
    private const int MinLetters = 4;

    /// <summary>
    /// <paramref name="quotes"/> (in article order, speakers already made one across the corpus), with a speaker for every
    /// quote of an Arabic article that had none and whose article names, outside its quotes, a person quoted elsewhere.
    /// </summary>
    public static List<Quote> InArabic(ArticleCorpus corpus, List<Quote> quotes)
    {
        if (!quotes.Exists(q => q.CanonicalSpeaker is null && q.Language == "ar"))
        {
            return quotes;
        }

        var known = KnownPeople(quotes);
        if (known.Count == 0)
        {
            return quotes;
        }

        // Each article's quotes by index, read in one pass (a corpus of many Arabic articles costs one pass, not one per article).
        var byArticle = corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var ownQuotes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int n = 0; n < quotes.Count; n++)
        {
            (ownQuotes.TryGetValue(quotes[n].ArticleId, out var list) ? list : ownQuotes[quotes[n].ArticleId] = []).Add(n);
        }

        foreach (var (article, indices) in ownQuotes)
        {
            if (!indices.Exists(n => quotes[n] is { CanonicalSpeaker: null, Language: "ar" }) || !byArticle.TryGetValue(article, out var source))
            {
                continue;
            }

            var named = Named(source.Text, indices.ConvertAll(n => quotes[n]), known);
            if (named.Count == 0)
            {
                continue;
            }

            foreach (int n in indices)
            {
                if (quotes[n] is { CanonicalSpeaker: null, Language: "ar" } quote && Protagonist(named, quote.Start, known) is { } person)
                {
                    quotes[n] = quote with { CanonicalSpeaker = known[person].Form, SpeakerKey = person };
                }
            }
        }

        return quotes;
    }

    /// <summary>People (names of two or three capitalised words, no title, body or group noun; not in Arabic letters) quoted in the corpus: key → the form and how many quotes, by skeleton.</summary>
    private static Dictionary<string, (string Form, int Quotes, string Skeleton)> KnownPeople(List<Quote> quotes)
    {
        var people = quotes
            .Where(q => q is { SpeakerKey: { } key, CanonicalSpeaker: { } name } && !SpeakerNames.IsArabicKey(key)
                && SpeakerResolver.PersonName(name, 2, 3) && InstitutionNames.Key(name) is null && UnitNames.Named(name) is null)
            .GroupBy(q => q.SpeakerKey!, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Form: g.First().CanonicalSpeaker!, Quotes: g.Count(), Skeleton: SpeakerNames.Skeleton(g.Key)))
            .Where(p => p.Skeleton.Length >= MinSkeleton)
            .ToList();

        // Keys with one skeleton are mostly one person spelled two ways (Prigozhin, Prigojine): the most quoted stands for it.
        return people.GroupBy(p => p.Skeleton, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.Quotes).ThenBy(p => p.Key, StringComparer.Ordinal).First())
            .ToDictionary(p => p.Key, p => (p.Form, p.Quotes, p.Skeleton), StringComparer.Ordinal);
    }

    /// <summary>Where the article's words outside its quotes name a known person: (position, key), in reading order.</summary>
    private static List<(int At, string Key)> Named(string text, List<Quote> own, Dictionary<string, (string Form, int Quotes, string Skeleton)> known)
    {
        var bySkeleton = known.ToDictionary(p => p.Value.Skeleton, p => p.Key, StringComparer.Ordinal);
        var found = new List<(int At, string Key)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsArabicLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsArabicLetter(text[i]))
            {
                i++;
            }

            if (i - start < MinLetters || own.Exists(q => q.Start <= start && start < q.End))
            {
                continue;
            }

            var word = text[start..i];
            if (word.StartsWith("ال", StringComparison.Ordinal))
            {
                // The article al- opens common nouns, never a foreign name.
                continue;
            }

            var key = SpeakerNames.Key(word);
            if (SpeakerNames.IsArabicKey(key))
            {
                foreach (var form in SpeakerNames.SkeletonForms(SpeakerNames.Skeleton(key)))
                {
                    if (bySkeleton.TryGetValue(form, out var person))
                    {
                        found.Add((start, person));
                        break;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Of the known people named before <paramref name="at"/> (else anywhere), the one the corpus quotes most; ties to the first named.</summary>
    private static string? Protagonist(List<(int At, string Key)> named, int at, Dictionary<string, (string Form, int Quotes, string Skeleton)> known)
    {
        var before = named.Where(n => n.At < at).ToList();
        var pool = before.Count > 0 ? before : named;
        return pool.Select((n, order) => (n.Key, order)).GroupBy(n => n.Key, StringComparer.Ordinal)
            .OrderByDescending(g => known[g.Key].Quotes).ThenBy(g => g.Min(n => n.order)).Select(g => g.Key).FirstOrDefault();
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';
}
