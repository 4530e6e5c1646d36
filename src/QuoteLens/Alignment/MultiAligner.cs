using System.Runtime.InteropServices;
using QuoteLens.Quotes;
using QuoteLens.Text;

using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Alignment;

/// <summary>
/// Aligns all versions of a group into one table, the way collation tools align witnesses: the longest version is the
/// centre; every other version is diffed against it token by token (DiffPlex), tokens that differ inside a changed
/// stretch share a slot (a substitution), and words a version adds get slots of their own between the centre's. The
/// centre is chosen by content (longest, then article id), so the table does not depend on the order of the versions.
/// </summary>
public static class MultiAligner
{
    /// <summary>The distinct words of the group being aligned on this thread (kept between groups to spare the allocations).</summary>
    [ThreadStatic]
    private static Dictionary<string, string>? t_words;

    /// <summary>Aligns the members of <paramref name="group"/> token by token, all as if written in one language.</summary>
    public static AlignmentTable Align(QuoteGroup group) => Align(group, null);

    /// <summary>
    /// Aligns the members of <paramref name="group"/> token by token. The centre is the longest version in the group's
    /// main language (the language most of its versions are in). A version in another language is not diffed letter for
    /// letter against it: each of its words stands under the centre word that <paramref name="bridge"/> pairs it with
    /// (<see cref="CrossLanguageBridge.AlignWords"/>: dictionary, name, number), in the order both share, and its words
    /// with no counterpart get slots of their own next to their neighbours; with no bridge, or none of its words paired,
    /// the whole version stands in slots of its own and no centre word is shown as rendered by it.
    /// </summary>
    /// <param name="group">The group.</param>
    /// <param name="bridge">The bridge that pairs words across languages, or null.</param>
    public static AlignmentTable Align(QuoteGroup group, CrossLanguageBridge? bridge)
    {
        ArgumentNullException.ThrowIfNull(group);
        var members = group.Members.OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Start).ToArray();
        var words = t_words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var tokens = Array.ConvertAll(members, m => SharingWords(Tokenizer.Tokenize(m.Text, m.Start), words));
        words.Clear();
        var language = MainLanguage(members);
        int centre = Longest(tokens, members, language);
        var centreTokens = tokens[centre];

        var placed = new RowPlacement[members.Length];
        var gapWidth = new int[centreTokens.Length + 1];
        for (int r = 0; r < members.Length; r++)
        {
            placed[r] = r == centre ? RowPlacement.Identity(centreTokens)
                : SameLanguage(members[r], members[centre]) ? RowPlacement.Against(centreTokens, tokens[r])
                : RowPlacement.Bridged(centreTokens, tokens[r], BridgedPairs(bridge, members[centre], centreTokens, members[r], tokens[r]));
            placed[r].WidenGaps(gapWidth);
        }

        int width = centreTokens.Length + gapWidth.Sum();
        var rows = new AlignedRow[members.Length];
        for (int r = 0; r < members.Length; r++)
        {
            rows[r] = new AlignedRow(members[r], placed[r].Cells(gapWidth, width));
        }

        return new AlignmentTable(group.Id, rows, width);
    }

    /// <summary>
    /// <paramref name="tokens"/> with one string per distinct text among the group's versions (<paramref name="words"/>):
    /// a table is kept (Analysis caches it), and the versions of a quote share most of their words.
    /// </summary>
    private static Token[] SharingWords(IReadOnlyList<Token> tokens, Dictionary<string, string> words)
    {
        var shared = new Token[tokens.Count];
        for (int i = 0; i < shared.Length; i++)
        {
            var token = tokens[i];
            var norm = Shared(token.Norm, words);
            shared[i] = token with { Text = string.Equals(token.Text, norm, StringComparison.Ordinal) ? norm : Shared(token.Text, words), Norm = norm };
        }

        return shared;
    }

    private static string Shared(string text, Dictionary<string, string> words)
    {
        ref var kept = ref CollectionsMarshal.GetValueRefOrAddDefault(words, text, out bool exists);
        if (!exists)
        {
            kept = text;
        }

        return kept!;
    }

    /// <summary>The index of the version with the most tokens among those in <paramref name="language"/> (the first such).</summary>
    private static int Longest(Token[][] tokens, Quote[] members, string language)
    {
        int longest = -1;
        for (int r = 0; r < tokens.Length; r++)
        {
            if (string.Equals(members[r].Language, language, StringComparison.Ordinal) && (longest < 0 || tokens[r].Length > tokens[longest].Length))
            {
                longest = r;
            }
        }

        return longest;
    }

    /// <summary>The language most versions are in; a tie goes to the first in ordinal order.</summary>
    private static string MainLanguage(Quote[] members) =>
        members.GroupBy(m => m.Language, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    /// <summary>
    /// True when two versions are compared word for word: the same language, or a language not identified on either
    /// side (a version in no known language is diffed as before rather than left unaligned).
    /// </summary>
    private static bool SameLanguage(Quote a, Quote b) =>
        string.Equals(a.Language, b.Language, StringComparison.Ordinal) || string.IsNullOrEmpty(a.Language) || string.IsNullOrEmpty(b.Language)
        || a.Language == Text.Languages.LanguageGuess.Undetermined || b.Language == Text.Languages.LanguageGuess.Undetermined;

    /// <summary>
    /// The pairs (centre token, row token) the bridge finds between two versions in different languages, kept in an order
    /// both share (the longest chain increasing on both sides), so the row reads left to right in the table.
    /// </summary>
    private static List<(int Centre, int Row)> BridgedPairs(CrossLanguageBridge? bridge, Quote centre, Token[] centreTokens, Quote row, Token[] rowTokens)
    {
        if (bridge is null)
        {
            return [];
        }

        var centreAt = TokenAt(centreTokens, centre.Start);
        var rowAt = TokenAt(rowTokens, row.Start);
        var pairs = new List<(int Centre, int Row)>();
        foreach (var c in bridge.AlignWords(centre.Text, centre.Language, row.Text, row.Language))
        {
            if (centreAt.TryGetValue(c.SourceStart, out int a) && rowAt.TryGetValue(c.TargetStart, out int b))
            {
                pairs.Add((a, b));
            }
        }

        return InOrder(pairs);
    }

    /// <summary>Token index by the token's offset in its quote's text.</summary>
    private static Dictionary<int, int> TokenAt(Token[] tokens, int quoteStart)
    {
        var at = new Dictionary<int, int>(tokens.Length);
        for (int i = 0; i < tokens.Length; i++)
        {
            at[tokens[i].Start - quoteStart] = i;
        }

        return at;
    }

    /// <summary>The longest chain of <paramref name="pairs"/> increasing on both sides (ties: the earliest pairs), in order.</summary>
    internal static List<(int Centre, int Row)> InOrder(List<(int Centre, int Row)> pairs) =>
        [.. IncreasingChain.Longest([.. pairs.Distinct().OrderBy(p => p.Centre).ThenBy(p => p.Row)]).Select(p => (p.X, p.Y))];

    /// <summary>
    /// The blocks where <paramref name="row"/> differs from <paramref name="centre"/>, as DiffPlex finds them. DiffPlex
    /// strips the common head and tail before it searches; stripping them here first gives the same blocks and spares
    /// it the building and hashing of the tokens both share (most of a version, and all of one that reads the same).
    /// When what is left of the two has no word in common, DiffPlex can only mark all of it changed (a token stays
    /// unchanged only where both sides have it), one block: it is not asked. AlignerDiffTests check both ways round.
    /// </summary>
    internal static IEnumerable<DiffBlock> Differences(Token[] centre, Token[] row)
    {
        int shorter = Math.Min(centre.Length, row.Length);
        int head = 0;
        while (head < shorter && SameWord(centre[head], row[head]))
        {
            head++;
        }

        int tail = 0;
        while (tail < shorter - head && SameWord(centre[^(tail + 1)], row[^(tail + 1)]))
        {
            tail++;
        }

        int centreChanged = centre.Length - head - tail, rowChanged = row.Length - head - tail;
        if (centreChanged == 0 && rowChanged == 0)
        {
            return [];
        }

        var centreMiddle = new ArraySegment<Token>(centre, head, centreChanged);
        var rowMiddle = new ArraySegment<Token>(row, head, rowChanged);
        if (!ShareAWord(centreMiddle, rowMiddle))
        {
            return [new DiffBlock(head, centreChanged, head, rowChanged)];
        }

        return TokenDiff.Blocks(centreMiddle, rowMiddle, t => t.Norm)
            .Select(b => b with { AStart = b.AStart + head, BStart = b.BStart + head });
    }

    private static bool SameWord(Token a, Token b) => string.Equals(a.Norm, b.Norm, StringComparison.Ordinal);

    private static bool ShareAWord(ArraySegment<Token> a, ArraySegment<Token> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (SameWord(x, y))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// One version placed against the centre: which of its tokens stands at each centre token (or none), and the run of
    /// its tokens it adds before each centre token (or at the end). Positions, not tokens, until the table is built.
    /// </summary>
    private sealed class RowPlacement
    {
        private const int None = -1;

        private readonly Token[] _row;

        /// <summary>Per centre token, the index of the version's token there, or <see cref="None"/>.</summary>
        private readonly int[] _atCentre;

        /// <summary>The runs the version adds, in centre order (DiffPlex's blocks are apart, so a gap gets at most one run).</summary>
        private readonly List<Insertion> _inserted = [];

        private RowPlacement(Token[] row, int centreLength)
        {
            _row = row;
            _atCentre = new int[centreLength];
            Array.Fill(_atCentre, None);
        }

        public static RowPlacement Identity(Token[] centre)
        {
            var p = new RowPlacement(centre, centre.Length);
            for (int i = 0; i < centre.Length; i++)
            {
                p._atCentre[i] = i;
            }

            return p;
        }

        public static RowPlacement Against(Token[] centre, Token[] row)
        {
            var p = new RowPlacement(row, centre.Length);
            int a = 0, b = 0;
            foreach (var block in Differences(centre, row))
            {
                p.Equal(ref a, ref b, block.AStart);
                int paired = Math.Min(block.ACount, block.BCount);
                for (int k = 0; k < paired; k++)
                {
                    p._atCentre[block.AStart + k] = block.BStart + k;
                }

                if (block.BCount > paired)
                {
                    p._inserted.Add(new Insertion(block.AStart + block.ACount, block.BStart + paired, block.BCount - paired));
                }

                a = block.AStart + block.ACount;
                b = block.BStart + block.BCount;
            }

            p.Equal(ref a, ref b, centre.Length);
            return p;
        }

        /// <summary>
        /// A version in another language placed against the centre by <paramref name="pairs"/> (centre token, row token;
        /// increasing on both sides): each paired token stands at its centre token, and each run of unpaired tokens is added
        /// in the gap before the next paired centre token (or at the end).
        /// </summary>
        public static RowPlacement Bridged(Token[] centre, Token[] row, List<(int Centre, int Row)> pairs)
        {
            var p = new RowPlacement(row, centre.Length);
            int b = 0;
            foreach (var (c, r) in pairs.Append((centre.Length, row.Length)))
            {
                if (r > b)
                {
                    p._inserted.Add(new Insertion(c, b, r - b));
                }

                if (c < centre.Length)
                {
                    p._atCentre[c] = r;
                }

                b = r + 1;
            }

            return p;
        }

        /// <summary>Makes each gap of <paramref name="gapWidth"/> at least as wide as what this version adds there.</summary>
        public void WidenGaps(int[] gapWidth)
        {
            foreach (var run in _inserted)
            {
                gapWidth[run.Gap] = Math.Max(gapWidth[run.Gap], run.Count);
            }
        }

        /// <summary>The version's cells in a table whose gaps are <paramref name="gapWidth"/> wide: what it adds at the left of each gap, then its token at the centre token.</summary>
        public Token?[] Cells(int[] gapWidth, int width)
        {
            var cells = new Token?[width];
            int column = 0, next = 0;
            for (int g = 0; g < gapWidth.Length; g++)
            {
                if (next < _inserted.Count && _inserted[next].Gap == g)
                {
                    var run = _inserted[next++];
                    for (int k = 0; k < run.Count; k++)
                    {
                        cells[column + k] = _row[run.From + k];
                    }
                }

                column += gapWidth[g];
                if (g < _atCentre.Length)
                {
                    cells[column++] = _atCentre[g] == None ? null : _row[_atCentre[g]];
                }
            }

            return cells;
        }

        private void Equal(ref int a, ref int b, int until)
        {
            while (a < until)
            {
                _atCentre[a++] = b++;
            }
        }
    }

    /// <summary>A run of a version's tokens (<c>Count</c> from index <c>From</c>) added in gap <c>Gap</c> of the centre.</summary>
    private readonly record struct Insertion(int Gap, int From, int Count);
}
