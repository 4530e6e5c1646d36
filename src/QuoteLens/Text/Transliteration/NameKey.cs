using System.Globalization;
using System.Text;

namespace QuoteLens.Text.Transliteration;

/// <summary>
/// A phonetic key for names written in Latin or Cyrillic letters, so that the spellings that
/// transliteration systems and outlets produce meet: Starovoyt, Starovoit, Starovojt, Starovit and
/// Старовойт all give <c>starovit</c>; Tyotkino, Tetkino and Тёткино give <c>tetkin</c>.
/// </summary>
/// <remarks>
/// The key folds diacritics (č→ch, ž→zh, ë→yo ...), merges sh/sch/shch/sz, ch/tch/cz, kh/h, ts/tz/c,
/// w/v, ph/f, x/ks, y/j/i; collapses ii, oi before a consonant (oy/oj), ye/yo after a consonant,
/// double letters; and drops final vowels. Keys of different names can still be close: use
/// <see cref="Similarity"/> with a threshold rather than key equality when spellings vary in vowels
/// (Kyiv/Kiev: 0.83).
/// </remarks>
public static class NameKey
{
    /// <summary>The default <see cref="Matches"/> threshold.</summary>
    public const double DefaultThreshold = 0.8;

    private const string Vowels = "aeiou";

    /// <summary>The key of <paramref name="name"/> (one key word per name word, space-separated; empty for no letters).</summary>
    /// <param name="name">A name in any script; Cyrillic is romanised first (popular system).</param>
    /// <param name="language">
    /// "ru" or "uk" for Cyrillic names (guessed from the letters when null); for a name in Latin letters, the language whose
    /// spelling of foreign names it follows: French, Dutch, German, Polish and Romanian spell Russian and Ukrainian sounds
    /// their own way (Poutine, Poetin; Bachmoet, Bachmut; Choïgou, Sjojgoe; Șoigu), and are read as English spells them.
    /// </param>
    public static string For(string name, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var latin = Transliterator.Romanize(name, RomanizationSystem.Popular, language);
        if (language is not null && ReferenceEquals(latin, name) && Respellings.TryGetValue(language, out var respellings))
        {
            latin = Respell(latin.ToLowerInvariant(), respellings);
        }
        var key = new StringBuilder(latin.Length);
        var word = new StringBuilder(16);
        foreach (var part in Fold(latin).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            word.Clear();
            Canonicalize(part, word);
            Simplify(word);
            if (word.Length > 0)
            {
                if (key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(word);
            }
        }

        return key.ToString();
    }

    /// <summary>How alike two names sound, from 0 to 1 (1: same key); vowel differences weigh half.</summary>
    public static double Similarity(string a, string b) => KeySimilarity(For(a), For(b));

    /// <summary>The similarity of two keys made by <see cref="For"/>, from 0 to 1; vowel differences weigh half.</summary>
    public static double KeySimilarity(string keyA, string keyB)
    {
        ArgumentNullException.ThrowIfNull(keyA);
        ArgumentNullException.ThrowIfNull(keyB);
        if (keyA.Length == 0 || keyB.Length == 0)
        {
            return 0;
        }

        return string.Equals(keyA, keyB, StringComparison.Ordinal)
            ? 1
            : Math.Max(0, 1 - (WeightedDistance(keyA, keyB) / Math.Max(keyA.Length, keyB.Length)));
    }

    /// <summary>True when the names' <see cref="Similarity"/> reaches <paramref name="threshold"/>.</summary>
    public static bool Matches(string a, string b, double threshold = DefaultThreshold) => Similarity(a, b) >= threshold;

    /// <summary>Lower case, precomposed transliteration letters spelt out, other diacritics and non-letters dropped; words split by spaces.</summary>
    private static string Fold(string latin)
    {
        var sb = new StringBuilder(latin.Length + 8);
        foreach (char c in latin.ToLowerInvariant())
        {
            string? spelled = c switch
            {
                'č' => "ch",
                'š' => "sh",
                'ž' => "zh",
                'ŝ' => "shch",
                'â' => "ya",
                'û' => "yu",
                'ê' => "ye",
                'ë' => "yo",
                'ï' => "yi",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                _ => null,
            };
            if (spelled is not null)
            {
                sb.Append(spelled);
            }
            else if (char.IsLetter(c) || c == ' ')
            {
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c) || TextChars.IsDash(c))
            {
                sb.Append(' ');
            }
        }

        var folded = sb.ToString();
        if (Ascii.IsValid(folded))
        {
            // Letters and spaces in ASCII have no marks to strip: decomposing and filtering again would copy the same string.
            return folded;
        }

        var decomposed = folded.Normalize(NormalizationForm.FormD);
        sb.Clear();
        foreach (char c in decomposed)
        {
            if (c == ' ' || (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.ModifierLetter))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Maps spellings of one sound to one symbol: S (sh, sch, shch, sz), C (ch, tch, cz), Z (zh), H (kh, h), c (ts, tz, c), i (y, j, i).</summary>
    private static void Canonicalize(string word, StringBuilder sb)
    {
        int i = 0;
        while (i < word.Length)
        {
            // A word-initial x is the scholarly х (Xarkiv); elsewhere x is ks (Alexei).
            var (symbol, length) = i == 0 && word[0] == 'x' ? ("H", 1) : Match(word.AsSpan(i), Spellings);
            if (symbol is null)
            {
                sb.Append(word[i]);
            }
            else
            {
                sb.Append(symbol);
            }

            i += length;
        }
    }

    /// <summary>
    /// The replacement of the first spelling of <paramref name="table"/> that <paramref name="s"/> opens with, and its length;
    /// else null and 1 (the caller copies the first character: a one-letter string per letter of every name had been 4 % of the
    /// quote stage's allocations in a sampled profile).
    /// </summary>
    private static (string? Symbol, int Length) Match(ReadOnlySpan<char> s, (string Spelling, string Symbol)[] table)
    {
        foreach (var (spelling, symbol) in table)
        {
            if (s.StartsWith(spelling, StringComparison.Ordinal))
            {
                return (symbol, spelling.Length);
            }
        }

        return (null, 1);
    }

    /// <summary>
    /// Per language, how it spells the sounds of Russian and Ukrainian names, longest first, mapped to the letters
    /// <see cref="Fold"/> spells out as English does (č ch, š sh, ž zh): French ou (у) and ch (ш), Dutch oe, sj, zj, tsj and
    /// ch (х), German sch, tsch and ch (х), Polish ch (х), Romanian ș and ț.
    /// </summary>
    private static readonly Dictionary<string, (string Spelling, string Symbol)[]> Respellings = new(StringComparer.Ordinal)
    {
        ["fr"] = [("ou", "u"), ("ch", "š")],
        ["nl"] = [("tsj", "č"), ("sj", "š"), ("zj", "ž"), ("oe", "u"), ("ch", "kh")],
        ["de"] = [("tsch", "č"), ("sch", "š"), ("ch", "kh")],
        ["pl"] = [("ch", "kh")],
        ["ro"] = [("ș", "š"), ("ş", "š"), ("ț", "ts"), ("ţ", "ts")],
    };

    /// <summary><paramref name="lower"/> with each of <paramref name="respellings"/> replaced, left to right, the first that matches at each place.</summary>
    private static string Respell(string lower, (string Spelling, string Symbol)[] respellings)
    {
        var sb = new StringBuilder(lower.Length);
        for (int i = 0; i < lower.Length;)
        {
            var (to, length) = Match(lower.AsSpan(i), respellings);
            if (to is null)
            {
                sb.Append(lower[i]);
            }
            else
            {
                sb.Append(to);
            }

            i += length;
        }

        return sb.ToString();
    }

    /// <summary>Spellings tried longest first.</summary>
    private static readonly (string Spelling, string Symbol)[] Spellings =
    [
        ("shch", "S"), ("szcz", "S"), ("tsch", "C"), ("sch", "S"), ("tch", "C"),
        ("ch", "C"), ("cz", "C"), ("sh", "S"), ("sz", "S"), ("zh", "Z"), ("kh", "H"),
        ("ts", "c"), ("tz", "c"), ("ck", "k"), ("ph", "f"),
        ("h", "H"), ("x", "ks"), ("w", "v"), ("q", "k"), ("y", "i"), ("j", "i"),
    ];

    /// <summary>Collapses ii, oi before a consonant, ie/io at the start or after a consonant, double letters; drops final vowels.</summary>
    private static void Simplify(StringBuilder w)
    {
        CollapseDoubles(w);
        for (int i = 0; i + 1 < w.Length; i++)
        {
            if (w[i] == 'o' && w[i + 1] == 'i' && (i + 2 == w.Length || !IsVowel(w[i + 2])))
            {
                w.Remove(i, 1);
            }
        }

        for (int i = 0; i + 1 < w.Length; i++)
        {
            if (w[i] == 'i' && w[i + 1] is 'e' or 'o' && (i == 0 || !IsVowel(w[i - 1])))
            {
                w.Remove(i, 2).Insert(i, 'e');
            }
        }

        CollapseDoubles(w);
        while (w.Length > 2 && IsVowel(w[^1]))
        {
            w.Length--;
        }
    }

    private static void CollapseDoubles(StringBuilder w)
    {
        for (int i = w.Length - 1; i > 0; i--)
        {
            if (w[i] == w[i - 1])
            {
                w.Remove(i, 1);
            }
        }
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    /// <summary>The longest key whose distance rows are kept on the stack (two rows of doubles: 2 KB); longer keys use the heap.</summary>
    private const int StackRow = 128;

    /// <summary>
    /// Levenshtein distance where operations on vowels cost half. The two rows live on the stack for keys of up to
    /// <see cref="StackRow"/> letters: every pair of names compared had allocated two arrays (5 % of the quote stage's
    /// allocations in a sampled profile). Measured with the other allocation cuts of the same change (one-letter strings
    /// here, closures and delegates in the speaker readers): the 20k quote stage allocates 1,019–1,040 → 853–872 MB (3 rounds
    /// each), quotes byte-identical (sha256 252C1A8E…), every answer key unchanged.
    /// </summary>
    private static double WeightedDistance(string a, string b)
    {
        Span<double> previous = b.Length < StackRow ? stackalloc double[b.Length + 1] : new double[b.Length + 1];
        Span<double> current = b.Length < StackRow ? stackalloc double[b.Length + 1] : new double[b.Length + 1];
        previous[0] = 0;
        for (int j = 1; j <= b.Length; j++)
        {
            previous[j] = previous[j - 1] + Cost(b[j - 1]);
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + Cost(a[i - 1]);
            for (int j = 1; j <= b.Length; j++)
            {
                double substitute = a[i - 1] == b[j - 1] ? 0 : Math.Max(Cost(a[i - 1]), Cost(b[j - 1]));
                current[j] = Math.Min(previous[j - 1] + substitute, Math.Min(previous[j] + Cost(a[i - 1]), current[j - 1] + Cost(b[j - 1])));
            }

            var row = previous;
            previous = current;
            current = row;
        }

        return previous[b.Length];
    }

    private static double Cost(char c) => IsVowel(c) ? 0.5 : 1;
}
