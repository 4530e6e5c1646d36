using System.Text;
using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>
/// A diagnostic for cross-language grouping (<c>cross-steps</c>): runs the analysis with the linker wrapped so that the
/// grouper's OWN cross-language links (the last call of the linker, on the texts the grouper keyed) are recorded, then
/// classifies every missed cross-language gold pair by where it was lost:
/// <c>linked</c> (the grouper had a link between the two texts, but no join step used it), <c>grouplinked</c> (the two
/// final groups have links between other sentences), <c>nolink</c> (no link between the two groups at all), each split by
/// whether a side's group holds one article only (<c>lone</c>) and whether a side's group holds partial quotes only
/// (<c>partial</c>); and the final join evidence of every cross-language gold pair found.
/// </summary>
internal static class CrossLanguageSteps
{
    /// <summary>The analysis of <paramref name="dir"/> and the grouper's last cross-language links with the texts they index.</summary>
    public static (Analysis Analysis, IReadOnlyList<Quote> Texts, IReadOnlyList<CrossLanguageLink> Links) Run(string dir)
    {
        IReadOnlyList<Quote> texts = [];
        IReadOnlyList<CrossLanguageLink> links = [];
        var bridge = CrossLanguageBridge.Default;
        var options = AnalysisOptions.Default with
        {
            Grouping = GroupingOptions.Default with
            {
                CrossLanguageLinks = sentences =>
                {
                    var found = bridge is null ? [] : CrossLanguageLinker.Link(sentences, bridge);
                    (texts, links) = (sentences.ToList(), found);
                    return found;
                },
            },
        };
        var analysis = Analysis.Run(dir, options);
        return (analysis, texts, links);
    }

    /// <summary>Classifies the missed cross-language pairs of one corpus; adds the counts to <paramref name="tally"/>; returns example lines.</summary>
    public static string Classify(Analysis analysis, IReadOnlyList<Quote> texts, IReadOnlyList<CrossLanguageLink> links, IEnumerable<AnswerKeyEntry> key, IDictionary<string, long> tally)
    {
        var groupOf = new Dictionary<string, QuoteGroup>(StringComparer.Ordinal);
        foreach (var group in analysis.Groups)
        {
            foreach (var member in group.Members.Concat(group.Fragments))
            {
                groupOf[member.Id] = group;
            }
        }

        // A final sentence's text index: itself when it is a text, else the text of its language with the same words.
        var textIndex = new Dictionary<Quote, int>(ReferenceEqualityComparer.Instance);
        var byWords = new Dictionary<(string, string), int>();
        for (int t = 0; t < texts.Count; t++)
        {
            textIndex[texts[t]] = t;
            byWords.TryAdd((texts[t].Language, Words(texts[t].Text)), t);
        }

        int TextOf(Quote q) => textIndex.TryGetValue(q, out var t) ? t : byWords.TryGetValue((q.Language, Words(q.Text)), out t) ? t : -1;

        // Per text, the groups its copies stand in; the linked text pairs; the linked group pairs.
        var groupsOfText = new Dictionary<int, HashSet<string>>();
        foreach (var group in analysis.Groups)
        {
            foreach (var member in group.Members.Concat(group.Fragments))
            {
                int t = TextOf(member);
                if (t >= 0)
                {
                    (groupsOfText.TryGetValue(t, out var set) ? set : groupsOfText[t] = new HashSet<string>(StringComparer.Ordinal)).Add(group.Id);
                }
            }
        }

        var linked = new Dictionary<(int, int), double>();
        var groupLinks = new HashSet<(string, string)>();
        foreach (var link in links)
        {
            linked[(link.A, link.B)] = link.Similarity;
            linked[(link.B, link.A)] = link.Similarity;
            if (groupsOfText.TryGetValue(link.A, out var ga) && groupsOfText.TryGetValue(link.B, out var gb))
            {
                foreach (var x in ga)
                {
                    foreach (var y in gb)
                    {
                        groupLinks.Add((x, y));
                        groupLinks.Add((y, x));
                    }
                }
            }
        }

        var byFile = analysis.Corpus.Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var sentencesByArticle = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments)).ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        var rows = new List<(AnswerKeyEntry Entry, string Language, Quote? Sentence)>();
        foreach (var e in key)
        {
            byFile.TryGetValue(e.File, out var article);
            int at = article is null ? -1 : GroupingEvaluator.SpanAt(article, e.ExactSpan);
            var sentence = at < 0 ? null : GroupingEvaluator.Match(at, at + e.ExactSpan.Length, sentencesByArticle[article!.Id]);
            rows.Add((e, article is null ? "und" : StopWords.Primary(article.Language), sentence));
        }

        string Shape(QuoteGroup g)
        {
            bool lone = g.Members.Concat(g.Fragments).Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count() <= 1;
            bool partial = g.Members.All(m => m.Kind != QuoteKind.Full);
            return (lone ? "lone" : "shared") + (partial ? "/partial" : "");
        }

        var sb = new StringBuilder();
        var examples = new Dictionary<string, int>(StringComparer.Ordinal);
        var shown = new HashSet<(string, string)>();
        foreach (var unit in rows.GroupBy(r => r.Entry.UnitId, StringComparer.Ordinal))
        {
            var list = unit.ToList();
            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    var (x, y) = (list[i], list[j]);
                    if (x.Language == y.Language || x.Entry.File == y.Entry.File)
                    {
                        continue;
                    }

                    if (x.Sentence is null || y.Sentence is null)
                    {
                        Add(tally, "missed nosentence");
                        continue;
                    }

                    var (gx, gy) = (groupOf[x.Sentence.Id], groupOf[y.Sentence.Id]);
                    if (gx.Id == gy.Id)
                    {
                        Add(tally, "found");
                        continue;
                    }

                    int tx = TextOf(x.Sentence), ty = TextOf(y.Sentence);
                    var kind = tx < 0 || ty < 0 ? "unmapped"
                        : linked.ContainsKey((tx, ty)) ? "linked"
                        : groupLinks.Contains((gx.Id, gy.Id)) ? "grouplinked" : "nolink";
                    var shapes = new[] { Shape(gx), Shape(gy) };
                    Array.Sort(shapes, StringComparer.Ordinal);
                    // Whether one side's language stands in both groups (the two groups are one statement split by language elsewhere).
                    bool ownInOther = gy.Members.Any(m => StopWords.Primary(m.Language) == x.Language) || gx.Members.Any(m => StopWords.Primary(m.Language) == y.Language);
                    var cls = "missed " + kind + " " + shapes[0] + "+" + shapes[1] + (ownInOther ? " samelang-in-other" : "");
                    Add(tally, "missed " + kind);
                    Add(tally, cls);
                    if (examples.GetValueOrDefault(cls) < ExampleLimit && (examples[cls] = examples.GetValueOrDefault(cls) + 1) > 0)
                    {
                        sb.AppendLine(FormattableString.Invariant($"{cls} [{unit.Key}] {x.Language} {gx.Id}({gx.Members.Count}+{gx.Fragments.Count}) {Short(x.Sentence.Text)} || {y.Language} {gy.Id}({gy.Members.Count}+{gy.Fragments.Count}) {Short(y.Sentence.Text)}"));
                        if (ownInOther && shown.Add((gx.Id, gy.Id)) && Environment.GetEnvironmentVariable("CROSS_STEPS_GROUPS") is not null)
                        {
                            foreach (var g in new[] { gx, gy })
                            {
                                foreach (var m in g.Members.OrderBy(m => m.Language, StringComparer.Ordinal))
                                {
                                    int tm = TextOf(m);
                                    int linksOut = tm < 0 ? 0 : (g == gx ? gy : gx).Members.Count(o => TextOf(o) is int to && to >= 0 && linked.ContainsKey((tm, to)));
                                    sb.AppendLine(FormattableString.Invariant($"      {g.Id} {m.Language} {m.Kind} L{linksOut} {Short(m.Text, 140)}"));
                                }
                            }
                        }
                    }
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Example lines shown per class (CROSS_STEPS_EXAMPLES, else 6).</summary>
    private static int ExampleLimit => int.TryParse(Environment.GetEnvironmentVariable("CROSS_STEPS_EXAMPLES"), out var n) ? n : 6;

    private static void Add(IDictionary<string, long> tally, string key) => tally[key] = tally.TryGetValue(key, out var n) ? n + 1 : 1;

    private static string Words(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }

    private static string Short(string text, int max = 110) => text.Length <= max ? text : text[..max] + "…";
}
