using QuoteLens.Corpus;

namespace QuoteLens.Quotes;

/// <summary>
/// The token windows of one article's paragraphs, each tokenized once and shared by every pass that reads a paragraph whole
/// (unmarked speech, the attributor's mention, name and subject scans): a paragraph is tokenized the first time a pass asks
/// for it, and the strings of a token made by one pass are there for the next.
/// </summary>
/// <remarks>
/// A window is keyed by its bounds, so any pass asking for the same characters gets the same tokens (a window gives the same
/// tokens however it is read, see <see cref="TokenWindow"/>). The windows' token lists are rented: once the article is done,
/// <see cref="Dispose"/> gives them back to the thread, and no window may be read after. Not thread-safe: one per article.
/// </remarks>
internal sealed class ParagraphTokens(string text, IReadOnlyList<Paragraph> paragraphs) : IDisposable
{
    /// <summary>The window of each paragraph, by its index (null: not asked for yet).</summary>
    private readonly TokenWindow?[] _byParagraph = new TokenWindow?[paragraphs.Count];

    /// <summary>Windows that are not one paragraph's bounds, by their bounds (rare; made when first needed).</summary>
    private Dictionary<long, TokenWindow>? _others;

    /// <summary>A table for <paramref name="article"/>'s text and paragraphs.</summary>
    public ParagraphTokens(Article article)
        : this(article.Text, article.Paragraphs)
    {
    }

    /// <summary>The text the windows are cut from.</summary>
    public string Text => text;

    /// <summary>The number of windows tokenized so far.</summary>
    public int Count => _byParagraph.Count(w => w is not null) + (_others?.Count ?? 0);

    /// <summary>The tokens of [<paramref name="from"/>, <paramref name="to"/>) of the text, tokenized whole the first time they are asked for.</summary>
    public TokenWindow Of(int from, int to)
    {
        int p = ParagraphAt(from, to);
        if (p >= 0)
        {
            return _byParagraph[p] ??= TokenWindow.Rent(text, from, to);
        }

        long key = ((long)from << 32) | (uint)to;
        _others ??= [];
        if (!_others.TryGetValue(key, out var window))
        {
            window = TokenWindow.Rent(text, from, to);
            _others.Add(key, window);
        }

        return window;
    }

    /// <summary>Gives every window's token list back to the thread; no window given out may be read after.</summary>
    public void Dispose()
    {
        for (int p = 0; p < _byParagraph.Length; p++)
        {
            _byParagraph[p]?.Dispose();
            _byParagraph[p] = null;
        }

        if (_others is not null)
        {
            foreach (var window in _others.Values)
            {
                window.Dispose();
            }

            _others.Clear();
        }
    }

    /// <summary>
    /// The index of the paragraph whose bounds are exactly [<paramref name="from"/>, <paramref name="to"/>), or -1, by a binary
    /// search (an article's paragraphs are in reading order); bounds it misses get a window of their own, with the same tokens.
    /// </summary>
    private int ParagraphAt(int from, int to)
    {
        int lo = 0;
        int hi = paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            int start = paragraphs[mid].Start;
            if (start < from)
            {
                lo = mid + 1;
            }
            else if (start > from)
            {
                hi = mid - 1;
            }
            else
            {
                return paragraphs[mid].End == to ? mid : -1;
            }
        }

        return -1;
    }
}
