namespace QuoteLens.Text.Stemming;

/// <summary>Snowball's Russian stemmer (ё is folded to е first).</summary>
internal sealed class RussianStemmer : IStemmer
{
    private const string Vowels = "аеиоуыэюя";

    private static readonly string[] GerundAfterA = WordBuffer.LongestFirst("в", "вши", "вшись");
    private static readonly string[] GerundOwn = WordBuffer.LongestFirst("ив", "ивши", "ившись", "ыв", "ывши", "ывшись");
    private static readonly string[] Gerund = WordBuffer.LongestFirst([.. GerundAfterA, .. GerundOwn]);

    private static readonly string[] Adjective = WordBuffer.LongestFirst(
        "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому",
        "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею");

    private static readonly string[] ParticipleAfterA = WordBuffer.LongestFirst("ем", "нн", "вш", "ющ", "щ");
    private static readonly string[] ParticipleOwn = WordBuffer.LongestFirst("ивш", "ывш", "ующ");
    private static readonly string[] Participle = WordBuffer.LongestFirst([.. ParticipleAfterA, .. ParticipleOwn]);
    private static readonly string[] Reflexive = WordBuffer.LongestFirst("ся", "сь");

    private static readonly string[] VerbAfterA = WordBuffer.LongestFirst(
        "ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно");

    private static readonly string[] VerbOwn = WordBuffer.LongestFirst(
        "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило", "ыло", "ено",
        "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю");

    private static readonly string[] Verb = WordBuffer.LongestFirst([.. VerbAfterA, .. VerbOwn]);

    private static readonly string[] Noun = WordBuffer.LongestFirst(
        "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям", "ям", "ием",
        "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я");

    private static readonly string[] Derivational = WordBuffer.LongestFirst("ост", "ость");
    private static readonly string[] TidyUp = WordBuffer.LongestFirst("ейш", "ейше", "н", "ь");

    /// <inheritdoc/>
    public string Language => "ru";

    /// <inheritdoc/>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = WordBuffer.Rent(word);
        for (int i = 0; i < w.Length; i++)
        {
            if (w[i] == 'ё')
            {
                w[i] = 'е';
            }
        }

        var (pV, p2) = MarkRegions(w);
        if (!RemoveWithOptionalA(w, Gerund, GerundAfterA, pV))
        {
            if (w.LongestSuffix(Reflexive, w.Length, pV) is { } reflexive)
            {
                w.Truncate(w.Length - reflexive.Length);
            }

            if (!RemoveAdjectival(w, pV))
            {
                _ = RemoveWithOptionalA(w, Verb, VerbAfterA, pV) || RemoveSuffix(w, Noun, pV);
            }
        }

        if (w.Length > pV && w[^1] == 'и')
        {
            w.Truncate(w.Length - 1);
        }

        RemoveSuffix(w, Derivational, Math.Max(pV, p2));
        TidyUpEnd(w, pV);
        return w.ToString();
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    /// <summary>RV starts after the first vowel; R2 is Snowball's usual R2 (R1 searched again from R1).</summary>
    private static (int PV, int P2) MarkRegions(WordBuffer w)
    {
        int n = w.Length;
        int firstVowel = w.Span.IndexOfAny(Vowels);
        if (firstVowel < 0)
        {
            return (n, n);
        }

        int? r1 = w.AfterVowelThenNonVowel(0, Vowels);
        return (firstVowel + 1, r1 is int p1 ? w.AfterVowelThenNonVowel(p1, Vowels) ?? n : n);
    }

    private static bool RemoveSuffix(WordBuffer w, string[] suffixes, int limit)
    {
        var suffix = w.LongestSuffix(suffixes, w.Length, limit);
        if (suffix is null)
        {
            return false;
        }

        w.Truncate(w.Length - suffix.Length);
        return true;
    }

    /// <summary>Removes the longest of <paramref name="all"/>; those in <paramref name="afterA"/> only after а or я (which stays).</summary>
    private static bool RemoveWithOptionalA(WordBuffer w, string[] all, string[] afterA, int limit)
    {
        var suffix = w.LongestSuffix(all, w.Length, limit);
        if (suffix is null)
        {
            return false;
        }

        int stemEnd = w.Length - suffix.Length;
        if (Array.IndexOf(afterA, suffix) >= 0 && !(stemEnd - 1 >= limit && w[stemEnd - 1] is 'а' or 'я'))
        {
            return false;
        }

        w.Truncate(stemEnd);
        return true;
    }

    private static bool RemoveAdjectival(WordBuffer w, int pV)
    {
        if (!RemoveSuffix(w, Adjective, pV))
        {
            return false;
        }

        _ = RemoveWithOptionalA(w, Participle, ParticipleAfterA, pV);
        return true;
    }

    private static void TidyUpEnd(WordBuffer w, int pV)
    {
        var suffix = w.LongestSuffix(TidyUp, w.Length, pV);
        if (suffix is "ейш" or "ейше")
        {
            w.Truncate(w.Length - suffix.Length);
            suffix = "н";
        }

        if (suffix == "ь" || (suffix == "н" && w.Length - 2 >= pV && w.EndsWith("нн")))
        {
            w.Truncate(w.Length - 1);
        }
    }
}
