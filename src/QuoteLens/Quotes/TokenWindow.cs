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
    /// <summary>Token lists given back by rented windows, for the next window of the thread.</summary>
    [ThreadStatic]
    private static Stack<List<Token>>? _spare;

    private readonly List<Token> _tokens;
    private readonly bool _rented;
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
            return _tokens.Count;
        }
    }

    /// <summary>The token at <paramref name="index"/>, which must exist (<see cref="Has"/>).</summary>
    public Token this[int index] => Has(index) ? _tokens[index] : throw new ArgumentOutOfRangeException(nameof(index));

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
        if (_rented)
        {
            (_spare ??= new Stack<List<Token>>()).Push(_tokens);
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

    /// <summary>Tokenizes the window up to <paramref name="cut"/>; only the tokens that end clear of the cut count as read.</summary>
    private void TokenizeTo(int cut)
    {
        if (cut <= _cut)
        {
            return;
        }

        _cut = cut;
        TokenStrings.Tokenize(_text.AsSpan(_from, cut - _from), _from, _tokens);
        _settled = _tokens.Count;
        while (cut < _to && _settled > 0 && _tokens[_settled - 1].End + Lookahead > cut)
        {
            _settled--;
        }
    }
}
