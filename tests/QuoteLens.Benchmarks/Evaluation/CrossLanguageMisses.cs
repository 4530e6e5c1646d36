using System.Text;
using QuoteLens.Grouping;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>
/// A diagnostic for cross-language grouping (<c>evaluate --cross-misses</c>): per key unit whose entries span two or more
/// languages, the groups the kit put them in, with each entry's language, file and matched sentence, and how many
/// cross-language gold pairs were missed; then the cross-language pairs grouped against the key (wrong joins). Entries are
/// matched to sentences as <see cref="GroupingEvaluator"/> matches them (the sentence overlapping the span most).
/// </summary>
internal static class CrossLanguageMisses
{
    /// <summary>The report for one corpus and its key; also the missed pair counts per language pair added to <paramref name="missedByPair"/>.</summary>
    public static string Describe(Analysis analysis, IEnumerable<AnswerKeyEntry> key, IDictionary<string, long> missedByPair, IDictionary<string, long> wrongByPair)
    {
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in analysis.Groups)
        {
            foreach (var member in group.Members.Concat(group.Fragments))
            {
                groupOf[member.Id] = group.Id;
            }
        }

        var articlesOf = analysis.Groups.ToDictionary(g => g.Id, g => g.Members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var byFile = analysis.Corpus.Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var sentencesByArticle = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments)).ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var e in key)
        {
            byFile.TryGetValue(e.File, out var article);
            int at = article is null ? -1 : GroupingEvaluator.SpanAt(article, e.ExactSpan);
            var sentence = at < 0 ? null : GroupingEvaluator.Match(at, at + e.ExactSpan.Length, sentencesByArticle[article!.Id]);
            rows.Add(new Row(e, article is null ? "und" : StopWords.Primary(article.Language), sentence, sentence is null ? null : groupOf[sentence.Id]));
        }

        // The linker's links over the grouped sentences, to tell a missed pair with no link from one whose groups did not join.
        var sentences = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments)).DistinctBy(q => q.Id).ToList();
        var linked = new HashSet<(string, string)>();
        var groupLinks = new Dictionary<(string, string), int>();
        if (analysis.Bridge is { } bridge)
        {
            foreach (var link in QuoteLens.Grouping.CrossLanguage.CrossLanguageLinker.Link(sentences, bridge))
            {
                linked.Add((sentences[link.A].Id, sentences[link.B].Id));
                linked.Add((sentences[link.B].Id, sentences[link.A].Id));
                var (ga, gb) = (groupOf[sentences[link.A].Id], groupOf[sentences[link.B].Id]);
                groupLinks[(ga, gb)] = groupLinks.GetValueOrDefault((ga, gb)) + 1;
                groupLinks[(gb, ga)] = groupLinks.GetValueOrDefault((gb, ga)) + 1;
            }
        }

        var sb = new StringBuilder();
        var noLinks = new HashSet<(string, string)>();
        var noLinkLines = new List<string>();
        foreach (var unit in rows.GroupBy(r => r.Entry.UnitId, StringComparer.Ordinal).OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            var list = unit.ToList();
            if (list.Select(r => r.Language).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            long missed = 0;
            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    if (list[i].Language != list[j].Language && list[i].Entry.File != list[j].Entry.File && (list[i].Group is null || list[i].Group != list[j].Group))
                    {
                        missed++;
                        var kind = list[i].Sentence is null || list[j].Sentence is null ? "nosentence"
                            : linked.Contains((list[i].Sentence!.Id, list[j].Sentence!.Id)) ? "linked"
                            : groupLinks.ContainsKey((list[i].Group!, list[j].Group!)) ? "grouplinked" : "nolink";
                        missedByPair["kind " + kind] = missedByPair.TryGetValue("kind " + kind, out var k) ? k + 1 : 1;
                        if (kind != "nosentence")
                        {
                            // Whether either side sits in a group of one article (a short sentence or fragment left alone).
                            var lone = (articlesOf.GetValueOrDefault(list[i].Group!) <= 1 ? "lone" : "shared") + "-" + (articlesOf.GetValueOrDefault(list[j].Group!) <= 1 ? "lone" : "shared");
                            lone = lone == "shared-lone" ? "lone-shared" : lone;
                            var sub = "kind " + kind + " " + lone;
                            missedByPair[sub] = missedByPair.TryGetValue(sub, out var k2) ? k2 + 1 : 1;
                        }

                        if (kind == "nolink" && noLinks.Add((list[i].Sentence!.Text, list[j].Sentence!.Text)))
                        {
                            var (x, y) = string.CompareOrdinal(list[i].Language, list[j].Language) < 0 ? (list[i], list[j]) : (list[j], list[i]);
                            noLinkLines.Add($"NOLINK {x.Language}-{y.Language} {unit.Key} | {Short(x.Sentence!.Text, 150)} | {Short(y.Sentence!.Text, 150)}");
                        }
                        var pair = string.CompareOrdinal(list[i].Language, list[j].Language) < 0 ? list[i].Language + "-" + list[j].Language : list[j].Language + "-" + list[i].Language;
                        missedByPair[pair] = missedByPair.TryGetValue(pair, out var m) ? m + 1 : 1;
                    }
                }
            }

            if (missed == 0)
            {
                continue;
            }

            sb.AppendLine(FormattableString.Invariant($"UNIT {unit.Key} missed {missed}"));
            foreach (var group in list.GroupBy(r => r.Group ?? "(none)", StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var others = list.Select(r => r.Group).Where(g => g is not null && g != group.Key).Distinct().Select(g => g + ":" + groupLinks.GetValueOrDefault((group.Key, g!)));
                sb.AppendLine(FormattableString.Invariant($"  group {group.Key} links to {string.Join(' ', others)}"));
                foreach (var r in group.OrderBy(r => r.Language, StringComparer.Ordinal).ThenBy(r => r.Entry.File, StringComparer.Ordinal))
                {
                    var text = r.Sentence?.Text ?? ("[no sentence] " + r.Entry.ExactSpan);
                    sb.AppendLine(FormattableString.Invariant($"    {r.Language} {r.Entry.Kind,-8} {Short(r.Entry.File),-28} {Short(text, 220)}"));
                }
            }
        }

        noLinkLines.Sort(StringComparer.Ordinal);
        foreach (var line in noLinkLines)
        {
            sb.AppendLine(line);
        }

        // Wrong joins: entries of different languages and different units in one group.
        foreach (var group in rows.Where(r => r.Group is not null).GroupBy(r => r.Group!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var wrong = new List<(Row, Row)>();
            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    if (list[i].Language != list[j].Language && list[i].Entry.File != list[j].Entry.File && list[i].Entry.UnitId != list[j].Entry.UnitId)
                    {
                        wrong.Add((list[i], list[j]));
                        var pair = string.CompareOrdinal(list[i].Language, list[j].Language) < 0 ? list[i].Language + "-" + list[j].Language : list[j].Language + "-" + list[i].Language;
                        wrongByPair[pair] = wrongByPair.TryGetValue(pair, out var m) ? m + 1 : 1;
                    }
                }
            }

            if (wrong.Count > 0)
            {
                sb.AppendLine(FormattableString.Invariant($"WRONG group {group.Key}: {wrong.Count} cross pairs of different units"));
                foreach (var r in list.OrderBy(r => r.Entry.UnitId, StringComparer.Ordinal).ThenBy(r => r.Language, StringComparer.Ordinal))
                {
                    sb.AppendLine(FormattableString.Invariant($"    {r.Entry.UnitId,-8} {r.Language} {Short(r.Entry.File),-28} {Short(r.Sentence!.Text, 200)}"));
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Each word of <paramref name="text"/> with the keys the default bridge gives it.</summary>
    public static string Keys(string text, string language)
    {
        var bridge = QuoteLens.Grouping.CrossLanguage.CrossLanguageBridge.Default;
        bridge.Prepare([(text, language)]);
        var sb = new StringBuilder();
        foreach (var issue in bridge.Issues)
        {
            sb.AppendLine("issue: " + issue);
        }

        foreach (var token in Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word))
        {
            sb.AppendLine(token.Text + "\t" + string.Join(' ', bridge.Keys(token.Text, language)));
        }

        return sb.ToString();
    }

    private static string Short(string s, int max = 28) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private sealed record Row(AnswerKeyEntry Entry, string Language, Quote? Sentence, string? Group);
}
