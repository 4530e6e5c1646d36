namespace QuoteLens.Text.Stemming;

/// <summary>Snowball's English stemmer (Porter2), current revision (gener/organ/past/univers/inter region exceptions, -ogist, dying → die).</summary>
internal sealed class EnglishStemmer : IStemmer
{
    private const string Vowels = "aeiouy";

    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli",
        ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news",
        ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly string[] RegionPrefixes = WordBuffer.LongestFirst("gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter");
    private static readonly string[] Apostrophes = WordBuffer.LongestFirst("'", "'s", "'s'");
    private static readonly string[] Step1a = WordBuffer.LongestFirst("sses", "ied", "ies", "s", "us", "ss");
    private static readonly string[] Step1b = WordBuffer.LongestFirst("eed", "eedly", "ed", "edly", "ing", "ingly");
    private static readonly string[] EedExceptions = WordBuffer.LongestFirst("proc", "exc", "succ");
    private static readonly string[] IngExceptions = WordBuffer.LongestFirst("y", "inn", "out", "cann", "herr", "earr", "even");
    private static readonly string[] Doubles = WordBuffer.LongestFirst("at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt");

    private static readonly string[] Step2 = WordBuffer.LongestFirst(
        "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator", "alism", "aliti", "alli",
        "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli", "ogist", "ogi", "fulli", "lessli", "li");

    private static readonly string[] Step3 = WordBuffer.LongestFirst("tional", "ational", "alize", "icate", "iciti", "ical", "ful", "ness", "ative");

    private static readonly string[] Step4 = WordBuffer.LongestFirst(
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion");

    /// <inheritdoc/>
    public string Language => "en";

    /// <inheritdoc/>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = WordBuffer.Rent(word);
        if (w.Length <= 6 && Exceptions.TryGetValue(w.ToString(), out var exception))
        {
            return exception;
        }

        if (w.Length < 3)
        {
            return w.ToString();
        }

        bool yFound = Prelude(w);
        var (p1, p2) = MarkRegions(w);
        Step1A(w);
        Step1B(w, p1);
        Step1C(w);
        Step2Suffixes(w, p1);
        Step3Suffixes(w, p1, p2);
        Step4Suffixes(w, p2);
        Step5(w, p1, p2);
        if (yFound)
        {
            for (int i = 0; i < w.Length; i++)
            {
                if (w[i] == 'Y')
                {
                    w[i] = 'y';
                }
            }
        }

        return w.ToString();
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static bool Prelude(WordBuffer w)
    {
        if (w[0] == '\'')
        {
            w.Replace(0, 1, "");
        }

        bool found = false;
        for (int i = 0; i < w.Length; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1])))
            {
                w[i] = 'Y';
                found = true;
            }
        }

        return found;
    }

    /// <summary>R1 and R2: after the first non-vowel that follows a vowel (R2: the same again inside R1).</summary>
    private static (int P1, int P2) MarkRegions(WordBuffer w)
    {
        int p1 = w.Length;
        var prefix = RegionPrefixes.FirstOrDefault(p => w.StartsWithAt(p, 0));
        if (prefix is not null)
        {
            p1 = prefix.Length;
        }
        else if (w.AfterVowelThenNonVowel(0, Vowels) is int r1)
        {
            p1 = r1;
        }
        else
        {
            return (w.Length, w.Length);
        }

        return (p1, w.AfterVowelThenNonVowel(p1, Vowels) ?? w.Length);
    }


    /// <summary>Snowball's shortv before <paramref name="end"/>: non-vowel, vowel, non-vowel other than w, x, Y; or a word-initial vowel then non-vowel; or "past".</summary>
    private static bool ShortSyllable(WordBuffer w, int end)
    {
        if (end >= 3 && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y') && IsVowel(w[end - 2]) && !IsVowel(w[end - 3]))
        {
            return true;
        }

        return (end == 2 && !IsVowel(w[1]) && IsVowel(w[0])) || w.EndsWithAt("past", end);
    }

    private static bool HasVowelBefore(WordBuffer w, int end)
    {
        for (int i = end - 1; i >= 0; i--)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void Step1A(WordBuffer w)
    {
        if (w.LongestSuffix(Apostrophes) is { } apostrophe)
        {
            w.Truncate(w.Length - apostrophe.Length);
        }

        switch (w.LongestSuffix(Step1a))
        {
            case "sses":
                w.ReplaceEnd(4, "ss");
                break;
            case "ied" or "ies":
                w.ReplaceEnd(3, w.Length > 4 ? "i" : "ie");
                break;
            case "s" when w.Length >= 2 && HasVowelBefore(w, w.Length - 2):
                w.Truncate(w.Length - 1);
                break;
        }
    }

    private static void Step1B(WordBuffer w, int p1)
    {
        var suffix = w.LongestSuffix(Step1b);
        if (suffix is null)
        {
            return;
        }

        int stemEnd = w.Length - suffix.Length;
        if (suffix is "eed" or "eedly")
        {
            var before = w.LongestSuffix(EedExceptions, stemEnd);
            if (!(before is not null && before.Length == stemEnd) && stemEnd >= p1)
            {
                w.ReplaceEnd(suffix.Length, "ee");
            }

            return;
        }

        if (suffix == "ing" && w.LongestSuffix(IngExceptions, stemEnd) is { } exception)
        {
            if (exception == "y")
            {
                if (stemEnd == 2 && !IsVowel(w[0]))
                {
                    w.ReplaceEnd(4, "ie");
                    return;
                }
            }
            else if (exception.Length == stemEnd)
            {
                return;
            }
        }

        if (!HasVowelBefore(w, stemEnd))
        {
            return;
        }

        w.Truncate(stemEnd);
        switch (w.LongestSuffix(Doubles))
        {
            case "at" or "bl" or "iz":
                w.Append("e");
                break;
            case { } doubled when doubled[0] == doubled[1]:
                if (!(w.Length == 3 && w[0] is 'a' or 'e' or 'o'))
                {
                    w.Truncate(w.Length - 1);
                }

                break;
            default:
                if (w.Length == p1 && ShortSyllable(w, w.Length))
                {
                    w.Append("e");
                }

                break;
        }
    }

    private static void Step1C(WordBuffer w)
    {
        if (w.Length > 2 && w[^1] is 'y' or 'Y' && !IsVowel(w[w.Length - 2]))
        {
            w[w.Length - 1] = 'i';
        }
    }

    private static void Step2Suffixes(WordBuffer w, int p1)
    {
        var suffix = w.LongestSuffix(Step2);
        if (suffix is null || w.Length - suffix.Length < p1)
        {
            return;
        }

        int stemEnd = w.Length - suffix.Length;
        string? replacement = suffix switch
        {
            "tional" => "tion",
            "enci" => "ence",
            "anci" => "ance",
            "abli" => "able",
            "entli" => "ent",
            "izer" or "ization" => "ize",
            "ational" or "ation" or "ator" => "ate",
            "alism" or "aliti" or "alli" => "al",
            "fulness" or "fulli" => "ful",
            "ousli" or "ousness" => "ous",
            "iveness" or "iviti" => "ive",
            "biliti" or "bli" => "ble",
            "ogist" => "og",
            "ogi" when stemEnd > 0 && w[stemEnd - 1] == 'l' => "og",
            "lessli" => "less",
            "li" when stemEnd > 0 && "cdeghkmnrt".Contains(w[stemEnd - 1], StringComparison.Ordinal) => "",
            _ => null,
        };
        if (replacement is not null)
        {
            w.ReplaceEnd(suffix.Length, replacement);
        }
    }

    private static void Step3Suffixes(WordBuffer w, int p1, int p2)
    {
        var suffix = w.LongestSuffix(Step3);
        if (suffix is null || w.Length - suffix.Length < p1)
        {
            return;
        }

        string? replacement = suffix switch
        {
            "tional" => "tion",
            "ational" => "ate",
            "alize" => "al",
            "icate" or "iciti" or "ical" => "ic",
            "ful" or "ness" => "",
            "ative" when w.Length - suffix.Length >= p2 => "",
            _ => null,
        };
        if (replacement is not null)
        {
            w.ReplaceEnd(suffix.Length, replacement);
        }
    }

    private static void Step4Suffixes(WordBuffer w, int p2)
    {
        var suffix = w.LongestSuffix(Step4);
        int stemEnd = w.Length - (suffix?.Length ?? 0);
        if (suffix is null || stemEnd < p2)
        {
            return;
        }

        if (suffix != "ion" || (stemEnd > 0 && w[stemEnd - 1] is 's' or 't'))
        {
            w.Truncate(stemEnd);
        }
    }

    private static void Step5(WordBuffer w, int p1, int p2)
    {
        int stemEnd = w.Length - 1;
        if (w.Length == 0)
        {
            return;
        }

        if (w[^1] == 'e' && (stemEnd >= p2 || (stemEnd >= p1 && !ShortSyllable(w, stemEnd))))
        {
            w.Truncate(stemEnd);
        }
        else if (w[^1] == 'l' && stemEnd >= p2 && stemEnd > 0 && w[stemEnd - 1] == 'l')
        {
            w.Truncate(stemEnd);
        }
    }
}
