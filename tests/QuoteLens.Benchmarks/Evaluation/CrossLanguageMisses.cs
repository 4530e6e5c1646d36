using System.Text;
using QuoteLens.Grouping;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>
/// A diagnostic for cross-language grouping (<c>evaluate --cross-misses</c>): per key unit whose entries span two or more
/// languages, the groups the kit put them in, with each entry's language, file and matched sentence, and how many
/// cross-language gold pairs were missed; then the cross-language pairs grouped against the key (wrong joins). For a missed
/// pair with one side alone in its group (one article), a LONE line per such sentence tallies why statement order could not
/// place it, read off the final groups: a piece or short sentence ("lone-Partial", "lone-full-short"), the counterpart not a
/// full sentence, the two articles sharing no statement or one ("anchors-0", "anchors-1"), the counterpart's group holding
/// the sentence's language, or its place against two anchors or more (gap, end, crossing, length ratio). Entries are
/// matched to sentences as <see cref="GroupingEvaluator"/> matches them (the sentence overlapping the span most).
/// Two more tallies weigh the group-merge rules: "gl …" counts the missed pairs whose two groups (both of two articles or more)
/// the linker links, by whether the groups share a language, how many links tie them (1-2, 3-9, 10-29, 30+) and in how many
/// language pairs the links are dense (3 links and half the pairs, as <c>JoinSharedAcrossLanguages</c> weighs them); "merge …"
/// counts, over every such linked pair of groups, the key pairs a merge would gain (missed) and the false ones it would add
/// (wrong). Measured on the twenty-eight readable keys at e783918: 5,157 of the missed pairs are "gl", 4,800 of them between
/// groups sharing a language, but every class of linked groups would add 3 to 27 false pairs per true one if merged
/// (30+ links dense in 3 language pairs: 968 true, 4,778 false), so no threshold on these counts mends them.
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

        // Per pair of groups and languages, links between versions (members); per group and language, members.
        var memberOf = new HashSet<string>(analysis.Groups.SelectMany(g => g.Members).Select(m => m.Id), StringComparer.Ordinal);
        var langLinks = new Dictionary<(string, string, string, string), int>();
        var sizeOf = new Dictionary<(string, string), int>();
        foreach (var group in analysis.Groups)
        {
            foreach (var m in group.Members)
            {
                var k = (group.Id, StopWords.Primary(m.Language));
                sizeOf[k] = sizeOf.GetValueOrDefault(k) + 1;
            }
        }

        if (analysis.Bridge is { } bridge2)
        {
            foreach (var link in QuoteLens.Grouping.CrossLanguage.CrossLanguageLinker.Link(sentences, bridge2))
            {
                var (qa, qb) = (sentences[link.A], sentences[link.B]);
                if (!memberOf.Contains(qa.Id) || !memberOf.Contains(qb.Id)) { continue; }
                var (ga, gb) = (groupOf[qa.Id], groupOf[qb.Id]);
                var (la, lb) = (StopWords.Primary(qa.Language), StopWords.Primary(qb.Language));
                langLinks[(ga, gb, la, lb)] = langLinks.GetValueOrDefault((ga, gb, la, lb)) + 1;
                langLinks[(gb, ga, lb, la)] = langLinks.GetValueOrDefault((gb, ga, lb, la)) + 1;
            }
        }

        string GroupPairWhy(string ga, string gb)
        {
            var la = sizeOf.Keys.Where(k => k.Item1 == ga).Select(k => k.Item2).ToHashSet(StringComparer.Ordinal);
            var lb = sizeOf.Keys.Where(k => k.Item1 == gb).Select(k => k.Item2).ToHashSet(StringComparer.Ordinal);
            int total = 0, dense = 0; double maxDensity = 0; int maxCount = 0;
            foreach (var ((x, y, lx, ly), c) in langLinks.Where(p => p.Key.Item1 == ga && p.Key.Item2 == gb))
            {
                total += c;
                double d = (double)c / (sizeOf[(x, lx)] * sizeOf[(y, ly)]);
                if (c >= 3 && d >= 0.5) { dense++; }
                if (d > maxDensity) { maxDensity = d; maxCount = c; }
            }
            bool share = la.Overlaps(lb);
            string links = total >= 30 ? "30+" : total >= 10 ? "10-29" : total >= 3 ? "3-9" : "1-2";
            string d2 = dense >= 3 ? "dense3+" : dense > 0 ? "dense" + dense : maxDensity >= 0.5 ? "dense-fewlinks" : maxDensity >= 0.25 ? "d25-50" : "d<25";
            return (share ? "share " : "disjoint ") + links + " " + d2;
        }

        var sb = new StringBuilder();
        var loneReasons = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var membersByArticle = analysis.Groups.SelectMany(g => g.Members).DistinctBy(q => q.Id).GroupBy(q => q.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(q => q.Start).ThenBy(q => q.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var languagesOfGroup = analysis.Groups.ToDictionary(g => g.Id, g => g.Members.Select(m => StopWords.Primary(m.Language)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        // Why the order pass did not pair a lone full sentence of 4+ words with its counterpart (read off the final groups).
        (string Why, Row Lone)? OrderReason(Row a, Row b)
        {
            var (lone, other) = articlesOf.GetValueOrDefault(a.Group!) <= 1 && a.Sentence!.Kind == QuoteKind.Full ? (a, b)
                : articlesOf.GetValueOrDefault(b.Group!) <= 1 && b.Sentence!.Kind == QuoteKind.Full ? (b, a) : (null, null);
            if (lone is null)
            {
                (lone, other) = articlesOf.GetValueOrDefault(a.Group!) <= 1 ? (a, b) : articlesOf.GetValueOrDefault(b.Group!) <= 1 ? (b, a) : (null, null);
                return lone is null ? null : ("lone-" + lone.Sentence!.Kind, lone);
            }

            if (other is null || lone.Sentence!.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
            {
                return ("lone-full-short", lone);
            }

            if (!membersByArticle.TryGetValue(lone.Sentence.ArticleId, out var mx) || !membersByArticle.TryGetValue(other.Sentence!.ArticleId, out var my))
            {
                return ("nomembers", lone);
            }

            if (other.Sentence.Kind != QuoteKind.Full) { return ("other-not-full", lone); }
            var gx = mx.Select(q => groupOf[q.Id]).ToList();
            var gy = my.Select(q => groupOf[q.Id]).ToList();
            var anchors = new List<(int X, int Y)>();
            for (int x = 0; x < gx.Count; x++) { for (int y = 0; y < gy.Count; y++) { if (gx[x] == gy[y]) { anchors.Add((x, y)); } } }
            int shared = gx.Intersect(gy).Count();
            if (shared == 0) { return ("anchors-0", lone); }
            if (shared == 1) { return ("anchors-1", lone); }
            if (languagesOfGroup[other.Group!].Contains(lone.Language)) { return ("other-has-lone-language", lone); }
            int px = mx.FindIndex(q => q.Id == lone.Sentence.Id), py = my.FindIndex(q => q.Id == other.Sentence.Id);
            // the anchors right before and after each
            var before = anchors.Where(p => p.X < px && p.Y < py).ToList();
            var after = anchors.Where(p => p.X > px && p.Y > py).ToList();
            var crossing = anchors.Any(p => (p.X < px && p.Y > py) || (p.X > px && p.Y < py));
            int ax = before.Count > 0 ? before.Max(p => p.X) : -1, ay = before.Count > 0 ? before.Max(p => p.Y) : -1;
            int bx = after.Count > 0 ? after.Min(p => p.X) : mx.Count, by = after.Count > 0 ? after.Min(p => p.Y) : my.Count;
            int gapX = bx - ax - 1, gapY = by - ay - 1;
            string place = crossing ? "crossing" : before.Count == 0 || after.Count == 0 ? "end" : "gap";
            int la = lone.Sentence.Text.Length, lb = other.Sentence.Text.Length;
            string len = Math.Max(la, lb) > 1.8 * Math.Min(la, lb) ? "-len" : "";
            string size = place == "gap" ? (gapX > 3 || gapY > 3 ? "-big" : gapX == gapY ? "-even" : "-uneven") : place == "end" ? (before.Count == 0 ? (px > 0 || py > 0 ? "-before" + Math.Min(px, 9) + "/" + Math.Min(py, 9) : "-first") : (mx.Count - px - 1) + "/" + (my.Count - py - 1)) : "";
            return ($"anchors-2+ {place}{size}{len}", lone);
        }

        // Every pair of linked groups, both of two articles or more: what merging them would gain (key pairs of one unit) and cost.
        var rowsByGroup = rows.Where(r => r.Group is not null).ToLookup(r => r.Group!, StringComparer.Ordinal);
        foreach (var (ga, gb) in groupLinks.Keys.Where(k => string.CompareOrdinal(k.Item1, k.Item2) < 0))
        {
            if (articlesOf.GetValueOrDefault(ga) <= 1 || articlesOf.GetValueOrDefault(gb) <= 1) { continue; }
            long gain = 0, cost = 0;
            foreach (var x in rowsByGroup[ga])
            {
                foreach (var y in rowsByGroup[gb])
                {
                    if (x.Language == y.Language || x.Entry.File == y.Entry.File) { continue; }
                    if (x.Entry.UnitId == y.Entry.UnitId) { gain++; } else { cost++; }
                }
            }

            var cat = "merge " + GroupPairWhy(ga, gb);
            missedByPair[cat] = missedByPair.TryGetValue(cat, out var c1) ? c1 + gain : gain;
            wrongByPair[cat] = wrongByPair.TryGetValue(cat, out var c2) ? c2 + cost : cost;
        }

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
                            if (kind == "grouplinked" && lone == "shared-shared")
                            {
                                var why2 = "gl " + GroupPairWhy(list[i].Group!, list[j].Group!);
                                missedByPair[why2] = missedByPair.TryGetValue(why2, out var w2) ? w2 + 1 : 1;
                            }
                        }

                        if (kind != "nosentence" && OrderReason(list[i], list[j]) is { } why)
                        {
                            missedByPair["order " + why.Why] = missedByPair.TryGetValue("order " + why.Why, out var ow) ? ow + 1 : 1;
                            var lineKey = $"{unit.Key} {why.Lone.Language} {Short(why.Lone.Entry.File)} {Short(why.Lone.Sentence!.Text, 110)}";
                            (loneReasons.TryGetValue(lineKey, out var lr) ? lr : loneReasons[lineKey] = []).Add(why.Why);
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
        foreach (var (line, whys) in loneReasons.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(FormattableString.Invariant($"LONE {whys.Count,3} {line} || {string.Join(", ", whys.GroupBy(w => w).OrderByDescending(g => g.Count()).Select(g => g.Key + " x" + g.Count()))}"));
        }

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
