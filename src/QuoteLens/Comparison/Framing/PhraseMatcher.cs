namespace QuoteLens.Comparison.Framing;

/// <summary>Finds lexicon phrases in token sequences: a word trie, longest match first.</summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseMatcher<T>
    where T : class
{
    private readonly Node _root = new();

    /// <summary>Builds a matcher from every form of every entry; when two entries share a form, the first keeps it.</summary>
    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var node = _root;
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node.Children.TryGetValue(word, out var child) ? child : node.Children[word] = new Node();
            }

            if (node != _root)
            {
                node.Value ??= value;
            }
        }
    }

    /// <summary>A matcher for every form of <paramref name="entries"/>.</summary>
    public static PhraseMatcher<LexiconEntry> For(IEnumerable<LexiconEntry> entries) =>
        new(entries.SelectMany(e => e.Forms.Select(f => (f, e))));

    /// <summary>The longest phrase starting at <paramref name="start"/>, or length 0.</summary>
    public (int Length, T? Value) Match(ReadOnlySpan<ScanToken> tokens, int start)
    {
        (int Length, T? Value) best = (0, null);
        var node = _root;
        for (int i = start; i < tokens.Length && node.Children.TryGetValue(tokens[i].Norm, out var next); i++)
        {
            node = next;
            if (node.Value is not null)
            {
                best = (i - start + 1, node.Value);
            }
        }

        return best;
    }

    /// <summary>
    /// Every match, left to right, never overlapping (longest first at each place): an array holding at each
    /// token index the match that starts there.
    /// </summary>
    public (int Length, T? Value)[] MatchAll(ReadOnlySpan<ScanToken> tokens)
    {
        var matches = new (int Length, T? Value)[tokens.Length];
        for (int i = 0; i < tokens.Length;)
        {
            var m = Match(tokens, i);
            matches[i] = m;
            i += Math.Max(1, m.Length);
        }

        return matches;
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public T? Value { get; set; }
    }
}
