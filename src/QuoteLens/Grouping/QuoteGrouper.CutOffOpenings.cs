using System.Globalization;
using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Grouping;

/// <content>
/// A quote the page cut off is the opening of the version it begins: see <see cref="AttachCutOffOpenings"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The fewest words a cut-off quote must keep (its last one, maybe cut, included) to be read as a version's opening.</summary>
    internal const int CutOffMinWords = 2;

    /// <summary>
    /// A quote that the page cut off (<see cref="Quote.CutOff"/>: "«В эт" where the stored page ends) and that stands alone
    /// is the opening of the versions in its own language that begin with its words, the last one maybe cut ("В этом случае
    /// уже нужно говорить не о вероятности, а о неизбежности"): it joins their group as a fragment, when they all stand in
    /// one group (openings that several statements share stay alone). Its keys leave the cut word out
    /// (<see cref="QuoteKeys.Content"/>), so nothing else joins it: "эт" had the stem of "это" and took the stub to another
    /// statement of the article.
    /// </summary>
    private static void AttachCutOffOpenings(Quote[] sorted, IdenticalTexts texts, Assignment state, HashSet<int> shared, List<Evidence> evidence)
    {
        int n = sorted.Length;
        List<int>? stubs = null;
        for (int q = 0; q < n; q++)
        {
            if (sorted[q].CutOff && (state.Fragment[q] || !shared.Contains(state.Key[q])))
            {
                (stubs ??= []).Add(q);
            }
        }

        if (stubs is null)
        {
            return;
        }

        // The stubs' words; then the versions (not fragments) that begin with a stub's first word, by language and that word
        // (read only when some quote was cut off; the other words of a version only when a stub's first word opens it).
        var stubWords = stubs.ToDictionary(q => q, q => NormalizedWords(sorted[q].Text));
        var firsts = new HashSet<(int Language, string Word)>(stubWords.Where(p => p.Value.Length >= CutOffMinWords).Select(p => (texts.Language[texts.Of[p.Key]], p.Value[0])));
        var byFirst = new Dictionary<(int Language, string Word), List<int>>();
        for (int q = 0; q < n && firsts.Count > 0; q++)
        {
            if (!state.Fragment[q] && !sorted[q].CutOff && FirstWord(sorted[q].Text) is { } first && firsts.Contains((texts.Language[texts.Of[q]], first)))
            {
                var key = (texts.Language[texts.Of[q]], first);
                (byFirst.TryGetValue(key, out var list) ? list : byFirst[key] = []).Add(q);
            }
        }

        var wordsOf = new Dictionary<int, string[]>();
        foreach (int stub in stubs)
        {
            var words = stubWords[stub];
            if (words.Length < CutOffMinWords || !byFirst.TryGetValue((texts.Language[texts.Of[stub]], words[0]), out var candidates))
            {
                continue;
            }

            int group = -1, first = -1;
            var articles = new HashSet<int>();
            bool ambiguous = false;
            foreach (int c in candidates)
            {
                if (state.Article[c] == state.Article[stub] || !Opens(words, wordsOf.TryGetValue(c, out var version) ? version : wordsOf[c] = NormalizedWords(sorted[c].Text)))
                {
                    continue;
                }

                if (group >= 0 && state.Key[c] != group)
                {
                    ambiguous = true;
                    break;
                }

                if (group < 0)
                {
                    (group, first) = (state.Key[c], c);
                }

                articles.Add(state.Article[c]);
            }

            if (group >= 0 && !ambiguous)
            {
                state.Key[stub] = group;
                state.Fragment[stub] = true;
                evidence.Add(new Evidence(first, stub, string.Create(CultureInfo.InvariantCulture, $"cut off with the page: the opening words of versions in {articles.Count} other articles")));
            }
        }
    }

    /// <summary>Whether <paramref name="stub"/>'s words begin <paramref name="version"/>'s, its last word maybe cut (a prefix of the version's word there).</summary>
    private static bool Opens(string[] stub, string[] version)
    {
        if (version.Length < stub.Length)
        {
            return false;
        }

        for (int i = 0; i < stub.Length - 1; i++)
        {
            if (!string.Equals(stub[i], version[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return version[stub.Length - 1].StartsWith(stub[^1], StringComparison.Ordinal) && (version.Length > stub.Length || version[^1].Length > stub[^1].Length);
    }

    /// <summary>The first word or number of <paramref name="text"/>, normalized, or null when it has none.</summary>
    private static string? FirstWord(string text)
    {
        var span = text.AsSpan();
        for (int end = 0; Tokenizer.Next(span, end, out int start, out end, out var kind);)
        {
            if (kind is TokenKind.Word or TokenKind.Number)
            {
                return Tokenizer.Normalize(span[start..end], kind);
            }
        }

        return null;
    }

    /// <summary>The words and numbers of <paramref name="text"/>, normalized (lower case, one form of each letter), in order.</summary>
    private static string[] NormalizedWords(string text) => [.. Tokenizer.Tokenize(text).Where(t => t.IsContent).Select(t => t.Norm)];
}
