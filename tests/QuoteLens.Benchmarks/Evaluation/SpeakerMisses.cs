using QuoteLens.Grouping;
using QuoteLens.Quotes;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>
/// The key entries whose speaker the kit got wrong, for reading: the key's speaker against the canonical speaker found
/// (and the phrase and cue as written), with the file and the sentence around the quote. Entries are matched to quoted
/// sentences as <see cref="GroupingEvaluator"/> matches them, and a speaker is right by <see cref="GroupingEvaluator.SameSpeaker"/>,
/// so the misses listed are exactly those the speaker accuracy counts.
/// </summary>
internal static class SpeakerMisses
{
    /// <summary>One wrong speaker: why (not found / no speaker / wrong), the key's and the kit's speakers, and where.</summary>
    internal sealed record Miss(string Reason, string File, string Gold, string? Found, string? Phrase, string? Cue, string Context);

    /// <summary>The misses of one answer key, in key order.</summary>
    public static List<Miss> List(Analysis analysis, IEnumerable<AnswerKeyEntry> key)
    {
        var grouped = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments)).ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        var byFile = analysis.Corpus.Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var misses = new List<Miss>();
        foreach (var e in key.Where(e => e.Speaker is not null))
        {
            if (!byFile.TryGetValue(e.File, out var article))
            {
                misses.Add(new Miss("no file", e.File, e.Speaker!, null, null, null, e.ExactSpan));
                continue;
            }

            if (Environment.GetEnvironmentVariable("QUOTELENS_MENTIONS") == e.File)
            {
                // The mentions the resolver reads in this article, for debugging a miss.
                var weak = new List<Mention>();
                var quoted = QuotedText.Of(article.Text);
                var language = QuoteLens.Text.StopWords.Primary(article.Language ?? "en");
                var mentions = new Attributor(article).Mentions(language, weak, quoted);
                foreach (var m in mentions.Concat(weak.Select(w => w with { Name = "(weak) " + w.Name })).Concat(SpeakerResolver.NameOccurrences(article.Text, mentions, quoted).Select(w => w with { Name = "(occurrence) " + w.Name })))
                {
                    Console.WriteLine($"  mention {m.At}: {m.Name} <- {m.Phrase}");
                }
            }

            int at = GroupingEvaluator.SpanAt(article, e.ExactSpan);
            if (at < 0)
            {
                misses.Add(new Miss("span missing", e.File, e.Speaker!, null, null, null, e.ExactSpan));
                continue;
            }

            int end = at + e.ExactSpan.Length;
            var quote = grouped[article.Id]
                .Select(q => (Quote: q, Overlap: q.Occurrences.Max(o => Math.Min(end, o.End) - Math.Max(at, o.Start))))
                .Where(x => x.Overlap > 0)
                .OrderByDescending(x => x.Overlap).ThenBy(x => x.Quote.Start).ThenBy(x => x.Quote.Id, StringComparer.Ordinal)
                .Select(x => x.Quote).FirstOrDefault();
            if (quote is not null && GroupingEvaluator.SameSpeaker(quote.CanonicalSpeaker, e.Speaker!))
            {
                continue;
            }

            string reason = quote is null ? "not found" : quote.CanonicalSpeaker is null ? "none" : "wrong";
            int from = Math.Max(0, (quote?.Start ?? at) - 220), to = Math.Min(article.Text.Length, (quote?.End ?? end) + 160);
            var context = article.Text[from..to].Replace('\n', ' ').Replace('\r', ' ');
            misses.Add(new Miss(reason, e.File, e.Speaker!, quote?.CanonicalSpeaker, quote?.Speaker, quote?.Cue, context));
        }

        return misses;
    }

    /// <summary>Writes the misses, one block each, and a count per reason.</summary>
    public static void Print(string set, List<Miss> misses, TextWriter writer)
    {
        foreach (var m in misses)
        {
            writer.WriteLine($"[{m.Reason}] {set}/{m.File}: gold \"{m.Gold}\" found \"{m.Found}\" (phrase \"{m.Phrase}\", cue \"{m.Cue}\")");
            writer.WriteLine($"    … {m.Context} …");
        }

        writer.WriteLine($"{set}: {misses.Count} speaker misses ({string.Join(", ", misses.GroupBy(m => m.Reason).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))})");
    }
}
