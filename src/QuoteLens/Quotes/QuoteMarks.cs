using System.Buffers;
using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// One quotation convention: an opening mark, the marks that close it, the marks that close it only
/// in sloppy text (when no regular closer follows in the paragraph), and whether an unclosed opening
/// is still clearly a quote.
/// </summary>
/// <param name="Open">The opening mark.</param>
/// <param name="Closers">Regular closing marks.</param>
/// <param name="Fallback">Closers accepted only when no regular closer follows in the same paragraph (« … ”).</param>
/// <param name="Strong">True when an unclosed opening still starts a quote (“ „ « ‘); false for marks that are often something else (' » ”).</param>
/// <param name="NeedsContext">True for marks whose role depends on the characters around them (" ' ‘ “ ”).</param>
internal sealed record QuoteConvention(char Open, string Closers, string Fallback, bool Strong, bool NeedsContext);

/// <summary>The quotation conventions the finder knows, and the context rules that tell an opening mark from a closing one.</summary>
internal static class QuoteMarks
{
    /// <summary>The apostrophe-like marks: single quotes that may also sit inside a word (Putin’s, aujourd'hui).</summary>
    private const string SingleFamily = "'‘’";

    private static readonly QuoteConvention[] Conventions =
    [
        new('“', "”", "\"“", Strong: true, NeedsContext: true),      // English; sloppy pages close with " or a second “
        new('„', "“”", "\"„", Strong: true, NeedsContext: false),    // German „…“, Polish and Romanian „…”; sloppy Polish pages close with a second „
        new('"', "\"”", "“", Strong: true, NeedsContext: true),      // straight double, sometimes closed by a curly one
        new('«', "»", "”\"", Strong: true, NeedsContext: false),     // Russian, French, Estonian
        new('‘', "’'", "”‘", Strong: true, NeedsContext: true),      // British single; ’ doubles as apostrophe; sloppy ‘…‘
        new('「', "」", "", Strong: true, NeedsContext: false),        // CJK
        new('『', "』", "", Strong: true, NeedsContext: false),        // CJK inner
        new('‟', "”", "", Strong: true, NeedsContext: false),
        new('»', "«", "", Strong: false, NeedsContext: true),        // German/Danish »…«
        new('”', "”", "", Strong: false, NeedsContext: true),        // Swedish/Finnish ”…”
        new('\'', "'’", "", Strong: false, NeedsContext: true),      // straight single: a quote only when closed
        new('‚', "‘’", "", Strong: false, NeedsContext: true),       // German single ‚…‘
        new('‹', "›", "", Strong: false, NeedsContext: true),
        new('›', "‹", "", Strong: false, NeedsContext: true),
        new('‛', "’", "", Strong: false, NeedsContext: true),
        new('’', "’", "", Strong: false, NeedsContext: true),        // doubled right single ’’…’’ (Spanish pages): opens only doubled
    ];

    private static readonly Dictionary<char, QuoteConvention> ByOpen = Conventions.ToDictionary(c => c.Open);

    /// <summary>
    /// The conventions of a mark that opens with a space after it (“ We …”, " We …"): the same closers, but not strong, so that a
    /// spaced mark nothing closes in its paragraph (an inch mark, a ditto) is dropped rather than taken as an unclosed quote.
    /// </summary>
    private static readonly Dictionary<char, QuoteConvention> SpacedByOpen = Conventions.Where(c => c.Open is '“' or '"')
        .ToDictionary(c => c.Open, c => c with { Strong = false });

    /// <summary>Every quote mark (<see cref="TextChars.IsQuoteMark"/>) and every opening mark.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create([.. TextChars.QuoteMarks, '\'', .. Conventions.Select(c => c.Open)]);

    /// <summary>Each opening mark as a string, made once rather than for every quote.</summary>
    private static readonly Dictionary<char, string> OpenMarkTexts = Conventions.ToDictionary(c => c.Open, c => c.Open.ToString());

    /// <summary>The opening mark <paramref name="c"/> as a string.</summary>
    public static string OpenMarkText(char c) => OpenMarkTexts.TryGetValue(c, out var text) ? text : c.ToString();

    /// <summary>The convention that <paramref name="c"/> opens, or null.</summary>
    public static QuoteConvention? Opened(char c) => ByOpen.GetValueOrDefault(c);

    /// <summary>
    /// The convention that <paramref name="text"/>[<paramref name="i"/>] opens although a space follows it (" We …", “ We …"), or
    /// null: the mark stands at the start or after a space or punctuation, and after the spaces a letter or digit follows.
    /// </summary>
    public static QuoteConvention? OpenedSpaced(ReadOnlySpan<char> text, int i)
    {
        if (!SpacedByOpen.TryGetValue(text[i], out var convention) || (i > 0 && char.IsLetterOrDigit(text[i - 1])) || AfterNumber(text, i))
        {
            return null;
        }

        int k = i + 1;
        while (k < text.Length && k - i <= 2 && text[k] is ' ' or '\u00A0')
        {
            k++;
        }

        return k > i + 1 && k < text.Length && char.IsLetterOrDigit(text[k]) ? convention : null;
    }

    /// <summary>
    /// The convention that <paramref name="text"/>[<paramref name="i"/>] opens although it is glued to the word before it, or null:
    /// a " or “ between a lower-case letter and a capitalised word, left where a page ran a caption or a label into the speech
    /// ("Vladimir Putin, Russia's ruler"The most important …", "after this advertisement“There was …"). Not strong, so that it
    /// is a quote only when a mark closes it in its paragraph; the scanner asks only when no quote is open (a German „…“ closer
    /// glued to the next word is left alone). Measured: putin-direct-line quotes 236 -> 241, speakers 310 -> 315 (tellerreport's
    /// and inquirer's glued openers); nothing else moves, no unkeyed quote added on any readable key.
    /// </summary>
    public static QuoteConvention? OpenedGlued(ReadOnlySpan<char> text, int i)
    {
        return i > 0 && i + 2 < text.Length && char.IsLower(text[i - 1]) && char.IsUpper(text[i + 1]) && char.IsLower(text[i + 2])
            && SpacedByOpen.TryGetValue(text[i], out var convention) ? convention : null;
    }

    /// <summary>
    /// True when <paramref name="text"/>[<paramref name="i"/>] is a double mark that closes after a space ("… position ", he said"):
    /// " ” or “ after a space that follows a word or a sentence's end, before a space, punctuation or the end.
    /// </summary>
    public static bool ClosesSpaced(ReadOnlySpan<char> text, int i)
    {
        if (text[i] is not ('"' or '”' or '“') || i < 2 || text[i - 1] is not (' ' or '\u00A0'))
        {
            return false;
        }

        char before = text[i - 2];
        bool afterWord = char.IsLetter(before) || before is '.' or ',' or '!' or '?' or '…';
        return afterWord && (i + 1 >= text.Length || text[i + 1] is ' ' or '\u00A0' or ',' or '.' or ';' or ':' or '!' or '?' or ')' || TextChars.IsDash(text[i + 1]));
    }

    /// <summary>True when a number and a space stand right before <paramref name="i"/>: a spaced mark there is an inch mark ("a 65 " screen").</summary>
    private static bool AfterNumber(ReadOnlySpan<char> text, int i) => i >= 2 && char.IsWhiteSpace(text[i - 1]) && char.IsDigit(text[i - 2]);

    /// <summary>The index of the first character of <paramref name="text"/> that could open or close some convention, or -1.</summary>
    public static int IndexOfMark(ReadOnlySpan<char> text) => text.IndexOfAny(Marks);

    /// <summary>
    /// True when <paramref name="text"/>[<paramref name="i"/>] opens a quote written with two right single marks ("’’Reabriremos el
    /// puerto’’, ha dicho"): ’ twice, then a letter or digit. A single ’ is an apostrophe or a closer, never an opener.
    /// </summary>
    public static bool OpensDoubled(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && text[i] == '’' && text[i + 1] == '’' && char.IsLetterOrDigit(text[i + 2]);

    /// <summary>True for marks of the single-quote family, which double as apostrophes.</summary>
    public static bool IsSingle(char c) => SingleFamily.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// True when the mark at <paramref name="i"/> is an apostrophe inside a word: between two letters or digits
    /// (Putin’s, l'OTAN), or a plural possessive (militias’ plans: s’ + space + lower-case word).
    /// </summary>
    public static bool IsApostrophe(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c is not ('\'' or '’'))
        {
            return false;
        }

        bool letterBefore = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool letterAfter = i + 1 < text.Length && char.IsLetter(text[i + 1]);
        if (letterBefore && letterAfter)
        {
            return true;
        }

        if (c == '\'' && ElisionBefore(text, i))
        {
            return true;
        }

        // "Pro-Ukrainian ‘partisans’ offer", "spreekt van ‘Oekraïense saboteurs’ en": s’ closes a single quote opened just
        // before it on its line (it had been read as a plural possessive, and the quote ran on to the next mark).
        return i > 0 && text[i - 1] == 's' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2]) && !OpenSingleBefore(text, i);
    }

    /// <summary>
    /// True when the straight mark at <paramref name="i"/> ends a French or Italian elided word (a single letter l', d', j', n',
    /// s', c', m', t', or qu') that a space parts from the next word ("de l' UE", left by a link): an apostrophe, not a single
    /// quote mark. It had made a paragraph of speech that lost its marks read as marked. Measured: zaluzhny-stalemate quotes
    /// 256 -> 258 (radiocanada's Zelensky), same-language true pairs 89 -> 93 (predicted 109 -> 115), cross-language 554/669 ->
    /// 610/721, speakers 276 -> 277; nothing else moves, no unkeyed quote added.
    /// </summary>
    private static bool ElisionBefore(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..i];
        bool elided = (word.Length == 1 && word[0] is 'l' or 'd' or 'j' or 'n' or 's' or 'c' or 'm' or 't' or 'L' or 'D')
            || word.SequenceEqual("qu") || word.SequenceEqual("Qu");
        return elided && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLetter(text[i + 2]) && (start == 0 || !char.IsLetterOrDigit(text[start - 1]));
    }

    /// <summary>Most characters back from a plural possessive's mark to the single mark that may open a quote it closes.</summary>
    private const int PluralCloseReach = 80;

    /// <summary>
    /// True when a single mark of the same family opens a quote at most <see cref="PluralCloseReach"/> characters before the mark
    /// at <paramref name="i"/>, on its line, with no other closing single mark between.
    /// </summary>
    private static bool OpenSingleBefore(ReadOnlySpan<char> text, int i)
    {
        for (int j = i - 2; j >= 0 && j >= i - PluralCloseReach; j--)
        {
            char c = text[j];
            if (c is '\n' or '\r')
            {
                return false;
            }

            bool inWord = j > 0 && char.IsLetterOrDigit(text[j - 1]) && j + 1 < text.Length && char.IsLetter(text[j + 1]);
            if (c == '’' && !inWord)
            {
                return false;
            }

            // The opener comes before a word of two letters at least: not "the '90s", "rock 'n roll".
            if ((c == '‘' && text[i] == '’') || (c == '\'' && text[i] == '\'' && !inWord))
            {
                return CanOpenAt(text, j) && j + 2 < i && char.IsLetter(text[j + 1]) && char.IsLetter(text[j + 2]);
            }
        }

        return false;
    }

    /// <summary>True when the mark at <paramref name="i"/> stands where a quote can open: after a non-letter, before a non-space.</summary>
    public static bool CanOpenAt(ReadOnlySpan<char> text, int i)
    {
        bool afterWord = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool beforeSpace = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);

        // "إن المهاجمين"لم يتمكنوا …": Arabic text often glues the opening mark to the word before it.
        return (!afterWord || (IsArabic(text[i - 1]) && i + 1 < text.Length && IsArabic(text[i + 1]))) && !beforeSpace;
    }

    /// <summary>
    /// True when the mark at <paramref name="i"/> is a French closer » set off by a space before it and followed by a comma,
    /// semicolon or colon ("… atteint nos objectifs », a déclaré M. Poutine"): it closes a clause of speech, and opens no
    /// reversed »…« quote even when its opening « was lost.
    /// </summary>
    internal static bool IsSpacedCloserBeforeClause(ReadOnlySpan<char> text, int i) =>
        text[i] == '»' && i > 0 && char.IsWhiteSpace(text[i - 1]) && i + 1 < text.Length && text[i + 1] is ',' or ';' or ':';

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';

    /// <summary>True when the mark at <paramref name="i"/> stands where a quote can close: after a non-space, before a non-letter.</summary>
    public static bool CanCloseAt(ReadOnlySpan<char> text, int i)
    {
        bool afterSpace = i == 0 || char.IsWhiteSpace(text[i - 1]);
        bool beforeWord = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        return !afterSpace && !beforeWord;
    }
}
