using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// Whether a piece (a partial or scare quote) that reaches a shared group across languages renders that group's statement,
/// when the group has versions in the piece's own language: the piece's words must stand in one of them.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>
    /// The share of a piece's words (of <see cref="PieceWordMinLength"/> letters or more) that must stand in one version of
    /// its own language in the group it joins across languages, when the group has such versions.
    /// </summary>
    internal const double PieceOwnLanguageShare = 0.5;

    /// <summary>The fewest letters of a word of a piece that counts in <see cref="PieceInOwnLanguage"/> (shorter ones are mostly function words).</summary>
    internal const int PieceWordMinLength = 4;

    /// <summary>The letters a word's stem keeps for <see cref="PieceInOwnLanguage"/> (so that inflected forms still meet).</summary>
    private const int PieceStemLength = 5;

    /// <summary>
    /// Per group and language, the non-fragment sentences of that language in the group (the versions a piece of that language
    /// must stand in to join the group across languages).
    /// </summary>
    private static Dictionary<(int Group, int Language), List<int>> VersionsByLanguage(IdenticalTexts texts, Assignment state)
    {
        var versions = new Dictionary<(int Group, int Language), List<int>>();
        for (int q = 0; q < state.Key.Length; q++)
        {
            if (!state.Fragment[q])
            {
                var key = (state.Key[q], texts.Language[texts.Of[q]]);
                (versions.TryGetValue(key, out var list) ? list : versions[key] = []).Add(q);
            }
        }

        return versions;
    }

    /// <summary>
    /// Whether piece <paramref name="piece"/> may join <paramref name="group"/> across languages: the group has no version
    /// in the piece's language, or at least <see cref="PieceOwnLanguageShare"/> of the piece's words stand (by stem) in one
    /// of them (or one of them comes from the piece's own article, which then carries the statement). The stems of each
    /// version are read once (<paramref name="stemsOf"/>). A one-word scare quote ("window") matches one dictionary word of a statement in another language; when the
    /// outlets of its own language quote that statement without the word, it renders something else.
    /// </summary>
    private static bool PieceInOwnLanguage(Quote[] sorted, IdenticalTexts texts, Assignment state, Dictionary<(int Group, int Language), List<int>> versions, Dictionary<int, HashSet<string>> stemsOf, int piece, int group)
    {
        if (!versions.TryGetValue((group, texts.Language[texts.Of[piece]]), out var own))
        {
            return true;
        }

        // The piece's own article carries a version of the statement: it quotes a piece of it again, in other words maybe.
        if (own.Any(q => state.Article[q] == state.Article[piece]))
        {
            return true;
        }

        var stems = Stems(sorted[piece].Text);
        if (stems.Count == 0)
        {
            return true;
        }

        foreach (var q in own)
        {
            var other = stemsOf.TryGetValue(q, out var known) ? known : stemsOf[q] = Stems(sorted[q].Text);
            if (stems.Count(other.Contains) >= PieceOwnLanguageShare * stems.Count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stems of a text's words of <see cref="PieceWordMinLength"/> letters or more, lower-cased (invariant).</summary>
    private static HashSet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in LetterRuns(text))
        {
            if (end - start >= PieceWordMinLength)
            {
                stems.Add(text.Substring(start, Math.Min(PieceStemLength, end - start)).ToLowerInvariant());
            }
        }

        return stems;
    }
}
