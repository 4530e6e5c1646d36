using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// A quick test that a word is not in a set of words in comparison form (<see cref="Tokenizer.Normalize"/>), read from the
/// word as written without making its strings: the length, first and last characters of every word of the set, in a table of
/// bits. A word's comparison form has its length, and each of its characters in comparison form (<see cref="Tokenizer.NormalizeChar"/>),
/// so a word whose signature is not in the table is not in the set; a word whose signature is there may be, and the set decides.
/// </summary>
internal sealed class WordFilter
{
    /// <summary>The first words of every cue (<see cref="AttributionCues.Match"/> finds no cue at a word this filter rejects).</summary>
    public static readonly WordFilter CueStarts = new(AttributionCues.FirstWords, 15);

    /// <summary>The abbreviations a dot may follow without ending the sentence (<see cref="AttributionCues.Abbreviations"/>).</summary>
    public static readonly WordFilter Abbreviations = new(AttributionCues.Abbreviations, 10);

    /// <summary>The adversative conjunctions that split a subject (<see cref="AttributionCues.Adversatives"/>).</summary>
    public static readonly WordFilter Adversatives = new(AttributionCues.Adversatives, 10);

    /// <summary>The adverbs trimmed from the end of a speaker phrase (<see cref="AttributionCues.Trailing"/>).</summary>
    public static readonly WordFilter Trailing = new(AttributionCues.Trailing, 10);

    private readonly ulong[] _table;
    private readonly int _shift;

    /// <summary>A filter of 2^<paramref name="bits"/> bits for <paramref name="words"/> (each in comparison form).</summary>
    public WordFilter(IEnumerable<string> words, int bits)
    {
        _table = new ulong[Math.Max(1, (1 << bits) / 64)];
        _shift = 32 - bits;
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                // An empty word matches no token; any word is kept possible rather than reasoned about.
                Array.Fill(_table, ulong.MaxValue);
                break;
            }

            int slot = Slot(word.Length, word[0], word[^1]);
            _table[slot >> 6] |= 1UL << (slot & 63);
        }
    }

    /// <summary>False when the comparison form of the word <paramref name="raw"/> (as written, not empty) is surely not in the set.</summary>
    public bool May(ReadOnlySpan<char> raw)
    {
        int slot = Slot(raw.Length, Tokenizer.NormalizeChar(raw[0]), Tokenizer.NormalizeChar(raw[^1]));
        return (_table[slot >> 6] & (1UL << (slot & 63))) != 0;
    }

    private int Slot(int length, char first, char last) =>
        (int)((((uint)Math.Min(length, 63) * 0x9E3779B1u) ^ ((uint)first * 0x85EBCA77u) ^ ((uint)last * 0xC2B2AE3Du)) >> _shift);
}
