using System.Text;

namespace QuoteLens.Benchmarks.Generation;

/// <summary>
/// The words generated text is made of: English function words at their usual share, and a large vocabulary of
/// pronounceable pseudo-words drawn with a Zipf–Mandelbrot law (a few words are common, most are rare), so that
/// articles share common words as real ones do but not rare ones. Names come from a separate range of pseudo-words.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>Share of function words among the words of running text.</summary>
    public const double FunctionWordShare = 0.42;

    private const int ContentWords = 60_000;
    private const int NameOffset = 400_000;
    private const double ZipfExponent = 1.0;
    private const double ZipfShift = 12;

    private static readonly string[] Onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kl", "st", "tr", "gr"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "l", "t"];

    private static readonly string[] FunctionWords =
        "the the the of of to to and and a a in in that is was for on with as by at from it be has have are were this which not but said will would an or their its they he she who had been also after more than about over into".Split(' ');

    private readonly string[] _words;
    private readonly double[] _cumulative;

    /// <summary>Builds the shared vocabulary (deterministic; no seed involved).</summary>
    public Vocabulary()
    {
        _words = new string[ContentWords];
        _cumulative = new double[ContentWords];
        double total = 0;
        for (int rank = 0; rank < ContentWords; rank++)
        {
            _words[rank] = PseudoWord(rank);
            total += 1.0 / Math.Pow(rank + 1 + ZipfShift, ZipfExponent);
            _cumulative[rank] = total;
        }

        for (int rank = 0; rank < ContentWords; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    /// <summary>One content word, drawn by frequency.</summary>
    public string Content(Rng rng)
    {
        int rank = Array.BinarySearch(_cumulative, rng.NextDouble());
        return _words[rank < 0 ? Math.Min(~rank, ContentWords - 1) : rank];
    }

    /// <summary>One word of running text: a function word or a content word.</summary>
    public string Word(Rng rng) => rng.Chance(FunctionWordShare) ? rng.Pick(FunctionWords) : Content(rng);

    /// <summary>A capitalised name (a person's first or last name, a place, an outlet).</summary>
    public static string Name(int index) => Capitalize(PseudoWord(NameOffset + index));

    /// <summary>A random capitalised name.</summary>
    public static string Name(Rng rng) => Name(rng.Next(200_000));

    /// <summary>The word with its first letter in upper case.</summary>
    public static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>The pseudo-word of number <paramref name="n"/>: two syllables or more, distinct for distinct numbers.</summary>
    private static string PseudoWord(int number)
    {
        var sb = new StringBuilder();
        int n = number;
        int syllables = 0;
        int syllableCount = Onsets.Length * Vowels.Length;
        do
        {
            int s = n % syllableCount;
            n /= syllableCount;
            sb.Append(Onsets[s % Onsets.Length]).Append(Vowels[s / Onsets.Length]);
            syllables++;
        }
        while (n > 0 || syllables < 2);

        // Syllables end in a vowel, so the syllables read back unambiguously; a final coda that depends on the number keeps words distinct.
        return sb.Append(Codas[number % Codas.Length]).ToString();
    }
}
