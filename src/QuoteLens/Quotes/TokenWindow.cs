using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// The tokens of a window of an article's text, tokenized only as far as they are read. Attribution after a quote is
/// usually settled within a few words of a 200-character window, so the window is first tokenized over its start and
/// tokenized whole only when a token further on is asked for.
/// </summary>
/// <remarks>
/// A token of the partial tokenization is given out only when it is certainly the token at the same index of the whole
/// window: the tokenizer decides where a token ends from that token's characters and the two characters after it, so
/// a token followed by at least two characters before the cut is unaffected by the cut (and so is every token before it).
/// Attribution before a quote reads its window backwards from the end, so it takes the window whole.
/// Tokenizing finds only each token's bounds and kind; its strings (text and comparison form) are made when the token is
/// first read through the indexer. The scans that pass over every token of a paragraph look at the bounds, the kind and the
/// first character (<see cref="Kind"/>, <see cref="Start"/>, <see cref="IsCapitalized"/>, <see cref="IsSentenceEnd"/>,
/// <see cref="MayStartCue"/>) and make the strings only of the few tokens a rule reads further.
/// </remarks>
internal sealed class TokenWindow : IDisposable
{
    /// <summary>How much of a window is tokenized first.</summary>
    private const int FirstLength = 48;

    /// <summary>The characters after a token that the tokenizer may look at to end it.</summary>
    private const int Lookahead = 2;

    private readonly string _text;
    private readonly int _from;
    private readonly int _to;

    /// <summary>Token arrays given back by rented windows, for the next window of the thread.</summary>
    [ThreadStatic]
    private static Stack<Token[]>? _spare;

    private readonly bool _rented;

    /// <summary>The tokens found up to the cut: bounds and kind, and the strings of those already read (a null text: not made yet).</summary>
    private Token[] _tokens;
    private int _found;
    private int _cut = -1;
    private int _settled;

    private TokenWindow(string text, int from, int to, int firstCut, bool rented)
    {
        _text = text;
        _from = from;
        _to = to;
        _rented = rented;
        _tokens = rented && _spare is { Count: > 0 } spare ? spare.Pop() : [];
        TokenizeTo(firstCut);
    }

    /// <summary>The number of tokens in the whole window (which it tokenizes whole).</summary>
    public int Count
    {
        get
        {
            TokenizeTo(_to);
            return _found;
        }
    }

    /// <summary>The token at <paramref name="index"/>, which must exist (<see cref="Has"/>).</summary>
    public Token this[int index]
    {
        get
        {
            if (!Has(index))
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            ref var token = ref _tokens[index];
            if (token.Text is null)
            {
                token = TokenStrings.Make(_text.AsSpan(token.Start, token.Length), token.Kind, token.Start);
            }

            return token;
        }
    }

    /// <summary>A window tokenized over its start first, for a reader that stops early.</summary>
    public static TokenWindow Lazy(string text, int from, int to) => new(text, from, to, Math.Min(from + FirstLength, to), rented: false);

    /// <summary>A window tokenized whole at once, for a reader that goes through every token.</summary>
    public static TokenWindow Whole(string text, int from, int to) => new(text, from, to, to, rented: false);

    /// <summary>
    /// A window tokenized whole at once whose token list is reused by the thread's next rented window once this one is
    /// disposed: for a reader that is done with the window (and every token it read) when it disposes it.
    /// </summary>
    public static TokenWindow Rent(string text, int from, int to) => new(text, from, to, to, rented: true);

    /// <summary>As <see cref="Lazy"/>, with a token list reused as <see cref="Rent"/>'s is.</summary>
    public static TokenWindow RentLazy(string text, int from, int to) => new(text, from, to, Math.Min(from + FirstLength, to), rented: true);

    /// <summary>Gives a rented window's token list back to the thread; the window must not be read after.</summary>
    public void Dispose()
    {
        if (_rented && _tokens.Length > 0)
        {
            (_spare ??= new Stack<Token[]>()).Push(_tokens);
        }
    }

    /// <summary>True when the window has a token at <paramref name="index"/>; tokenizes the rest of the window if that takes it.</summary>
    public bool Has(int index)
    {
        if (index >= _settled)
        {
            TokenizeTo(_to);
        }

        return index < _settled;
    }

    /// <summary>The kind of the token at <paramref name="index"/> (which must exist), without making its strings.</summary>
    public TokenKind Kind(int index) => Bounds(index).Kind;

    /// <summary>The offset of the token at <paramref name="index"/> (which must exist), without making its strings.</summary>
    public int Start(int index) => Bounds(index).Start;

    /// <summary>The length of the token at <paramref name="index"/> (which must exist), without making its strings.</summary>
    public int Length(int index) => Bounds(index).Length;

    /// <summary>The first character of the token at <paramref name="index"/> (which must exist), without making its strings.</summary>
    public char FirstChar(int index) => _text[Bounds(index).Start];

    /// <summary>The offset one past the token at <paramref name="index"/> (which must exist), without making its strings.</summary>
    public int End(int index) => Bounds(index).End;

    /// <summary>True when the token at <paramref name="index"/> (which must exist) is the one character <paramref name="c"/>, without making its strings.</summary>
    public bool IsChar(int index, char c)
    {
        ref readonly var token = ref Bounds(index);
        return token.Length == 1 && _text[token.Start] == c;
    }

    /// <summary>
    /// True when the token at <paramref name="index"/> (which must exist) is a word opening with a capital letter, as
    /// <c>Kind == Word &amp;&amp; char.IsUpper(Text[0])</c> of the token, without making its strings.
    /// </summary>
    public bool IsCapitalized(int index)
    {
        ref readonly var token = ref Bounds(index);
        return token.Kind == TokenKind.Word && char.IsUpper(_text[token.Start]);
    }

    /// <summary>True when the token at <paramref name="index"/> (which must exist) is ".", "!" or "?" (its text), without making its strings.</summary>
    public bool IsSentenceEnd(int index)
    {
        ref readonly var token = ref Bounds(index);
        return token.Length == 1 && _text[token.Start] is '.' or '!' or '?';
    }

    /// <summary>
    /// False when the token at <paramref name="index"/> (which must exist) surely opens no cue of <see cref="AttributionCues"/>
    /// (then <see cref="AttributionCues.Match"/> gives null there), judged without making its strings.
    /// </summary>
    public bool MayStartCue(int index) => MayBeWord(index, WordFilter.CueStarts);

    /// <summary>
    /// False when the token at <paramref name="index"/> (which must exist) is surely not a word whose comparison form is in the
    /// set of <paramref name="filter"/>, judged without making its strings.
    /// </summary>
    public bool MayBeWord(int index, WordFilter filter)
    {
        ref readonly var token = ref Bounds(index);
        return token.Kind == TokenKind.Word && filter.May(_text.AsSpan(token.Start, token.Length));
    }

    /// <summary>
    /// True when the comparison form of the token at <paramref name="index"/> (which must exist) is <paramref name="norm"/>, as
    /// <c>this[index].Norm == norm</c>; a word is compared character by character without making its strings.
    /// </summary>
    public bool NormEquals(int index, string norm)
    {
        ref readonly var token = ref Bounds(index);
        if (token.Text is not null || token.Kind != TokenKind.Word)
        {
            return string.Equals(this[index].Norm, norm, StringComparison.Ordinal);
        }

        if (token.Length != norm.Length)
        {
            return false;
        }

        var raw = _text.AsSpan(token.Start, token.Length);
        for (int k = 0; k < raw.Length; k++)
        {
            if (Tokenizer.NormalizeChar(raw[k]) != norm[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token at <paramref name="index"/>, which must exist, its strings perhaps not made.</summary>
    private ref readonly Token Bounds(int index)
    {
        if (!Has(index))
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return ref _tokens[index];
    }

    /// <summary>Tokenizes the window up to <paramref name="cut"/>; only the tokens that end clear of the cut count as read.</summary>
    private void TokenizeTo(int cut)
    {
        if (cut <= _cut)
        {
            return;
        }

        _cut = cut;

        // The tokens settled by an earlier cut are the same now (with the strings already made): tokenizing goes on after them.
        int found = _settled;
        int from = found > 0 ? _tokens[found - 1].End - _from : 0;
        var span = _text.AsSpan(_from, cut - _from);
        for (int end = from; Tokenizer.Next(span, end, out int start, out end, out var kind);)
        {
            if (found == _tokens.Length)
            {
                Array.Resize(ref _tokens, Math.Max(64, _tokens.Length * 2));
            }

            _tokens[found++] = new Token(null!, null!, kind, start + _from, end - start);
        }

        _found = found;
        _settled = found;
        while (cut < _to && _settled > 0 && _tokens[_settled - 1].End + Lookahead > cut)
        {
            _settled--;
        }
    }
}
