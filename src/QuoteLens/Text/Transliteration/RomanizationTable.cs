using System.Text;

namespace QuoteLens.Text.Transliteration;

/// <summary>One romanisation system for one language: letter by letter, with word-initial forms and sequence rules.</summary>
internal sealed class RomanizationTable
{
    private const string RussianAlphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private const string UkrainianAlphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
    private const char First = 'а';
    private const char Last = 'ґ';

    private static readonly RomanizationTable[] Tables = BuildAll();

    private readonly string?[] _letters = new string?[Last - First + 1];
    private readonly Dictionary<char, string> _initial = [];
    private readonly (string Cyrillic, string Latin, bool AtWordEnd)[] _sequences;
    private readonly bool _initialAfterVowels;
    private readonly string _apostrophe;

    private RomanizationTable(
        string alphabet, string[] latin, string initial, bool initialAfterVowels,
        (string, string, bool)[] sequences, string apostrophe, RomanizationTable? fallback)
    {
        if (latin.Length != alphabet.Length)
        {
            throw new InvalidOperationException($"romanisation table: {latin.Length} forms for {alphabet.Length} letters");
        }

        if (fallback is not null)
        {
            Array.Copy(fallback._letters, _letters, _letters.Length);
        }

        for (int i = 0; i < alphabet.Length; i++)
        {
            _letters[alphabet[i] - First] = latin[i];
        }

        foreach (var pair in initial.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            _initial[pair[0]] = pair[1..];
        }

        _initialAfterVowels = initialAfterVowels;
        _sequences = sequences;
        _apostrophe = apostrophe;
    }

    /// <summary>The table of <paramref name="system"/> for Russian ("ru") or Ukrainian ("uk").</summary>
    public static RomanizationTable Get(RomanizationSystem system, bool ukrainian) => Tables[((int)system * 2) + (ukrainian ? 1 : 0)];

    /// <summary>Writes the romanisation of <paramref name="text"/> into <paramref name="sb"/>; non-Cyrillic characters pass unchanged.</summary>
    public void Romanize(ReadOnlySpan<char> text, StringBuilder sb)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            char lower = char.ToLowerInvariant(c);
            string? latin = Letter(lower);
            if (latin is null)
            {
                bool inWord = TextChars.IsApostrophe(c) && i > 0 && i + 1 < text.Length && Letter(char.ToLowerInvariant(text[i - 1])) is not null
                    && Letter(char.ToLowerInvariant(text[i + 1])) is not null;
                sb.Append(inWord ? _apostrophe : c);
                i++;
                continue;
            }

            int consumed = 1;
            foreach (var (cyrillic, form, atWordEnd) in _sequences)
            {
                if (text[i..].StartsWith(cyrillic, StringComparison.OrdinalIgnoreCase)
                    && (!atWordEnd || i + cyrillic.Length == text.Length || Letter(char.ToLowerInvariant(text[i + cyrillic.Length])) is null))
                {
                    latin = form;
                    consumed = cyrillic.Length;
                    break;
                }
            }

            if (consumed == 1 && IsInitial(text, i) && _initial.TryGetValue(lower, out var initialForm))
            {
                latin = initialForm;
            }

            AppendCased(sb, latin, text, i);
            i += consumed;
        }
    }

    private string? Letter(char lower) => lower is >= First and <= Last ? _letters[lower - First] : null;

    private bool IsInitial(ReadOnlySpan<char> text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        char prev = char.ToLowerInvariant(text[i - 1]);
        if (TextChars.IsApostrophe(prev) && i >= 2 && Letter(char.ToLowerInvariant(text[i - 2])) is not null)
        {
            // Слов'янськ: after the apostrophe inside a word the letter is not word-initial.
            return _initialAfterVowels;
        }

        return Letter(prev) is null || (_initialAfterVowels && Cyrillic.IsVowelOrSign(prev));
    }

    private static void AppendCased(StringBuilder sb, string latin, ReadOnlySpan<char> text, int i)
    {
        if (!char.IsUpper(text[i]) || latin.Length == 0)
        {
            sb.Append(latin);
            return;
        }

        bool allCaps = (i + 1 < text.Length && char.IsUpper(text[i + 1])) || (i > 0 && char.IsUpper(text[i - 1]));
        if (allCaps)
        {
            sb.Append(latin.ToUpperInvariant());
        }
        else
        {
            sb.Append(char.ToUpperInvariant(latin[0])).Append(latin, 1, latin.Length - 1);
        }
    }

    private static string[] Forms(string spaced) => spaced.Split(' ').Select(f => f == "-" ? "" : f).ToArray();

    private static RomanizationTable[] BuildAll()
    {
        // One form per letter of the alphabet, in alphabet order; "-" writes nothing.
        (string, string, bool)[] none = [];
        (string, string, bool)[] russianEndings = [("ий", "y", true), ("ый", "y", true)];
        (string, string, bool)[] zgh = [("зг", "zgh", false)];

        var ruPopular = new RomanizationTable(RussianAlphabet,
            Forms("a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"), "еye ёyo", false, russianEndings, "", null);
        var ruBgn = new RomanizationTable(RussianAlphabet,
            Forms("a b v g d e ë zh z i y k l m n o p r s t u f kh ts ch sh shch ” y ’ e yu ya"), "еye ёyë", true, none, "", null);
        var ruIso = new RomanizationTable(RussianAlphabet,
            Forms("a b v g d e ë ž z i j k l m n o p r s t u f h c č š ŝ ʺ y ʹ è û â"), "", false, none, "ʼ", null);
        var ruScholarly = new RomanizationTable(RussianAlphabet,
            Forms("a b v g d e ë ž z i j k l m n o p r s t u f x c č š šč ʺ y ʹ è ju ja"), "", false, none, "ʼ", null);
        var ruLc = new RomanizationTable(RussianAlphabet,
            Forms("a b v g d e ë zh z i ĭ k l m n o p r s t u f kh t͡s ch sh shch ʺ y ʹ ė i͡u i͡a"), "", false, none, "ʼ", null);

        const string national = "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch - iu ia";
        const string nationalInitial = "єye їyi йy юyu яya";
        var ukPopular = new RomanizationTable(UkrainianAlphabet, Forms(national), nationalInitial, false, zgh, "", ruPopular);
        var ukBgn = new RomanizationTable(UkrainianAlphabet, Forms(national), nationalInitial, false, zgh, "", ruBgn);
        var ukIso = new RomanizationTable(UkrainianAlphabet,
            Forms("a b v g g̀ d e ê ž z i ì ï j k l m n o p r s t u f h c č š ŝ ʹ û â"), "", false, none, "ʼ", ruIso);
        var ukScholarly = new RomanizationTable(UkrainianAlphabet,
            Forms("a b v h g d e je ž z y i ji j k l m n o p r s t u f x c č š šč ʹ ju ja"), "", false, none, "ʼ", ruScholarly);
        var ukLc = new RomanizationTable(UkrainianAlphabet,
            Forms("a b v h g d e i͡e zh z y i ï ĭ k l m n o p r s t u f kh t͡s ch sh shch ʹ i͡u i͡a"), "", false, none, "ʼ", ruLc);

        // Russian tables also know the Ukrainian-only letters, from the same system.
        return
        [
            WithFallback(ruPopular, ukPopular), ukPopular, WithFallback(ruBgn, ukBgn), ukBgn, WithFallback(ruIso, ukIso), ukIso,
            WithFallback(ruScholarly, ukScholarly), ukScholarly, WithFallback(ruLc, ukLc), ukLc,
        ];
    }

    private static RomanizationTable WithFallback(RomanizationTable table, RomanizationTable other)
    {
        foreach (char c in Cyrillic.UkrainianOnly)
        {
            table._letters[c - First] ??= other._letters[c - First];
        }

        return table;
    }
}
