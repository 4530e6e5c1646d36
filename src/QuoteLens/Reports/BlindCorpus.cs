using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using QuoteLens.Corpus;

namespace QuoteLens.Reports;

/// <summary>
/// Masks a corpus for a blind report: each article becomes "Source A", "Source B" ... in an order
/// shuffled by a hash of the corpus (the same corpus always gives the same order), and every outlet
/// name, title, address and file name is replaced in the text of every article by the label of its
/// article (or "[source]" when several articles share it), so that by-lines and "Read more at ..."
/// lines do not give a source away.
/// </summary>
public static class BlindCorpus
{
    /// <summary>A web domain written in an outlet field ("apostrophe.ua", "en.wenews.pk").</summary>
    private static readonly Regex Domain = new(@"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The mask of a name that several articles share.</summary>
    private const string Shared = "[source]";

    /// <summary>The masked corpus and the key from labels to the real articles (what a class exercise reveals at the end).</summary>
    /// <param name="corpus">The corpus to mask.</param>
    /// <example><code>var (blind, key) = BlindCorpus.Mask(CorpusLoader.Load("data/belgorod-2024-03"));</code></example>
    public static (ArticleCorpus Corpus, IReadOnlyList<SourceKey> Key) Mask(ArticleCorpus corpus)
    {
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", corpus.Articles.Select(a => a.Id + " " + a.ContentHash))));
        var shuffled = corpus.Articles
            .OrderBy(a => Convert.ToHexString(SHA256.HashData([.. seed, .. Encoding.UTF8.GetBytes(a.Id)])), StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var key = shuffled.Select((a, i) => new SourceKey("Source " + Letters(i), a)).ToList();
        var masker = NameMasker(key);
        var files = key.ToDictionary(k => k.Article.File, k => k.Label, StringComparer.Ordinal);
        var articles = key.Select((k, i) => MaskArticle(k, Letters(i), masker)).ToList();
        var issues = corpus.Issues
            .Select(issue => issue with
            {
                File = files.TryGetValue(issue.File, out var label) ? label : issue.File == CorpusLoader.ManifestFile ? issue.File : "(a file; name hidden in blind mode)",
                Message = masker(issue.Message).Text,
            })
            .ToList();
        return (corpus with { Articles = articles, Issues = issues }, key);
    }

    /// <summary>Spreadsheet-style letters: A ... Z, AA, AB ...</summary>
    internal static string Letters(int index)
    {
        var letters = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static Article MaskArticle(SourceKey key, string id, Func<string, (string Text, List<Replacement> Replacements)> masker)
    {
        var article = key.Article;
        var (text, replacements) = masker(article.Text);
        return article with
        {
            Id = id,
            File = key.Label,
            Outlet = key.Label,
            Url = null,
            Title = null,
            Text = text,
            Paragraphs = article.Paragraphs.Select(p => new Paragraph(Map(p.Start, replacements), Map(p.End, replacements))).ToList(),
            Metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>A replacement made in a text: the original span and the new one.</summary>
    private readonly record struct Replacement(int Start, int End, int NewStart, int NewEnd);

    private static int Map(int offset, List<Replacement> replacements)
    {
        int shift = 0;
        foreach (var r in replacements)
        {
            if (offset <= r.Start)
            {
                break;
            }

            if (offset < r.End)
            {
                return r.NewStart + Math.Min(offset - r.Start, r.NewEnd - r.NewStart);
            }

            shift = r.NewEnd - r.End;
        }

        return offset + shift;
    }

    /// <summary>A function masking every identifying name of every article in a text, longest names first, as whole words.</summary>
    private static Func<string, (string Text, List<Replacement> Replacements)> NameMasker(IReadOnlyList<SourceKey> key)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var k in key)
        {
            foreach (var name in IdentifyingNames(k.Article).Where(n => n.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var mask = "[" + k.Label + "]";
                owners[name] = owners.TryGetValue(name, out var other) && other != mask ? Shared : mask;
            }
        }

        if (owners.Count == 0)
        {
            return text => (text, []);
        }

        var pattern = string.Join("|", owners.Keys.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape));
        var regex = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{pattern})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
        return text =>
        {
            var replacements = new List<Replacement>();
            var masked = new StringBuilder(text.Length);
            int last = 0;
            foreach (Match m in regex.Matches(text))
            {
                masked.Append(text, last, m.Index - last);
                int newStart = masked.Length;
                masked.Append(owners[m.Value]);
                replacements.Add(new Replacement(m.Index, m.Index + m.Length, newStart, masked.Length));
                last = m.Index + m.Length;
            }

            masked.Append(text, last, text.Length - last);
            return (masked.ToString(), replacements);
        };
    }

    /// <summary>
    /// Every name that could identify the article's source: its outlet fields as given and their core
    /// ("The Moscow Times (English; AFP text)" → "The Moscow Times", "Moscow Times"), web domains named
    /// in them, its title, address and host, and its file name.
    /// </summary>
    private static IEnumerable<string> IdentifyingNames(Article article)
    {
        var outlets = new[] { "outlet", "source", "publisher", "site", "site_name" }
            .Select(f => article.Metadata.TryGetValue(f, out var v) ? v : null)
            .Append(article.Outlet)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v!.Trim());
        foreach (var outlet in outlets)
        {
            yield return outlet;
            var core = outlet.Split([" (", " - ", " – ", " | "], StringSplitOptions.None)[0].Trim();
            yield return core;
            if (core.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && core.Length > 6)
            {
                yield return core[4..];
            }

            foreach (Match domain in Domain.Matches(outlet))
            {
                yield return domain.Value;
            }
        }

        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            yield return article.Title.Trim();
        }

        if (!string.IsNullOrWhiteSpace(article.Url))
        {
            yield return article.Url.Trim();
            if (Uri.TryCreate(article.Url.Trim(), UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            {
                yield return uri.Host;
                if (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                {
                    yield return uri.Host[4..];
                }
            }
        }

        yield return article.File;
        yield return Path.GetFileName(article.File);
        yield return Path.GetFileNameWithoutExtension(article.File);
        if (article.Id.Length >= 4)
        {
            yield return article.Id;
        }
    }
}
