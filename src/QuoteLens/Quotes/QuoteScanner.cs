using QuoteLens.Corpus;

namespace QuoteLens.Quotes;

/// <summary>A quoted span as the scanner found it, before classification and attribution.</summary>
/// <param name="OpenPos">Offset of the opening mark.</param>
/// <param name="Start">Offset of the first quoted character (marks and inner spaces excluded).</param>
/// <param name="End">Offset one past the last quoted character.</param>
/// <param name="CloseEnd">Offset one past the closing mark (<paramref name="End"/> when unclosed).</param>
/// <param name="OpenMark">The opening mark.</param>
/// <param name="Unclosed">True when no closing mark was found.</param>
/// <param name="FirstParagraph">Index of the paragraph where the quote opens.</param>
/// <param name="LastParagraph">Index of the paragraph where it closes (or ends unclosed).</param>
internal readonly record struct RawQuote(int OpenPos, int Start, int End, int CloseEnd, char OpenMark, bool Unclosed, int FirstParagraph, int LastParagraph);

/// <summary>
/// Finds the top-level quoted spans of an article in one pass over each paragraph's characters.
/// Openings go on a small stack (nesting deeper than <see cref="MaxDepth"/> is ignored); a closing
/// mark closes the innermost opening that accepts it (at the paragraph's tail, the outermost), and
/// openings it skips over are dropped as stray. Quotes nested in another quote are not reported.
/// A strong opening left open at a paragraph's end continues when the next paragraph opens with
/// the same kind of mark (the multi-paragraph convention), else it becomes an unclosed quote.
/// </summary>
internal sealed class QuoteScanner
{
    /// <summary>Deepest nesting tracked.</summary>
    public const int MaxDepth = 8;

    private const string ContextFreeClosers = "»«」』";

    /// <summary>How many paragraphs a quote opened once may run before the mark that closes it.</summary>
    private const int MaxBlockParagraphs = 12;

    /// <summary>How many characters are searched for that closing mark.</summary>
    private const int MaxBlockChars = 4000;

    /// <summary>The fewest words of a paragraph opened by a weak single mark that nothing closes, for it to be a quote.</summary>
    private const int MinAloneWords = 4;

    private readonly string _text;
    private readonly IReadOnlyList<Paragraph> _paragraphs;
    private readonly List<Entry> _entries = [];
    private readonly List<int> _stack = [];
    private readonly List<Candidate> _candidates = [];
    private readonly Dictionary<char, (int Closer, int Opener)> _nextPrimary = [];
    private readonly List<RawQuote> _found = [];

    /// <summary>Orders candidates by the position of their opening mark (made once per scan, not per paragraph).</summary>
    private Comparison<Candidate>? _byMarkPos;
    private Entry? _pending;
    private int _lastLetter = -1;

    private QuoteScanner(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        _text = text;
        _paragraphs = paragraphs;
    }

    private enum EntryState : byte
    {
        Open,
        Quote,
        Dropped,
    }

    /// <summary>The top-level quoted spans of <paramref name="text"/>'s paragraphs, in reading order.</summary>
    public static IReadOnlyList<RawQuote> Scan(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var scanner = new QuoteScanner(text, paragraphs);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            if (para.Start >= 0 && para.End <= text.Length && para.Start < para.End)
            {
                scanner.ScanParagraph(p);
            }
        }

        scanner.FlushPending();
        return scanner._found;
    }

    private static bool SameFamily(char a, char b) =>
        a == b || ("“\"„".Contains(a, StringComparison.Ordinal) && "“\"„".Contains(b, StringComparison.Ordinal)) || (QuoteMarks.IsSingle(a) && QuoteMarks.IsSingle(b));

    private void ScanParagraph(int p)
    {
        var para = _paragraphs[p];
        var s = _text.AsSpan(para.Start, para.Length);
        _entries.Clear();
        _stack.Clear();
        _candidates.Clear();
        _nextPrimary.Clear();
        int i = 0;
        if (_pending is { } pending)
        {
            _pending = null;
            if (SameFamily(s[0], pending.Mark))
            {
                Push(pending with { Parent = -1, State = EntryState.Open });
                i = 1;
            }
            else if (pending.Convention.Strong && (pending.BlockUntil >= p ? pending.BlockUntil : BlockClosesAt(pending, p)) is int until and >= 0)
            {
                // A statement quoted as one block: opened once, closed once several paragraphs on, no mark reopening it.
                Push(pending with { Parent = -1, State = EntryState.Open, BlockUntil = until });
            }
            else if (pending.Convention.Strong && EndsWithComma(pending.LastParagraph))
            {
                // A paragraph left open on a comma ("Citizens of Israel," over an embedded post whose text runs on below it, the
                // closing mark lost): the sentence goes on in this paragraph, so the quote does.
                Push(pending with { Parent = -1, State = EntryState.Open });
            }
            else
            {
                EmitUnclosed(pending, pending.LastParagraph);
            }
        }

        int tail = s.Length;
        while (tail > 0 && !char.IsLetterOrDigit(s[tail - 1]))
        {
            tail--;
        }

        for (; i < s.Length; i++)
        {
            int next = QuoteMarks.IndexOfMark(s[i..]);
            int mark = next < 0 ? s.Length : i + next;
            NoteLastLetter(s[..mark], i, para.Start);
            if (next < 0)
            {
                break;
            }

            i = mark;
            if (!QuoteMarks.IsApostrophe(s, i) && !TryClose(s, i, p, i >= tail))
            {
                TryOpen(s, i, p);
            }
        }

        EndParagraph(p);
    }

    /// <summary>Remembers the text offset of the last letter or digit of <paramref name="s"/> from <paramref name="from"/> on, if there is one.</summary>
    private void NoteLastLetter(ReadOnlySpan<char> s, int from, int offset)
    {
        for (int k = s.Length - 1; k >= from; k--)
        {
            if (char.IsLetterOrDigit(s[k]))
            {
                _lastLetter = offset + k;
                return;
            }
        }
    }

    private bool TryClose(ReadOnlySpan<char> s, int i, int p, bool atTail)
    {
        char c = s[i];
        if (_stack.Count == 0 || ReversedInnerOpen(s, i))
        {
            return false;
        }

        // A mark after a space closes only the innermost quote, and only one it can close ("… this position ", the minister said").
        bool spaced = !ContextFreeClosers.Contains(c, StringComparison.Ordinal) && !QuoteMarks.CanCloseAt(s, i);
        if (spaced && !QuoteMarks.ClosesSpaced(s, i))
        {
            return false;
        }

        int match = -1;
        for (int k = _stack.Count - 1; k >= (spaced ? _stack.Count - 1 : 0); k--)
        {
            if (Accepts(_entries[_stack[k]].Convention, c, s, i))
            {
                match = k;
                if (!atTail)
                {
                    break;
                }
            }
        }

        if (match < 0)
        {
            return false;
        }

        // «…сотрудники компании «Вагнер», — сказал он: a quote that ends in a nested one is typeset with one » for the two. A » that
        // closes a nested quote before the dash of an attribution, with no » after it in the paragraph, closes the outer quote too.
        while (match > 0 && c == '»' && BeforeAttributionDash(s, i) && s[(i + 1)..].IndexOf('»') < 0 && Accepts(_entries[_stack[match - 1]].Convention, c, s, i))
        {
            match--;
        }

        int id = _stack[match];
        _entries[id] = _entries[id] with { State = EntryState.Quote };
        if (_lastLetter > _entries[id].MarkPos)
        {
            // Only spans holding a letter or digit can be quotes: "" and “…” around nothing are not collected.
            _candidates.Add(new Candidate(id, _paragraphs[p].Start + i, p, Unclosed: false));
        }

        for (int k = _stack.Count - 1; k > match; k--)
        {
            _entries[_stack[k]] = _entries[_stack[k]] with { State = EntryState.Dropped };
        }

        _stack.RemoveRange(match, _stack.Count - match);
        return true;
    }

    private bool Accepts(QuoteConvention convention, char closer, ReadOnlySpan<char> s, int i)
    {
        if (convention.Closers.Contains(closer, StringComparison.Ordinal))
        {
            return true;
        }

        if (!convention.Fallback.Contains(closer, StringComparison.Ordinal))
        {
            return false;
        }

        // A fallback closer is sloppy text's (“… ," he said): taken unless a regular closer follows before the convention opens again
        // (“…," he said. “…” closes the first quote at ", the second at ”). Both next positions are kept until the scan passes them.
        // Each is searched again only once the scan has passed it, so a paragraph is read at most twice more per convention.
        if (!_nextPrimary.TryGetValue(convention.Open, out var next))
        {
            next = (i, convention.Closers.Contains(convention.Open, StringComparison.Ordinal) ? -1 : i);
        }

        if (next.Closer >= 0 && next.Closer <= i)
        {
            int found = s[(i + 1)..].IndexOfAny(convention.Closers);
            next.Closer = found < 0 ? -1 : found + i + 1;
        }

        if (next.Opener >= 0 && next.Opener <= i)
        {
            int found = s[(i + 1)..].IndexOf(convention.Open);
            next.Opener = found < 0 ? -1 : found + i + 1;
        }

        _nextPrimary[convention.Open] = next;

        // For straight marks (the opener is a closer too), a next mark that can only open ("…“ he said. "More") opens the next quote.
        return next.Closer < 0 || (next.Opener >= 0 && next.Opener < next.Closer)
            || (s[next.Closer] == convention.Open && QuoteMarks.CanOpenAt(s, next.Closer) && !QuoteMarks.CanCloseAt(s, next.Closer));
    }

    private void TryOpen(ReadOnlySpan<char> s, int i, int p)
    {
        if (QuoteMarks.Opened(s[i]) is not { } convention || _stack.Count >= MaxDepth)
        {
            return;
        }

        if (s[i] == '’' && !QuoteMarks.OpensDoubled(s, i))
        {
            return;
        }

        if (QuoteMarks.IsSpacedCloserBeforeClause(s, i) && !s[..i].Contains('«'))
        {
            // "Il y aura la paix lorsque nous aurons atteint nos objectifs », a déclaré M. Poutine": a spaced French closer before a
            // comma, with no « before it in its paragraph, opens nothing: its opening mark was lost (it had opened a reversed »…« quote
            // up to the next «). Measured (with the stray-closer reading of such a », UnmarkedSpeech.StrayCloser): direct-line quotes
            // 241 -> 243, speakers 315 -> 317, cross 673/1080 -> 705/1122; nothing else moves and no quote outside the keys is added.
            return;
        }

        if (convention.NeedsContext && !QuoteMarks.CanOpenAt(s, i) && !ReversedInnerOpen(s, i))
        {
            // " We will …": inside a paragraph, a mark with a space after it opens a quote only when a mark closes it there;
            // opening the paragraph, it opens a quote as the mark does without the space.
            if (_stack.Count == 0 && QuoteMarks.OpenedGlued(s, i) is { } glued)
            {
                // "… Russia's ruler"The most important …": a caption or label run into the speech glued the opening mark to its last word.
                Push(new Entry(_paragraphs[p].Start + i, s[i], glued, -1, p, p, EntryState.Open));
                return;
            }

            if (QuoteMarks.OpenedSpaced(s, i) is not { } spaced)
            {
                return;
            }

            // After a colon ("وقال الوزير: " لقد قررنا …", "said: " We …") the mark opens a quote as surely as at a paragraph's
            // start: it stays open into the next paragraphs when nothing closes it in its own.
            convention = i == 0 || AfterColon(s, i) ? convention : spaced;
        }

        int parent = _stack.Count > 0 ? _stack[^1] : -1;
        Push(new Entry(_paragraphs[p].Start + i, s[i], convention, parent, p, p, EntryState.Open));
    }

    /// <summary>
    /// Whether the » at <paramref name="i"/> opens a quote nested in reverse inside an open «…»: «الهجوم يهدف إلى»تحويل الانتباه«عن …».
    /// Pages that turn a nested “…” into guillemets set it as »…«, glued to the words on both sides; such a » closes nothing when a «
    /// glued to the word before it follows in the paragraph, and a » after that can still close the outer quote.
    /// </summary>
    private bool ReversedInnerOpen(ReadOnlySpan<char> s, int i)
    {
        if (s[i] != '»' || _stack.Count == 0 || _entries[_stack[^1]].Mark != '«'
            || i == 0 || i + 1 >= s.Length || !char.IsLetter(s[i - 1]) || !char.IsLetter(s[i + 1]))
        {
            return false;
        }

        int close = s[(i + 1)..].IndexOf('«');
        if (close < 0 || !char.IsLetter(s[i + close]))
        {
            return false;
        }

        return s[(i + close + 2)..].IndexOf('»') >= 0;
    }

    /// <summary>Whether the dash of an attribution follows the mark at <paramref name="i"/>, past a comma and spaces ("», — сказал он").</summary>
    private static bool BeforeAttributionDash(ReadOnlySpan<char> s, int i)
    {
        int k = i + 1;
        while (k < s.Length && s[k] is ' ' or '\u00A0' or ',')
        {
            k++;
        }

        return k < s.Length && s[k] is '—' or '–';
    }

    /// <summary>Whether a colon stands right before <paramref name="i"/>, past spaces.</summary>
    private static bool AfterColon(ReadOnlySpan<char> s, int i)
    {
        int k = i - 1;
        while (k >= 0 && s[k] is ' ' or '\u00A0')
        {
            k--;
        }

        return k >= 0 && s[k] == ':';
    }

    private void Push(Entry entry)
    {
        _entries.Add(entry);
        _stack.Add(_entries.Count - 1);
    }

    private void EndParagraph(int p)
    {
        int kept = -1;
        for (int k = 0; k < _stack.Count && kept < 0; k++)
        {
            if (_entries[_stack[k]].Convention.Strong || OpensParagraphAlone(_entries[_stack[k]], p))
            {
                kept = k;
            }
        }

        for (int k = 0; k < _stack.Count; k++)
        {
            int id = _stack[k];
            _entries[id] = _entries[id] with { State = k == kept ? EntryState.Quote : EntryState.Dropped };
        }

        if (kept >= 0)
        {
            var entry = _entries[_stack[kept]] with { LastParagraph = p };
            if (p + 1 < _paragraphs.Count)
            {
                _pending = entry;
            }
            else
            {
                _candidates.Add(new Candidate(_stack[kept], _paragraphs[p].End, p, Unclosed: true));
            }
        }

        _candidates.Sort(_byMarkPos ??= (a, b) => _entries[a.Entry].MarkPos.CompareTo(_entries[b.Entry].MarkPos));
        foreach (var candidate in _candidates)
        {
            if (IsTopLevel(candidate.Entry))
            {
                Emit(_entries[candidate.Entry], candidate.ClosePos, candidate.Paragraph, candidate.Unclosed);
            }
        }
    }

    /// <summary>
    /// True for a weak single mark (' ‹ ‚) that opens paragraph <paramref name="p"/> before a capital and is never closed in it
    /// ("'We have never seen anything like this …"): a quoted paragraph whose closing mark the page left out, or one that the next
    /// paragraph continues. Inside a paragraph such marks stay quotes only when closed (rock 'n roll, the '90s).
    /// </summary>
    private bool OpensParagraphAlone(Entry entry, int p)
    {
        var para = _paragraphs[p];
        bool opens = entry.FirstParagraph == p ? entry.MarkPos == para.Start : SameFamily(_text[para.Start], entry.Mark);
        return entry.Mark is '\'' or '‹' or '‚' && opens && char.IsUpper(_text[entry.MarkPos + 1])
            && HasWords(_text.AsSpan(para.Start + 1, para.Length - 1), MinAloneWords);
    }

    /// <summary>True when <paramref name="s"/> holds at least <paramref name="count"/> words (runs of letters or digits).</summary>
    private static bool HasWords(ReadOnlySpan<char> s, int count)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++words >= count)
            {
                return true;
            }

            inWord = letter;
        }

        return false;
    }

    private bool IsTopLevel(int id)
    {
        for (int parent = _entries[id].Parent; parent >= 0; parent = _entries[parent].Parent)
        {
            if (_entries[parent].State != EntryState.Dropped)
            {
                return false;
            }
        }

        return true;
    }

    private void FlushPending()
    {
        if (_pending is { } pending)
        {
            EmitUnclosed(pending, pending.LastParagraph);
        }
    }

    /// <summary>True when paragraph <paramref name="p"/>'s text ends with a comma (spaces aside).</summary>
    private bool EndsWithComma(int p)
    {
        int end = _paragraphs[p].End;
        while (end > _paragraphs[p].Start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        return end > _paragraphs[p].Start && _text[end - 1] == ',';
    }

    private void EmitUnclosed(Entry entry, int p) => Emit(entry, _paragraphs[p].End, p, unclosed: true);

    private void Emit(Entry entry, int closePos, int lastParagraph, bool unclosed)
    {
        int start = entry.MarkPos + 1;
        int end = closePos;
        if (entry.Mark == '’')
        {
            // ’’…’’: the second mark of each pair is the mark's, not the quote's.
            start++;
            closePos += !unclosed && closePos + 1 < _text.Length && _text[closePos + 1] == '’' ? 1 : 0;
        }
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        if (!HasLetterOrDigit(_text.AsSpan(start, end - start)))
        {
            return;
        }

        _found.Add(new RawQuote(entry.MarkPos, start, end, unclosed ? end : closePos + 1, entry.Mark, unclosed, entry.FirstParagraph, lastParagraph));
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For a strong quote left open at the end of paragraph <paramref name="p"/> - 1 (no mark reopening it in <paramref name="p"/>):
    /// the paragraph where it closes, when the first mark of its family in the next paragraphs (at most <see cref="MaxBlockParagraphs"/>
    /// paragraphs and <see cref="MaxBlockChars"/> characters) is a closing one; else -1 (the quote is unclosed).
    /// </summary>
    private int BlockClosesAt(Entry entry, int p)
    {
        if (p - entry.FirstParagraph > MaxBlockParagraphs)
        {
            return -1;
        }

        var convention = entry.Convention;
        int budget = MaxBlockChars;
        for (int q = p; q < _paragraphs.Count && q - entry.FirstParagraph <= MaxBlockParagraphs && budget > 0; q++)
        {
            var para = _paragraphs[q];
            if (para.Start < 0 || para.End > _text.Length || para.Start >= para.End)
            {
                continue;
            }

            var s = _text.AsSpan(para.Start, Math.Min(para.Length, budget));
            budget -= s.Length;
            int nested = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool closer = convention.Closers.Contains(c, StringComparison.Ordinal) || convention.Fallback.Contains(c, StringComparison.Ordinal);
                if (!closer && !SameFamily(c, entry.Mark))
                {
                    continue;
                }

                if (QuoteMarks.IsApostrophe(s, i))
                {
                    continue;
                }

                bool closes = closer && (ContextFreeClosers.Contains(c, StringComparison.Ordinal) || (QuoteMarks.CanCloseAt(s, i) && !QuoteMarks.CanOpenAt(s, i)));
                if (closes && nested > 0)
                {
                    nested--;
                    continue;
                }

                if (!closes && QuoteMarks.CanOpenAt(s, i) && !QuoteMarks.CanCloseAt(s, i) && NestedPairCloses(s, i + 1))
                {
                    // "Я виводжу підрозділи ПВК "Вагнер", тому що … загибель", — заявив": a name quoted inside the block, opened
                    // and closed in the paragraph, is passed over on the way to the mark that closes the block.
                    nested++;
                    continue;
                }

                return closes ? q : -1;
            }

            if (nested > 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a closing mark stands in <paramref name="s"/> from <paramref name="from"/> on (a quote opened inside a block paragraph closes there).</summary>
    private static bool NestedPairCloses(ReadOnlySpan<char> s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            if (QuoteLens.Text.TextChars.IsQuoteMark(s[i]) && !QuoteMarks.IsApostrophe(s, i) && QuoteMarks.CanCloseAt(s, i) && !QuoteMarks.CanOpenAt(s, i))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Entry(int MarkPos, char Mark, QuoteConvention Convention, int Parent, int FirstParagraph, int LastParagraph, EntryState State, int BlockUntil = -1);

    private readonly record struct Candidate(int Entry, int ClosePos, int Paragraph, bool Unclosed);
}
