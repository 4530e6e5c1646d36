using QuoteLens.Text;

namespace QuoteLens.Grouping;

/// <summary>
/// Whether a sentence is negated: one of its words is a negator of its language ("not", "never", "n't"; "не", "ні"; "ne",
/// "pas"; "nicht", "kein"; "no"; "não"; "non"; "niet", "geen"; "nu"; "ei"; "nie"; "لا", "ليس", "لم", "لن"). Negators are
/// stop words, so keys never tell "X is not Y" from "they call X Y".
/// </summary>
internal static class Negation
{
    private static readonly Dictionary<string, string[]> Negators = new(StringComparer.Ordinal)
    {
        ["en"] = Set("not", "never", "no", "nor", "cannot"),
        ["ru"] = Set("не", "нет", "ни", "никогда"),
        ["uk"] = Set("не", "ні", "ніколи", "немає"),
        ["fr"] = Set("ne", "n'", "pas", "jamais", "aucun", "aucune"),
        ["de"] = Set("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals"),
        ["es"] = Set("no", "nunca", "jamás", "ningún", "ninguna", "ni"),
        ["pt"] = Set("não", "nunca", "jamais", "nenhum", "nenhuma", "nem"),
        ["it"] = Set("non", "mai", "nessun", "nessuna", "né"),
        ["nl"] = Set("niet", "geen", "nooit"),
        ["ro"] = Set("nu", "niciodată", "niciun", "nicio"),
        ["et"] = Set("ei", "mitte", "pole", "polnud"),
        ["pl"] = Set("nie", "nigdy", "żaden", "żadna"),
        ["ar"] = Set("لا", "ليس", "ليست", "لم", "لن", "غير"),
    };

    /// <summary>True when a word of <paramref name="text"/> negates in <paramref name="language"/> (its primary code).</summary>
    public static bool Holds(string text, string language)
    {
        if (!Negators.TryGetValue(language, out var negators))
        {
            return false;
        }

        // Words are compared without making strings: this runs once per quote of the corpus.
        Span<char> lower = stackalloc char[16];
        foreach (var range in new LetterRuns(text))
        {
            var word = text.AsSpan()[range];
            if (word.Length > lower.Length)
            {
                continue;
            }

            int n = word.ToLowerInvariant(lower);
            var norm = lower[..n];
            for (int k = 0; k < n; k++)
            {
                if (TextChars.IsApostrophe(norm[k]))
                {
                    norm[k] = '\'';
                }
            }

            foreach (var negator in negators)
            {
                if (norm.SequenceEqual(negator) && !(AnswerWords.Contains(negator) && IsInterjection(text, range.End.Value)))
                {
                    return true;
                }
            }

            if ((language == "en" && norm.EndsWith("n't")) || (language == "fr" && norm.StartsWith("n'")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The negators that are also the answer "no" ("no", "нет", "ні", "não", "nie", "nu", "ei"): only these stand apart as an
    /// interjection. A clause's own negator before a comma ("… would not, …") still negates it.
    /// </summary>
    private static readonly HashSet<string> AnswerWords = new(["no", "нет", "ні", "não", "nie", "nu", "ei"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the word ending at <paramref name="end"/> stands apart by a comma: "I think Mr. Biden – no, I'm sorry, I think
    /// Mr. Putin knows …", "Нет, это так" answer or correct and negate nothing of the clause that follows.
    /// </summary>
    private static bool IsInterjection(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && text[i] == ',';
    }

    private static string[] Set(params string[] words) => words;
}
