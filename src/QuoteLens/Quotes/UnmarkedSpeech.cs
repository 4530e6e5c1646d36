using QuoteLens.Corpus;
using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// Direct speech that no quote mark encloses, in the conventions real pages use:
/// dash dialogue (Polish, Russian, Ukrainian and translations from them: "– To, co widzimy, to cios w plecy – powiedział Putin.
/// – Dalej …", "…, – зазначив Шольц. – А якщо …", "…, - Peskov said.") and a lead-in that ends in a colon with the words after it
/// unmarked ("وأضاف: سنعمل …", "Цитата:" closing a paragraph before an unmarked one). Dash speech may hold quoted words,
/// which then belong to it; it never crosses a quote. Lead-ins are taken only in paragraphs with no quote mark; each speech is at
/// least three words. Every paragraph is read once, so the work is linear.
/// </summary>
internal static class UnmarkedSpeech
{
    private const int MinWords = 3;
    private const int CueLookahead = 80;
    private const int LeadInMaxWords = 8;

    /// <summary>Words that announce a quotation by themselves ("Quote:", "Цитата:", "Заява:", "The statement reads:").</summary>
    private static readonly HashSet<string> LeadInWords = new(
        ["quote", "цитата", "заява", "заявление", "citation", "zitat", "cita", "citação", "citazione", "cytat", "statement"], StringComparer.Ordinal);

    /// <summary>The unmarked speeches of <paramref name="article"/> that overlap none of <paramref name="marked"/>, in reading order.</summary>
    public static List<RawQuote> Find(Article article, IReadOnlyList<RawQuote> marked)
    {
        var found = new List<RawQuote>();
        var text = article.Text;
        int m = 0;
        for (int p = 0; p < article.Paragraphs.Count; p++)
        {
            var para = article.Paragraphs[p];
            if (para.Start < 0 || para.End > text.Length || para.Start >= para.End)
            {
                continue;
            }

            while (m < marked.Count && marked[m].End <= para.Start)
            {
                m++;
            }

            bool hasMarks = (m < marked.Count && marked[m].OpenPos < para.End) || (QuoteMarks.IndexOfMark(text.AsSpan(para.Start, para.Length)) >= 0 && HasQuoteMark(text, para));
            int before = found.Count;
            Dashes(text, para.Start, para.End, p, found);
            if (hasMarks)
            {
                // Dash speech may hold quoted words ("Słowo "negocjować" jest odważne"), but never cross a quote.
                // In a paragraph with quote marks only a paragraph opening with a dash is dash dialogue ("«…», — сказал он" is not).
                bool dialogue = TextChars.IsDash(text[para.Start]);
                found.RemoveAll(f => f.Start >= para.Start && (!dialogue || Crosses(f, marked, m)));
                continue;
            }

            if (found.Count == before)
            {
                Colon(text, para.Start, para.End, p, found);
            }

            if (found.Count == before && p > 0 && LeadsIn(text, article.Paragraphs[p - 1]))
            {
                Add(text, para.Start, para.Start, para.End, para.End, p, found);
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="speech"/> overlaps a marked quote without containing it whole.</summary>
    private static bool Crosses(RawQuote speech, IReadOnlyList<RawQuote> marked, int from)
    {
        for (int k = from; k < marked.Count && marked[k].OpenPos < speech.CloseEnd; k++)
        {
            var q = marked[k];
            bool overlaps = q.OpenPos < speech.CloseEnd && q.CloseEnd > speech.Start;
            bool inside = q.OpenPos >= speech.Start && q.CloseEnd <= speech.End;
            if (overlaps && !inside)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the paragraph holds a real quote mark (not an apostrophe inside a word).</summary>
    private static bool HasQuoteMark(string text, Paragraph para)
    {
        var s = text.AsSpan(para.Start, para.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (TextChars.IsQuoteMark(s[i]) && !QuoteMarks.IsApostrophe(s, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Dash dialogue: stretches that end at a dash followed by an attribution ("– powiedział Franciszek", "- Peskov said").</summary>
    private static void Dashes(string text, int from, int to, int p, List<RawQuote> found)
    {
        int speechStart = from;
        int openPos = from;
        if (TextChars.IsDash(text[from]) && from + 1 < to && char.IsWhiteSpace(text[from + 1]))
        {
            speechStart = from + 1;
        }

        bool open = true;
        for (int i = from + 1; i + 1 < to; i++)
        {
            if (!TextChars.IsDash(text[i]) || !char.IsWhiteSpace(text[i - 1]) || !char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            if (open && AttributionFollows(text, i + 1, Math.Min(to, i + 1 + CueLookahead)))
            {
                Add(text, openPos, speechStart, i, i, p, found);
                open = false;
                continue;
            }

            // ". – Dalej ...": after an attribution, a dash that follows the end of a sentence reopens the speech.
            if (!open && SentenceEndBefore(text, i, from))
            {
                open = true;
                openPos = i;
                speechStart = i + 1;
            }
        }

        if (open && openPos > from)
        {
            Add(text, openPos, speechStart, to, to, p, found);
        }
    }

    /// <summary>"وأضاف: سنعمل …", "He added: we will …": a cue in the last few words before a colon, unmarked words after it.</summary>
    private static void Colon(string text, int from, int to, int p, List<RawQuote> found)
    {
        int colon = text.IndexOf(':', from, to - from);
        if (colon < 0 || colon + 1 >= to)
        {
            return;
        }

        int windowStart = Math.Max(from, colon - CueLookahead);
        var tokens = TokenWindow.Whole(text, windowStart, colon);
        int count = tokens.Count;
        for (int k = Math.Max(0, count - 4); k < count; k++)
        {
            if ((AttributionCues.Match(tokens, k) is { Cue.Role: not CueRole.Source }) || (tokens[k].Kind == TokenKind.Word && LeadInWords.Contains(tokens[k].Norm)))
            {
                Add(text, colon + 1, colon + 1, to, to, p, found);
                return;
            }
        }
    }

    /// <summary>A short paragraph ending in a colon that names a cue or announces a quotation ("Цитата:", "Putin said:").</summary>
    private static bool LeadsIn(string text, Paragraph previous)
    {
        if (previous.Start < 0 || previous.End > text.Length || previous.End <= previous.Start || text[previous.End - 1] != ':')
        {
            return false;
        }

        var tokens = TokenWindow.Whole(text, Math.Max(previous.Start, previous.End - CueLookahead), previous.End - 1);
        int words = 0;
        bool cue = false;
        for (int k = 0; k < tokens.Count; k++)
        {
            words += tokens[k].IsContent ? 1 : 0;
            cue |= AttributionCues.Match(tokens, k) is { Cue.Role: not CueRole.Source } || (tokens[k].Kind == TokenKind.Word && LeadInWords.Contains(tokens[k].Norm));
        }

        return cue && words <= LeadInMaxWords && previous.End - previous.Start <= CueLookahead;
    }

    /// <summary>True when a speech cue stands among the first few words from <paramref name="from"/>: "powiedział Putin", "Peskov said".</summary>
    private static bool AttributionFollows(string text, int from, int to)
    {
        if (from >= to)
        {
            return false;
        }

        var tokens = TokenWindow.Whole(text, from, to);
        for (int k = 0; k < tokens.Count && k < 4; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (AttributionCues.Match(tokens, k) is { Cue.Role: CueRole.Verb })
            {
                return k == 0 || char.IsUpper(tokens[0].Text[0]);
            }
        }

        return false;
    }

    private static bool SentenceEndBefore(string text, int dash, int from)
    {
        int k = dash - 1;
        while (k > from && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return text[k] is '.' or '!' or '?' or ':';
    }

    /// <summary>Adds the speech [<paramref name="start"/>, <paramref name="end"/>) trimmed of spaces and a trailing comma, when it has three words or more.</summary>
    private static void Add(string text, int openPos, int start, int end, int closeEnd, int p, List<RawQuote> found)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        int words = 0;
        bool inWord = false;
        for (int k = start; k < end && words < MinWords; k++)
        {
            bool letter = char.IsLetterOrDigit(text[k]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        if (words >= MinWords)
        {
            found.Add(new RawQuote(openPos, start, end, Math.Max(end, closeEnd), TextChars.IsDash(text[openPos]) ? text[openPos] : ' ', Unclosed: false, p, p));
        }
    }
}
