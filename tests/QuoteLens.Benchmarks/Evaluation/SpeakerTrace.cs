using System.Globalization;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>
/// Lists, for one article (<c>evaluate --article</c>), the mentions the speaker resolver reads: named cue subjects (strong
/// and weak), plain names, and the later occurrences of those names, each with its offset and whether it stands as an object,
/// to read why a quote took the speaker it did.
/// </summary>
internal static class SpeakerTrace
{
    /// <summary>Writes the mentions of <paramref name="article"/> given its found quotes.</summary>
    public static void Write(Corpus.Article article, IReadOnlyList<Quote> quotes, TextWriter output)
    {
        var language = StopWords.Primary(article.Language ?? "en");
        var attributor = new Attributor(article);
        var ordered = quotes.OrderBy(q => q.Start).ToList();
        var quoted = QuotedText.Of(article.Text).With(ordered.ConvertAll(q => q.Start), ordered.ConvertAll(q => q.End));
        var weak = new List<Mention>();
        var plain = new List<Mention>();
        var mentions = attributor.Mentions(language, weak, quoted, plain);
        void Dump(string label, IEnumerable<Mention> list)
        {
            foreach (var m in list)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label} {m.At} {(m.Object ? "obj" : "subj")} name={m.Name} phrase={m.Phrase}"));
            }
        }

        Dump("MENTION", mentions);
        Dump("WEAK", weak);
        Dump("PLAIN", plain);
        Dump("OCCUR", SpeakerResolver.NameOccurrences(article.Text, [.. mentions], quoted));
    }
}
