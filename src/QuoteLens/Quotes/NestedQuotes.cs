using QuoteLens.Corpus;

namespace QuoteLens.Quotes;

/// <summary>
/// A quote that ends in, or holds, another one its speaker introduces with a colon: “…, il Papa ha affermato chiaramente:
/// ‘Il negoziato non è mai una resa’”, „Putin sagte: ‚Können Sie helfen …?‘ Ich sagte: ‚Wir tun alles.‘“. The inner words
/// are the one the lead-in names; the outer quote is cut around them into the pieces its own speaker says.
/// </summary>
internal static class NestedQuotes
{
    /// <summary>The fewest words of a piece of the outer quote kept as a quote of its own ("Putin sagte:" is none).</summary>
    private const int MinPieceWords = 3;

    /// <summary>The fewest words of an inner quote split off.</summary>
    private const int MinInnerWords = 2;

    /// <summary>Most spaces between the colon and the inner opening mark.</summary>
    private const int MaxGap = 2;

    /// <summary>A piece of an outer quote: its span, and whether it is an inner quote a lead-in introduces.</summary>
    internal readonly record struct Piece(RawQuote Raw, bool Inner);

    /// <summary>
    /// The pieces of <paramref name="raw"/> in reading order: each inner quote that opens after a colon and closes inside the
    /// outer one, and the outer words around them of <see cref="MinPieceWords"/> words or more. Null when the quote holds no
    /// such inner quote (and for dash speech, an unclosed quote or one over several paragraphs).
    /// </summary>
    public static List<Piece>? Pieces(string text, RawQuote raw)
    {
        if (raw.Unclosed || raw.OpenMark == ' ' || raw.FirstParagraph != raw.LastParagraph)
        {
            return null;
        }

        List<Piece>? pieces = null;
        int from = raw.Start;
        for (int colon = text.IndexOf(':', raw.Start, raw.End - raw.Start); colon >= 0 && colon < raw.End;
            colon = colon + 1 < raw.End ? text.IndexOf(':', colon + 1, raw.End - colon - 1) : -1)
        {
            int open = colon + 1;
            while (open < raw.End && open - colon <= MaxGap && text[open] is ' ' or '\u00A0')
            {
                open++;
            }

            if (open >= raw.End - 1 || QuoteMarks.Opened(text[open]) is not { } convention || !char.IsLetterOrDigit(text[open + 1]))
            {
                continue;
            }

            int close = Closer(text, open + 1, raw.End, convention);
            if (close < 0 || Words(text, open + 1, close) < MinInnerWords)
            {
                continue;
            }

            pieces ??= [];
            AddOuter(text, raw, from, colon + 1, pieces);
            pieces.Add(new Piece(new RawQuote(open, open + 1, close, close + 1, text[open], false, raw.FirstParagraph, raw.FirstParagraph), Inner: true));
            from = close + 1;
            colon = close;
        }

        if (pieces is null)
        {
            return null;
        }

        AddOuter(text, raw, from, raw.End, pieces);
        return pieces;
    }

    /// <summary>Most words of the speaker phrase of an inner quote's lead-in ("il Papa", "el papa", "Putin").</summary>
    private const int MaxSpeakerWords = 3;

    /// <summary>
    /// True when the speaker phrase of an inner quote's lead-in names someone other than the outer speaker: a phrase of at most
    /// <see cref="MaxSpeakerWords"/> words that is no pronoun ("Ich sagte: ‚…‘" is the outer speaker's own account) and does not
    /// open with an indefinite article ("Ein Präsident eines großen Landes stand auf und sagte: ‚…‘" is an unnamed person the
    /// outer speaker quotes, whose words are his account).
    /// </summary>
    public static bool NamesSomeone(string? phrase)
    {
        if (phrase is null || phrase == SpeakerResolver.Implied)
        {
            return false;
        }

        var words = phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxSpeakerWords)
        {
            return false;
        }

        var first = Text.Tokenizer.NormalizeWord(words[0]);
        return !(words.Length == 1 && (AttributionCues.Pronouns.Contains(first) || FirstPerson.Contains(first))) && !Indefinite.Contains(first)
            && words.Any(w => char.IsUpper(w[0]) || SpeakerNames.IsTitle(Text.Tokenizer.NormalizeWord(w)));
    }

    /// <summary>First-person pronouns the cue pronoun list does not hold.</summary>
    private static readonly HashSet<string> FirstPerson = new(["ich", "wir", "io", "noi", "yo", "nosotros", "eu", "nós", "ik", "ja", "я", "ми", "мы"], StringComparer.Ordinal);

    /// <summary>Indefinite articles and "one of": an unnamed person.</summary>
    private static readonly HashSet<string> Indefinite = new(
        ["a", "an", "one", "ein", "eine", "einer", "un", "une", "uno", "una", "um", "uma", "een", "один", "одна", "jeden", "jedna", "l'un", "l'une", "someone"],
        StringComparer.Ordinal);

    /// <summary>Adds the outer words [<paramref name="from"/>, <paramref name="to"/>) as a piece when they hold enough words.</summary>
    private static void AddOuter(string text, RawQuote raw, int from, int to, List<Piece> pieces)
    {
        while (from < to && !char.IsLetterOrDigit(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (Words(text, from, to) >= MinPieceWords)
        {
            int openPos = from == raw.Start ? raw.OpenPos : from;
            int closeEnd = to == raw.End ? raw.CloseEnd : to;
            pieces.Add(new Piece(raw with { OpenPos = openPos, Start = from, End = to, CloseEnd = closeEnd }, Inner: false));
        }
    }

    /// <summary>The offset of the mark that closes the inner quote opened before <paramref name="start"/>, before <paramref name="end"/>; -1 when none does.</summary>
    private static int Closer(string text, int start, int end, QuoteConvention convention)
    {
        for (int i = start + 1; i < end; i++)
        {
            if (text[i] == ':' )
            {
                // Another lead-in before any closing mark: the opening was no quote of its own.
                return -1;
            }

            if (convention.Closers.Contains(text[i], StringComparison.Ordinal) && !char.IsWhiteSpace(text[i - 1])
                && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The number of words (runs of letters or digits) in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static int Words(string text, int from, int to)
    {
        int words = 0;
        bool inWord = false;
        for (int i = from; i < to; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter || (inWord && text[i] is '\'' or '’' or '-');
        }

        return words;
    }
}
