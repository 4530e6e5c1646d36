namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// The links <see cref="CrossLanguageLinker.Link"/> found, with what it knew of each sentence's words (their language-neutral
/// keys), so that the grouper can weigh two sentences the linker did not link once it knows their articles share a
/// statement (<see cref="Match"/>): the linker sees each distinct text in one article only, the grouper every copy.
/// </summary>
internal sealed class LinkedTexts : List<CrossLanguageLink>
{
    private readonly int[][][] _wordKeys;
    private readonly int[][] _sentenceKeys;
    private readonly bool[] _anchorKey;
    private readonly Func<string, string, int[][]>? _pieceKeys;

    /// <summary>
    /// Wraps the links and the key ids of each sentence's words (<paramref name="wordKeys"/>), sorted per sentence
    /// (<paramref name="sentenceKeys"/>); <paramref name="pieceKeys"/> gives the sorted key ids of each content word of a piece of one of the
    /// sentences (its text and language), from the same run (null: pieces have no keys).
    /// </summary>
    internal LinkedTexts(IEnumerable<CrossLanguageLink> links, int[][][] wordKeys, int[][] sentenceKeys, bool[] anchorKey, Func<string, string, int[][]>? pieceKeys = null)
        : base(links)
    {
        _wordKeys = wordKeys;
        _sentenceKeys = sentenceKeys;
        _anchorKey = anchorKey;
        _pieceKeys = pieceKeys;
    }

    /// <summary>The sorted key ids of <paramref name="piece"/>, a run of words of one of the linked sentences in <paramref name="language"/> (empty when unknown).</summary>
    internal int[] PieceKeys(string piece, string language) => [.. PieceWordKeys(piece, language).SelectMany(k => k).Distinct().Order()];

    /// <summary>The sorted key ids of each content word of <paramref name="piece"/>, as <see cref="PieceKeys"/> reads them (empty when unknown).</summary>
    internal int[][] PieceWordKeys(string piece, string language) => _pieceKeys?.Invoke(piece, language) ?? [];

    /// <summary>How many of <paramref name="piece"/>'s words (<see cref="PieceWordKeys"/>) have a key that sentence <paramref name="a"/> carries.</summary>
    internal int CountPieceWordsIn(int[][] piece, int a)
    {
        int count = 0;
        foreach (var word in piece)
        {
            count += HasAny(word, _sentenceKeys[a]) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The sorted key ids of each content word of sentence <paramref name="a"/>.</summary>
    internal int[][] WordKeys(int a) => _wordKeys[a];

    /// <summary>The number of content words of sentence <paramref name="a"/>.</summary>
    internal int WordCount(int a) => _wordKeys[a].Length;

    /// <summary>The sorted key ids of sentence <paramref name="a"/>.</summary>
    internal int[] SentenceKeys(int a) => _sentenceKeys[a];

    /// <summary>How many content words of sentence <paramref name="a"/> have a key among those <paramref name="keys"/> marks.</summary>
    internal int CountWordsIn(int a, KeyMarks keys) => keys.CountMarked(_wordKeys[a]);

    /// <summary>
    /// How many content words of sentence <paramref name="a"/> have a key in <paramref name="left"/> and none in
    /// <paramref name="right"/> (sorted key ids), how many the other way round, and how many content words it has.
    /// </summary>
    internal (int Left, int Right, int Words) WordsOnSides(int a, int[] left, int[] right)
    {
        var words = _wordKeys[a];
        int l = 0, r = 0;
        foreach (var word in words)
        {
            bool inLeft = HasAny(word, left), inRight = HasAny(word, right);
            l += inLeft && !inRight ? 1 : 0;
            r += inRight && !inLeft ? 1 : 0;
        }

        return (l, r, words.Length);
    }

    /// <summary>Whether one of <paramref name="word"/>'s keys is in <paramref name="keys"/> (sorted key ids).</summary>
    private static bool HasAny(int[] word, int[] keys)
    {
        foreach (var k in word)
        {
            if (Array.BinarySearch(keys, k) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many content words of sentence <paramref name="a"/> find a counterpart in sentence <paramref name="b"/> and the
    /// other way round, how many content words each has, and whether a name, number or date of one stands in the other.
    /// </summary>
    internal (int MatchedA, int MatchedB, int WordsA, int WordsB, bool Anchor) Match(int a, int b)
    {
        var (matchedA, anchorA) = Matched(_wordKeys[a], _sentenceKeys[b]);
        var (matchedB, anchorB) = Matched(_wordKeys[b], _sentenceKeys[a]);
        return (matchedA, matchedB, _wordKeys[a].Length, _wordKeys[b].Length, anchorA || anchorB);
    }

    private (int Matched, bool Anchor) Matched(int[][] words, int[] other)
    {
        int matched = 0;
        bool anchor = false;
        foreach (var keys in words)
        {
            bool found = false;
            foreach (var k in keys)
            {
                if (Array.BinarySearch(other, k) >= 0)
                {
                    found = true;
                    anchor |= _anchorKey[k];
                }
            }

            matched += found ? 1 : 0;
        }

        return (matched, anchor);
    }
}
