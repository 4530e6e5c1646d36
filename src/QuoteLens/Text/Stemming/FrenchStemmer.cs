namespace QuoteLens.Text.Stemming;

/// <summary>Snowball's French stemmer, current revision (elisions, -oux, -ais with its exceptions).</summary>
internal sealed class FrenchStemmer : IStemmer
{
    private const string Vowels = "aeiouyâàëéêèïîôûù";

    private static readonly string[] Standard = WordBuffer.LongestFirst(
        "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes",
        "atrice", "ateur", "ation", "atrices", "ateurs", "ations", "logie", "logies", "usion", "ution", "usions", "utions",
        "ence", "ences", "ement", "ements", "ité", "ités", "if", "ive", "ifs", "ives", "eaux", "aux", "oux", "euse", "euses",
        "issement", "issements", "amment", "emment", "ment", "ments");

    private static readonly string[] AfterEment = WordBuffer.LongestFirst("iv", "eus", "abl", "iqU", "ièr", "Ièr");
    private static readonly string[] AfterIte = WordBuffer.LongestFirst("abil", "ic", "iv");

    private static readonly string[] IVerb = WordBuffer.LongestFirst(
        "îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai", "iraIent", "irais", "irait", "iras", "irent", "irez", "iriez",
        "irions", "irons", "iront", "is", "issaIent", "issais", "issait", "issant", "issante", "issantes", "issants", "isse",
        "issent", "isses", "issez", "issiez", "issions", "issons", "it");

    private static readonly string[] VerbDelete =
    [
        "é", "ée", "ées", "és", "èrent", "er", "era", "erai", "eraIent", "erais", "erait", "eras", "erez", "eriez", "erions",
        "erons", "eront", "ez", "iez", "eais",
    ];

    private static readonly string[] VerbAfterE =
    [
        "âmes", "ât", "âtes", "a", "ai", "aIent", "ait", "ant", "ante", "antes", "ants", "as", "asse", "assent", "asses", "assiez", "assions",
    ];

    private static readonly string[] Verb = WordBuffer.LongestFirst([.. VerbDelete, .. VerbAfterE, "ions", "ais", "aise", "aises"]);
    private static readonly string[] AisExceptions = WordBuffer.LongestFirst("al", "auv", "épl");
    private static readonly string[] Residual = WordBuffer.LongestFirst("ion", "ier", "ière", "Ier", "Ière", "e");
    private static readonly string[] Doubles = WordBuffer.LongestFirst("enn", "onn", "ett", "ell", "eill");

    /// <inheritdoc/>
    public string Language => "fr";

    /// <inheritdoc/>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = WordBuffer.Rent(word);
        RemoveElision(w);
        Prelude(w);
        var r = MarkRegions(w);
        if (StandardSuffix(w, r) || IVerbSuffix(w, r) || VerbSuffix(w, r))
        {
            if (w.Length > 0 && w[^1] == 'Y')
            {
                w[w.Length - 1] = 'i';
            }
            else if (w.Length > 0 && w[^1] == 'ç')
            {
                w[w.Length - 1] = 'c';
            }
        }
        else
        {
            ResidualSuffix(w, r);
        }

        if (w.LongestSuffix(Doubles) is not null)
        {
            w.Truncate(w.Length - 1);
        }

        UnAccent(w);
        Postlude(w);
        return w.ToString();
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static void RemoveElision(WordBuffer w)
    {
        if (w.Length > 2 && w[1] == '\'' && "cdjlmnst".Contains(w[0], StringComparison.Ordinal))
        {
            w.Replace(0, 2, "");
        }
        else if (w.Length > 3 && w.StartsWithAt("qu'", 0))
        {
            w.Replace(0, 3, "");
        }
    }

    /// <summary>Marks u, i, y that act as consonants (U, I, Y) and ë, ï as He, Hi.</summary>
    private static void Prelude(WordBuffer w)
    {
        int j = 0;
        while (j < w.Length)
        {
            j = MarkAt(w, j) ?? j + 1;
        }
    }

    /// <summary>
    /// Applies the first prelude rule that fits at <paramref name="j"/>; returns where scanning resumes (Snowball's goto
    /// resumes where the rule matched, so the same position is looked at again), or null.
    /// </summary>
    private static int? MarkAt(WordBuffer w, int j)
    {
        char c = w[j];
        bool hasNext = j + 1 < w.Length;
        if (IsVowel(c) && hasNext)
        {
            char next = w[j + 1];
            if (next is 'u' or 'i' && j + 2 < w.Length && IsVowel(w[j + 2]))
            {
                w[j + 1] = char.ToUpperInvariant(next);
                return j;
            }

            if (next == 'y')
            {
                w[j + 1] = 'Y';
                return j;
            }
        }

        if (c is 'ë' or 'ï')
        {
            w.Replace(j, 1, c == 'ë' ? "He" : "Hi");
            return j;
        }

        if (c == 'y' && hasNext && IsVowel(w[j + 1]))
        {
            w[j] = 'Y';
            return j;
        }

        if (c == 'q' && hasNext && w[j + 1] == 'u')
        {
            w[j + 1] = 'U';
            return j;
        }

        return null;
    }

    private readonly record struct Regions(int PV, int P1, int P2);

    private static Regions MarkRegions(WordBuffer w)
    {
        int n = w.Length;
        int pV = n;
        if (n >= 3 && IsVowel(w[0]) && IsVowel(w[1]))
        {
            pV = 3;
        }
        else if (w.StartsWithAt("par", 0) || w.StartsWithAt("col", 0) || w.StartsWithAt("tap", 0))
        {
            pV = 3;
        }
        else if (w.StartsWithAt("ni", 0) && n >= 3 && IsVowel(w[2]))
        {
            pV = 3;
        }
        else
        {
            for (int i = 1; i < n; i++)
            {
                if (IsVowel(w[i]))
                {
                    pV = i + 1;
                    break;
                }
            }
        }

        int p1 = w.AfterVowelThenNonVowel(0, Vowels) ?? n;
        int p2 = p1 < n ? w.AfterVowelThenNonVowel(p1, Vowels) ?? n : n;
        return new Regions(pV, p1, p2);
    }


    /// <summary>Deletes the word's end from <paramref name="start"/> when <paramref name="start"/> reaches <paramref name="region"/>.</summary>
    private static bool DeleteIn(WordBuffer w, int start, int region)
    {
        if (start < region)
        {
            return false;
        }

        w.Truncate(start);
        return true;
    }

    /// <summary>Replaces the word's end from <paramref name="start"/> when <paramref name="start"/> reaches <paramref name="region"/>.</summary>
    private static bool ReplaceIn(WordBuffer w, int start, int region, string replacement)
    {
        if (start < region)
        {
            return false;
        }

        w.ReplaceEnd(w.Length - start, replacement);
        return true;
    }

    /// <summary>-ic after a removed suffix: deleted in R2, else written iqU.</summary>
    private static void IcToIqu(WordBuffer w, Regions r)
    {
        if (w.EndsWith("ic") && !DeleteIn(w, w.Length - 2, r.P2))
        {
            w.ReplaceEnd(2, "iqU");
        }
    }

    private static bool StandardSuffix(WordBuffer w, Regions r)
    {
        var suffix = w.LongestSuffix(Standard);
        if (suffix is null)
        {
            return false;
        }

        int start = w.Length - suffix.Length;
        switch (suffix)
        {
            case "ance" or "iqUe" or "isme" or "able" or "iste" or "eux" or "ances" or "iqUes" or "ismes" or "ables" or "istes":
                return DeleteIn(w, start, r.P2);
            case "atrice" or "ateur" or "ation" or "atrices" or "ateurs" or "ations":
                if (!DeleteIn(w, start, r.P2))
                {
                    return false;
                }

                IcToIqu(w, r);
                return true;
            case "logie" or "logies":
                return ReplaceIn(w, start, r.P2, "log");
            case "usion" or "ution" or "usions" or "utions":
                return ReplaceIn(w, start, r.P2, "u");
            case "ence" or "ences":
                return ReplaceIn(w, start, r.P2, "ent");
            case "ement" or "ements":
                if (!DeleteIn(w, start, r.PV))
                {
                    return false;
                }

                AfterEmentSuffix(w, r);
                return true;
            case "ité" or "ités":
                if (!DeleteIn(w, start, r.P2))
                {
                    return false;
                }

                AfterIteSuffix(w, r);
                return true;
            case "if" or "ive" or "ifs" or "ives":
                if (!DeleteIn(w, start, r.P2))
                {
                    return false;
                }

                if (w.EndsWith("at") && DeleteIn(w, w.Length - 2, r.P2))
                {
                    IcToIqu(w, r);
                }

                return true;
            case "eaux":
                w.ReplaceEnd(4, "eau");
                return true;
            case "aux":
                return ReplaceIn(w, start, r.P1, "al");
            case "oux":
                return start > 0 && "bhjlnp".Contains(w[start - 1], StringComparison.Ordinal) && ReplaceIn(w, start, 0, "ou");
            case "euse" or "euses":
                return DeleteIn(w, start, r.P2) || ReplaceIn(w, start, r.P1, "eux");
            case "issement" or "issements":
                return start > 0 && !IsVowel(w[start - 1]) && DeleteIn(w, start, r.P1);
            case "amment":
                ReplaceIn(w, start, r.PV, "ant");
                return false;
            case "emment":
                ReplaceIn(w, start, r.PV, "ent");
                return false;
            default: // ment, ments
                if (start - 1 >= r.PV && IsVowel(w[start - 1]))
                {
                    w.Truncate(start);
                }

                return false;
        }
    }

    private static void AfterEmentSuffix(WordBuffer w, Regions r)
    {
        var suffix = w.LongestSuffix(AfterEment);
        int start = w.Length - (suffix?.Length ?? 0);
        switch (suffix)
        {
            case "iv":
                if (DeleteIn(w, start, r.P2) && w.EndsWith("at"))
                {
                    DeleteIn(w, w.Length - 2, r.P2);
                }

                break;
            case "eus":
                _ = DeleteIn(w, start, r.P2) || ReplaceIn(w, start, r.P1, "eux");
                break;
            case "abl" or "iqU":
                DeleteIn(w, start, r.P2);
                break;
            case "ièr" or "Ièr":
                ReplaceIn(w, start, r.PV, "i");
                break;
        }
    }

    private static void AfterIteSuffix(WordBuffer w, Regions r)
    {
        var suffix = w.LongestSuffix(AfterIte);
        int start = w.Length - (suffix?.Length ?? 0);
        switch (suffix)
        {
            case "abil":
                _ = DeleteIn(w, start, r.P2) || ReplaceIn(w, start, 0, "abl");
                break;
            case "ic":
                IcToIqu(w, r);
                break;
            case "iv":
                DeleteIn(w, start, r.P2);
                break;
        }
    }

    private static bool IVerbSuffix(WordBuffer w, Regions r)
    {
        var suffix = w.LongestSuffix(IVerb, w.Length, r.PV);
        if (suffix is null)
        {
            return false;
        }

        int before = w.Length - suffix.Length - 1;
        return before >= r.PV && w[before] != 'H' && !IsVowel(w[before]) && DeleteIn(w, before + 1, 0);
    }

    private static bool VerbSuffix(WordBuffer w, Regions r)
    {
        var suffix = w.LongestSuffix(Verb, w.Length, r.PV);
        if (suffix is null)
        {
            return false;
        }

        int start = w.Length - suffix.Length;
        if (suffix == "ions")
        {
            return DeleteIn(w, start, r.P2);
        }

        if (suffix is "ais" or "aise" or "aises")
        {
            var exception = w.LongestSuffix(AisExceptions, start);
            bool kept = exception is not null && (exception != "al" || start == 3);
            return !kept && DeleteIn(w, start, 0);
        }

        if (Array.IndexOf(VerbAfterE, suffix) >= 0 && start - 1 >= r.PV && w[start - 1] == 'e')
        {
            start--;
        }

        return DeleteIn(w, start, 0);
    }

    private static void ResidualSuffix(WordBuffer w, Regions r)
    {
        int n = w.Length;
        if (n >= 2 && w[n - 1] == 's' && (!"aiouès".Contains(w[n - 2], StringComparison.Ordinal) || (n >= 3 && w[n - 3] == 'H' && w[n - 2] == 'i')))
        {
            w.Truncate(n - 1);
        }

        var suffix = w.LongestSuffix(Residual, w.Length, r.PV);
        int start = w.Length - (suffix?.Length ?? 0);
        switch (suffix)
        {
            case "ion" when start >= r.P2 && start - 1 >= r.PV && w[start - 1] is 's' or 't':
            case "e":
                w.Truncate(start);
                break;
            case "ier" or "ière" or "Ier" or "Ière":
                w.ReplaceEnd(suffix.Length, "i");
                break;
        }
    }

    /// <summary>é or è before the final run of consonants becomes e.</summary>
    private static void UnAccent(WordBuffer w)
    {
        int i = w.Length - 1;
        while (i >= 0 && !IsVowel(w[i]))
        {
            i--;
        }

        if (i >= 0 && i < w.Length - 1 && w[i] is 'é' or 'è')
        {
            w[i] = 'e';
        }
    }

    private static void Postlude(WordBuffer w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            switch (w[i])
            {
                case 'I' or 'U' or 'Y':
                    w[i] = char.ToLowerInvariant(w[i]);
                    break;
                case 'H' when i + 1 < w.Length && w[i + 1] is 'e' or 'i':
                    w.Replace(i, 2, w[i + 1] == 'e' ? "ë" : "ï");
                    break;
                case 'H':
                    w.Replace(i, 1, "");
                    i--;
                    break;
            }
        }
    }
}
