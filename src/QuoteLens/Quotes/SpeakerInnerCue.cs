using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// The attribution a writer sets inside one pair of quotation marks, between dashes: «Вчера узнали о гибели, — сказал
/// Пушилин. — Для нас это болезненная тема», "Це трагедія, – заявив Зеленський, – і ми це знаємо". The words between
/// the dashes are no part of the statement; their verb and name give the speaker of a quote that no words outside it name.
/// </summary>
internal static class SpeakerInnerCue
{
    /// <summary>Most words the aside may hold ("сказал глава ДНР Денис Пушилин").</summary>
    private const int MaxWords = 7;

    /// <summary>Most characters looked at after a dash for the aside.</summary>
    private const int MaxLength = 90;

    /// <summary>
    /// The speaker phrase of the aside inside the quote [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>:
    /// a dash after a comma, a full stop, "!" , "?" or "…", then a speech verb and a name (or a name and a verb), then a comma or
    /// a full stop and another dash. Null when there is none.
    /// </summary>
    public static string? Phrase(string text, int start, int end)
    {
        int at = start;
        while (at < end)
        {
            int dash = text.AsSpan(at, end - at).IndexOfAny('\u2014', '\u2013');
            if (dash < 0)
            {
                return null;
            }

            dash += at;
            at = dash + 1;
            if (dash < start + 2 || text[dash - 1] != ' ' || text[dash - 2] is not (',' or '.' or '!' or '?' or '…'))
            {
                continue;
            }

            int limit = Math.Min(end, dash + MaxLength);
            int close = text.AsSpan(dash + 1, limit - dash - 1).IndexOfAny('\u2014', '\u2013');
            if (close < 0)
            {
                continue;
            }

            close += dash + 1;
            int last = close - 1;
            while (last > dash && text[last] == ' ')
            {
                last--;
            }

            if (last <= dash + 1 || text[last] is not (',' or '.'))
            {
                continue;
            }

            if (Aside(text, dash + 1, last) is { } phrase)
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>
    /// The name in "the words of X" right after a quote's closing mark at <paramref name="end"/> («…», le parole di Putin sulla
    /// morte di Prigozhin; "…" — the words of the Russian president Vladimir Putin): the one whose words the quote gives. Null
    /// when the words after the quote are no such phrase.
    /// </summary>
    public static string? WordsOf(string text, int end)
    {
        int from = end;
        while (from < text.Length && from < end + 3 && text[from] is ' ' or ',' or '—' or '–' or '-')
        {
            from++;
        }

        if (from == end || from >= text.Length || !char.IsLetter(text[from]))
        {
            return null;
        }

        int to = Math.Min(text.Length, from + MaxLength);
        int stop = text.AsSpan(from, to - from).IndexOfAny('.', '\n', '«');
        using var tokens = TokenWindow.Rent(text, from, stop < 0 ? to : from + stop);
        int k = 0;
        if (tokens.Has(k) && tokens.Kind(k) == TokenKind.Word && AttributionCues.Determiners.Contains(tokens[k].Norm))
        {
            k++;
        }

        if (!tokens.Has(k + 2) || tokens.Kind(k) != TokenKind.Word || !WordNouns.Contains(tokens[k].Norm))
        {
            return null;
        }

        k++;
        while (tokens.Has(k) && tokens.Kind(k) == TokenKind.Word && !tokens.IsCapitalized(k) && Links.Contains(tokens[k].Norm))
        {
            k++;
        }

        int first = k;
        while (tokens.Has(k) && tokens.Kind(k) == TokenKind.Word && tokens.IsCapitalized(k) && k < first + 4)
        {
            k++;
        }

        return k > first ? text[tokens.Start(first)..tokens.End(k - 1)] : null;
    }

    /// <summary>Nouns for what someone said ("the words of", "le parole di", "слова").</summary>
    private static readonly HashSet<string> WordNouns = new(
        ["words", "parole", "paroles", "palabras", "palavras", "worte", "woorden", "cuvintele", "слова", "sõnad"], StringComparer.Ordinal);

    /// <summary>Links between the noun and its owner ("of", "di", "de", "van", "lui", Russian none).</summary>
    private static readonly HashSet<string> Links = new(
        ["of", "the", "di", "del", "della", "dello", "de", "du", "des", "do", "da", "von", "des", "van", "lui", "ale", "al"], StringComparer.Ordinal);

    /// <summary>The phrase of the words in [<paramref name="from"/>, <paramref name="to"/>) when they are a verb and its speaker.</summary>
    private static string? Aside(string text, int from, int to)
    {
        using var tokens = TokenWindow.Rent(text, from, to);
        int words = 0;
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens.Kind(k) != TokenKind.Word)
            {
                return null;
            }

            words++;
        }

        if (words < 2 || words > MaxWords)
        {
            return null;
        }

        if (AttributionCues.Match(tokens, 0) is { Cue.Role: CueRole.Verb } first && first.Length < tokens.Count && tokens.IsCapitalized(first.Length))
        {
            // "— сказал Пушилин. —": the verb first, the speaker after it.
            return text[tokens.Start(first.Length)..tokens.End(tokens.Count - 1)];
        }

        for (int k = 1; k < tokens.Count; k++)
        {
            if (AttributionCues.Match(tokens, k) is { Cue.Role: CueRole.Verb } verb && k + verb.Length == tokens.Count && tokens.IsCapitalized(0))
            {
                // "— Пушилин сказал, —": the speaker first, the verb closing the aside.
                return text[tokens.Start(0)..tokens.End(k - 1)];
            }
        }

        return null;
    }
}
