using System.Globalization;
using System.Text;
using QuoteLens.Grouping;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>
/// Explains same-language grouping errors against an answer key (<c>evaluate --explain</c>): per unit and language, the
/// gold pairs the kit did not group (both texts, their group ids, and why they did not join, judged on the default keys)
/// and the pairs it grouped that the key holds apart. Entries are matched to sentences as <see cref="GroupingEvaluator"/>
/// matches them.
/// </summary>
internal static class GroupingExplainer
{
    /// <summary>The report for one corpus, and the tally of missed pairs by reason.</summary>
    public static string Explain(Analysis analysis, IReadOnlyList<AnswerKeyEntry> key, Dictionary<string, long> reasons)
    {
        var groupOf = new Dictionary<string, QuoteGroup>(StringComparer.Ordinal);
        var fragment = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in analysis.Groups)
        {
            foreach (var member in group.Members)
            {
                groupOf[member.Id] = group;
            }

            foreach (var f in group.Fragments)
            {
                groupOf[f.Id] = group;
                fragment.Add(f.Id);
            }
        }

        var linkTo = analysis.Groups.SelectMany(g => g.Links).GroupBy(l => l.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byFile = analysis.Corpus.Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var sentences = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments)).ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        var quotes = analysis.Quotes.ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        var items = new List<Item>();
        foreach (var e in key)
        {
            byFile.TryGetValue(e.File, out var article);
            int at = article is null ? -1 : GroupingEvaluator.SpanAt(article, e.ExactSpan, quotes[article.Id]);
            var sentence = at < 0 ? null : GroupingEvaluator.Match(at, at + e.ExactSpan.Length, sentences[article!.Id]);
            var language = article is null ? "und" : StopWords.Primary(article.Language);
            items.Add(new Item(e, language, sentence, sentence is null ? null : groupOf[sentence.Id]));
        }

        var options = GroupingOptions.Default;
        var text = new StringBuilder();
        foreach (var unit in items.GroupBy(i => (i.Entry.UnitId, i.Language)).OrderBy(u => u.Key.UnitId, StringComparer.Ordinal).ThenBy(u => u.Key.Language, StringComparer.Ordinal))
        {
            var members = unit.ToList();
            var missed = new List<(Item A, Item B)>();
            for (int i = 0; i < members.Count; i++)
            {
                for (int j = i + 1; j < members.Count; j++)
                {
                    if (members[i].Entry.File != members[j].Entry.File && (members[i].Group is null || members[i].Group != members[j].Group))
                    {
                        missed.Add((members[i], members[j]));
                    }
                }
            }

            if (missed.Count == 0)
            {
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"MISSED {unit.Key.UnitId} ({unit.Key.Language}): {missed.Count} pairs of {members.Count} entries; groups {string.Join(", ", members.GroupBy(m => m.Group?.Id ?? "none").Select(g => g.Key + "×" + g.Count()))}");

            // One example per pair of groups: the closest pair on keys.
            foreach (var byGroups in missed.GroupBy(p => (p.A.Group?.Id ?? "none:" + p.A.Entry.File) + " / " + (p.B.Group?.Id ?? "none:" + p.B.Entry.File)))
            {
                var (a, b, why) = byGroups.Select(p => (p.A, p.B, Why: Why(p.A, p.B))).OrderByDescending(p => p.Why.Score).First();
                reasons[why.Reason] = reasons.GetValueOrDefault(why.Reason) + byGroups.Count();
                text.AppendLine(CultureInfo.InvariantCulture, $"  {byGroups.Count()} pair(s) {byGroups.Key}: {why.Reason} — {why.Detail}");
                text.AppendLine("    A " + Describe(a));
                text.AppendLine("    B " + Describe(b));
            }
        }

        // Pairs grouped together that the key holds apart (same language, different files). A sentence that key spans of two
        // units fall in (the outlet wrote them as one sentence and the kit kept it whole) is in both units: whatever group it
        // joins, its pairs with the other unit's entries there are false, so such pairs are counted apart.
        var unitsIn = items.Where(i => i.Sentence is not null).GroupBy(i => i.Sentence!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Entry.UnitId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        foreach (var group in items.Where(i => i.Group is not null).GroupBy(i => (i.Group!.Id, i.Language)).OrderBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            var units = group.GroupBy(i => i.Entry.UnitId, StringComparer.Ordinal).ToList();
            if (units.Count < 2)
            {
                continue;
            }

            long pairs = 0, merged = 0;
            for (int i = 0; i < units.Count; i++)
            {
                for (int j = i + 1; j < units.Count; j++)
                {
                    foreach (var (x, y) in units[i].SelectMany(x => units[j], (x, y) => (x, y)).Where(p => p.x.Entry.File != p.y.Entry.File))
                    {
                        pairs++;
                        merged += unitsIn[x.Sentence!.Id] > 1 || unitsIn[y.Sentence!.Id] > 1 ? 1 : 0;
                    }
                }
            }

            if (pairs == 0)
            {
                continue;
            }

            reasons["false pairs"] = reasons.GetValueOrDefault("false pairs") + pairs;
            reasons["false pairs: through a sentence holding two units"] = reasons.GetValueOrDefault("false pairs: through a sentence holding two units") + merged;
            text.AppendLine(CultureInfo.InvariantCulture, $"FALSE {group.Key.Id} ({group.Key.Language}): {pairs} pairs across units {string.Join(", ", units.Select(u => u.Key + "×" + u.Count()))}; {merged} through a sentence holding two units");
            foreach (var u in units)
            {
                foreach (var item in u)
                {
                    text.AppendLine("    " + u.Key + (unitsIn[item.Sentence!.Id] > 1 ? " [two units] " : " ") + Describe(item));
                }
            }
        }

        return text.ToString();

        string Describe(Item item)
        {
            if (item.Sentence is not { } q)
            {
                return $"{item.Entry.File} [not found] gold «{Clip(item.Entry.ExactSpan)}»";
            }

            var how = linkTo.TryGetValue(q.Id, out var link) ? link.Evidence : "first";
            int keys = options.Keys(q).Count;
            return string.Create(CultureInfo.InvariantCulture, $"{item.Entry.File} [{item.Group!.Id}{(fragment.Contains(q.Id) ? " fragment" : "")}, {item.Group.Members.Count}m/{item.Group.Fragments.Count}f, {string.Join('+', item.Group.Members.Select(m => StopWords.Primary(m.Language)).Distinct())}] {q.Kind} {q.Language} {keys}k via \"{how}\" «{Clip(q.Text)}»{(q.Text.Contains(item.Entry.ExactSpan, StringComparison.Ordinal) ? "" : " gold «" + Clip(item.Entry.ExactSpan) + "»")}");
        }

        (int Score, string Reason, string Detail) Why(Item a, Item b)
        {
            if (a.Sentence is null || b.Sentence is null)
            {
                return (-2, "quote not found", "");
            }

            if (StopWords.Primary(a.Sentence.Language) != StopWords.Primary(b.Sentence.Language))
            {
                return (-1, "quote language differs", a.Sentence.Language + " vs " + b.Sentence.Language);
            }

            var x = options.Keys(a.Sentence);
            var y = options.Keys(b.Sentence);
            int shared = x.Count(y.Contains);
            int smaller = Math.Min(x.Count, y.Count);
            var detail = string.Create(CultureInfo.InvariantCulture, $"shared {shared}/{smaller} (keys {x.Count} and {y.Count})");
            if (fragment.Contains(a.Sentence.Id) || fragment.Contains(b.Sentence.Id))
            {
                return (shared, "fragment in another group", detail);
            }

            if (smaller < options.MinKeysToLink)
            {
                return (shared, shared == smaller ? "short, contained, no shared context" : "short, not contained", detail);
            }

            if (shared < options.MinSharedKeys || shared < options.MinContainment * smaller || shared < Math.Min(smaller - 1, 4))
            {
                return (shared, shared * 4 <= smaller ? "different text (few shared keys)" : "too few shared keys", detail);
            }

            return (shared, "similar, but not joined (weight, density or apart)", detail);
        }
    }

    private static string Clip(string text) => text.Length <= 260 ? text.ReplaceLineEndings(" ") : text[..257].ReplaceLineEndings(" ") + "...";

    private sealed record Item(AnswerKeyEntry Entry, string Language, Quote? Sentence, QuoteGroup? Group);
}
