using System.Globalization;
using QuoteLens.Grouping;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>
/// Lists, for the articles whose file name contains a given text (<c>evaluate --article</c>), every quote the finder found
/// (kind, span, text) and every grouped sentence of it (group, version or fragment, group size), to read why a key entry is
/// not found or sits in the wrong group.
/// </summary>
internal static class ArticleDump
{
    /// <summary>Writes the quotes and grouped sentences of the matching articles to <paramref name="output"/>.</summary>
    public static void Write(Analysis analysis, string fileContains, TextWriter output)
    {
        var groupOf = new Dictionary<string, (QuoteGroup Group, bool Fragment)>(StringComparer.Ordinal);
        foreach (var group in analysis.Groups)
        {
            group.Members.ToList().ForEach(m => groupOf[m.Id] = (group, false));
            group.Fragments.ToList().ForEach(f => groupOf[f.Id] = (group, true));
        }

        var sentences = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments)).ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        foreach (var article in analysis.Corpus.Articles.Where(a => a.File.Contains(fileContains, StringComparison.Ordinal)))
        {
            output.WriteLine("ARTICLE " + article.File);
            SpeakerTrace.Write(article, analysis.Quotes.Where(q => q.ArticleId == article.Id).ToList(), output);
            foreach (var q in analysis.Quotes.Where(q => q.ArticleId == article.Id).OrderBy(q => q.Start))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  QUOTE {q.Kind} {q.Start}..{q.End} speaker={q.CanonicalSpeaker ?? "-"} «{Flat(q.Text)}»"));
            }

            foreach (var s in sentences[article.Id].OrderBy(q => q.Start))
            {
                var (g, fragment) = groupOf[s.Id];
                var how = g.Links.FirstOrDefault(l => l.To == s.Id)?.Evidence ?? "first";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  SENT {g.Id}{(fragment ? " frag" : "")} {g.Members.Count}m/{g.Fragments.Count}f {s.Kind} {s.Start}..{s.End} via \"{how}\" «{Flat(s.Text)}»"));
            }
        }
    }

    private static string Flat(string text) => text.Length > 160 ? text[..160].Replace('\n', '¶') + "…" : text.Replace('\n', '¶');
}
