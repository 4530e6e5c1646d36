using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// A press service named as the speaker: "— сообщили в пресс-службе РДК", "— повідомили в пресслужбі Легіону", "the press
/// service of the Legion", "la oficina de prensa del Kremlin", "die Pressestelle des Ministeriums". It speaks for the body
/// named after it; it is no person and no title, so it must not take the person named last in the article.
/// </summary>
internal static class PressServices
{
    /// <summary>Starts of one-word press services, in comparison form (Russian, Ukrainian, German, Dutch, Estonian).</summary>
    private static readonly string[] OneWord =
    [
        .. new[] { "пресс-служб", "прес-служб", "пресслужб", "пресс-центр", "прес-центр", "pressestelle", "pressedienst", "pressezentrum", "persdienst", "pressiteenistus" }
            .Select(Tokenizer.NormalizeWord),
    ];

    /// <summary>The "press" of a two-word press service ("press service", "service de presse", "biuro prasowe", "المكتب الإعلامي").</summary>
    private static readonly HashSet<string> PressWords = Set(
        "press", "presse", "imprensa", "prensa", "stampa", "presă", "presa", "prasowe", "prasowa", "prasowej", "prasowego", "prasowym", "الإعلامي", "الصحفية", "الإعلامية");

    /// <summary>The "service" of a two-word press service.</summary>
    private static readonly HashSet<string> ServiceWords = Set(
        "service", "office", "centre", "center", "servicio", "oficina", "gabinete", "serviço", "assessoria", "servizio", "ufficio", "serviciul",
        "serviciului", "biroul", "biroului", "biuro", "biura", "biurze", "służba", "służby", "służbie", "المكتب", "الخدمة");

    /// <summary>Links between the service and "press" ("service de presse", "serviço de imprensa").</summary>
    private static readonly HashSet<string> Links = Set("de", "di", "da", "do", "del");

    /// <summary>How many words a press service may stand after the phrase's start ("selon la porte-parole du service de presse" is too far).</summary>
    private const int Reach = 5;

    /// <summary>
    /// The index of the last word of the first press service among the first words of <paramref name="words"/> ("в
    /// пресс-службе" → 1, "the press service of" → 2, "la oficina de prensa" → 3), or -1 when they name none.
    /// </summary>
    internal static int End(string[] words)
    {
        for (int k = 0; k < words.Length && k < Reach; k++)
        {
            var norm = Norm(words[k]);
            if (OpensOneWord(norm))
            {
                return k;
            }

            if (!PressWords.Contains(norm))
            {
                continue;
            }

            if (k > 0 && ServiceWords.Contains(Norm(words[k - 1])))
            {
                return k;
            }

            if (k > 1 && Links.Contains(Norm(words[k - 1])) && ServiceWords.Contains(Norm(words[k - 2])))
            {
                return k;
            }

            if (k + 1 < words.Length && ServiceWords.Contains(Norm(words[k + 1])))
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="norm"/> (a comparison form) is a word of a press service ("пресс-службе", "press", "service").</summary>
    internal static bool IsPart(string norm) =>
        PressWords.Contains(norm) || ServiceWords.Contains(norm) || OpensOneWord(norm);

    /// <summary>True when <paramref name="norm"/> opens with one of <see cref="OneWord"/> (a loop: a lambda over the word allocated a closure per word).</summary>
    private static bool OpensOneWord(string norm)
    {
        foreach (var start in OneWord)
        {
            if (norm.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The comparison form of <paramref name="word"/> without the punctuation around it, from the thread's table of words (no copy of a word read before).</summary>
    private static string Norm(string word) => TokenStrings.Word(word.AsSpan().Trim(NormTrim)).Norm;

    /// <summary>The punctuation and quote marks <see cref="Norm"/> trims off a word.</summary>
    private static readonly char[] NormTrim = [',', ';', ':', '.', '"', '“', '”', '«', '»', '„', '(', ')'];

    private static HashSet<string> Set(params string[] words) => new(words.Select(Tokenizer.NormalizeWord), StringComparer.Ordinal);
}
