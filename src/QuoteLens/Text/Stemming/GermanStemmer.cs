namespace QuoteLens.Text.Stemming;

/// <summary>Snowball's German stemmer, current revision (ae/oe/ue read as umlauts, -erin/-erinnen, -ln, -et, -system kept).</summary>
internal sealed class GermanStemmer : IStemmer
{
    private const string Vowels = "aeiouyäöü";

    private static readonly string[] Step1 = WordBuffer.LongestFirst("em", "ern", "er", "erin", "erinnen", "e", "en", "es", "s", "ln", "lns");
    private static readonly string[] Step2 = WordBuffer.LongestFirst("en", "er", "est", "st", "et");
    private static readonly string[] EtExceptions = WordBuffer.LongestFirst("geordn", "intern", "plan", "tick", "tr");
    private static readonly string[] Step3 = WordBuffer.LongestFirst("end", "ung", "ig", "ik", "isch", "lich", "heit", "keit");
    private static readonly string[] AfterKeit = WordBuffer.LongestFirst("lich", "ig");

    /// <inheritdoc/>
    public string Language => "de";

    /// <inheritdoc/>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = WordBuffer.Rent(word);
        Prelude(w);
        var (p1, p2) = MarkRegions(w);
        Step1Suffixes(w, p1);
        Step2Suffixes(w, p1);
        Step3Suffixes(w, p1, p2);
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = w[i] switch
            {
                'Y' => 'y',
                'U' => 'u',
                'ä' => 'a',
                'ö' => 'o',
                'ü' => 'u',
                var c => c,
            };
        }

        return w.ToString();
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static void Prelude(WordBuffer w)
    {
        // u and y between vowels are consonants.
        for (int j = 0; j + 2 < w.Length; j++)
        {
            if (IsVowel(w[j]) && w[j + 1] is 'u' or 'y' && IsVowel(w[j + 2]))
            {
                w[j + 1] = char.ToUpperInvariant(w[j + 1]);
            }
        }

        for (int j = 0; j < w.Length; j++)
        {
            if (w[j] == 'ß')
            {
                w.Replace(j, 1, "ss");
                j++;
            }
            else if (j + 1 < w.Length && w[j + 1] == 'e' && w[j] is 'a' or 'o' or 'u')
            {
                w.Replace(j, 2, w[j] switch { 'a' => "ä", 'o' => "ö", _ => "ü" });
            }
            else if (j + 1 < w.Length && w[j] == 'q' && w[j + 1] == 'u')
            {
                j++;
            }
        }
    }

    /// <summary>R1 starts after the first non-vowel that follows a vowel, but not before the fourth letter; R2 likewise inside R1.</summary>
    private static (int P1, int P2) MarkRegions(WordBuffer w)
    {
        int n = w.Length;
        if (n < 3 || w.AfterVowelThenNonVowel(0, Vowels) is not int p1)
        {
            return (n, n);
        }

        return (Math.Max(p1, 3), w.AfterVowelThenNonVowel(p1, Vowels) ?? n);
    }


    private static void Step1Suffixes(WordBuffer w, int p1)
    {
        var suffix = w.LongestSuffix(Step1);
        int start = w.Length - (suffix?.Length ?? 0);
        if (suffix is null || start < p1)
        {
            return;
        }

        switch (suffix)
        {
            case "em" when !w.EndsWithAt("syst", start):
            case "ern" or "er" or "erin" or "erinnen":
                w.Truncate(start);
                break;
            case "e" or "en" or "es":
                w.Truncate(start);
                if (w.EndsWith("niss"))
                {
                    w.Truncate(w.Length - 1);
                }

                break;
            case "s" when start > 0 && "bdfghklmnrt".Contains(w[start - 1], StringComparison.Ordinal):
                w.Truncate(start);
                break;
            case "ln" or "lns":
                w.ReplaceEnd(suffix.Length, "l");
                break;
        }
    }

    private static void Step2Suffixes(WordBuffer w, int p1)
    {
        var suffix = w.LongestSuffix(Step2);
        int start = w.Length - (suffix?.Length ?? 0);
        if (suffix is null || start < p1)
        {
            return;
        }

        bool remove = suffix switch
        {
            "st" => start >= 4 && "bdfghklmnt".Contains(w[start - 1], StringComparison.Ordinal),
            "et" => start >= 1 && "dfgklmnrstUzä".Contains(w[start - 1], StringComparison.Ordinal) && w.LongestSuffix(EtExceptions, start) is null,
            _ => true,
        };
        if (remove)
        {
            w.Truncate(start);
        }
    }

    private static void Step3Suffixes(WordBuffer w, int p1, int p2)
    {
        var suffix = w.LongestSuffix(Step3);
        int start = w.Length - (suffix?.Length ?? 0);
        if (suffix is null || start < p2)
        {
            return;
        }

        switch (suffix)
        {
            case "end" or "ung":
                w.Truncate(start);
                if (w.EndsWith("ig") && w.Length - 2 >= p2 && !w.EndsWithAt("e", w.Length - 2))
                {
                    w.Truncate(w.Length - 2);
                }

                break;
            case "ig" or "ik" or "isch" when !w.EndsWithAt("e", start):
                w.Truncate(start);
                break;
            case "lich" or "heit":
                w.Truncate(start);
                if ((w.EndsWith("er") || w.EndsWith("en")) && w.Length - 2 >= p1)
                {
                    w.Truncate(w.Length - 2);
                }

                break;
            case "keit":
                w.Truncate(start);
                if (w.LongestSuffix(AfterKeit, w.Length, p2) is { } inner)
                {
                    w.Truncate(w.Length - inner.Length);
                }

                break;
        }
    }
}
