using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Grouping;

/// <summary>
/// The sentences of a corpus sorted into texts: sentences of one language and one kind (full or not) whose words are the
/// same once case, punctuation, quote marks and spacing are set aside ("That's how we assess it," and “that’s how we
/// assess it”) are one text. Found in one pass: each sentence's normalised words are hashed (64-bit FNV-1a, no copy made),
/// sentences sorted by hash, and each run of equal hashes checked word for word; so a sentence carried by 5,000 articles
/// costs 5,000 steps, not 5,000². Texts are numbered in the order of their first sentence, so the result does not
/// depend on the order the sentences came in (they come sorted by place).
/// </summary>
internal sealed class IdenticalTexts
{
    private readonly int[] _start;
    private readonly int[] _items;

    private IdenticalTexts(int[] of, int[] first, int[] language, bool[] empty, ulong[] hash)
    {
        Hash = hash;
        Of = of;
        First = first;
        Language = language;
        Empty = empty;
        _start = new int[first.Length + 1];
        foreach (var t in of)
        {
            _start[t + 1]++;
        }

        for (int t = 0; t < first.Length; t++)
        {
            _start[t + 1] += _start[t];
        }

        _items = new int[of.Length];
        var next = _start[..first.Length];
        for (int q = 0; q < of.Length; q++)
        {
            _items[next[of[q]]++] = q;
        }

        Copies = new int[first.Length];
        for (int t = 0; t < first.Length; t++)
        {
            Copies[t] = _start[t + 1] - _start[t];
        }
    }

    /// <summary>The number of distinct texts.</summary>
    public int Count => First.Length;

    /// <summary>Per sentence, its text.</summary>
    public int[] Of { get; }

    /// <summary>Per text, its first sentence (the one that stands for it).</summary>
    public int[] First { get; }

    /// <summary>Per text, how many sentences carry it.</summary>
    public int[] Copies { get; }

    /// <summary>Per text, a number shared by the texts of one primary language.</summary>
    public int[] Language { get; }

    /// <summary>Per text, the hash of its normalised words (<see cref="HashOf"/>).</summary>
    public ulong[] Hash { get; }

    /// <summary>Per text, whether it has no letter or digit at all (such sentences are never one text with another).</summary>
    public bool[] Empty { get; }

    /// <summary>The sentences carrying text <paramref name="t"/>, in their order.</summary>
    public ReadOnlySpan<int> CopiesOf(int t) => _items.AsSpan(_start[t], _start[t + 1] - _start[t]);

    /// <summary>Sorts <paramref name="sentences"/> (in their fixed order) into texts.</summary>
    public static IdenticalTexts Find(Quote[] sentences)
    {
        int n = sentences.Length;
        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        var languageOf = new int[n];
        for (int q = 0; q < n; q++)
        {
            var primary = StopWords.Primary(sentences[q].Language);
            languageOf[q] = languages.TryGetValue(primary, out int id) ? id : languages[primary] = languages.Count;
        }

        var hashes = new ulong[n];
        Parallel.For(0, n, q => hashes[q] = HashOf(sentences[q].Text));

        // Sorted by (language and kind, hash, place): a run of equal keys holds the candidates to be one text, first sentence first.
        var order = new (long Group, ulong Hash, int Place)[n];
        for (int q = 0; q < n; q++)
        {
            order[q] = (((long)languageOf[q] << 1) | (sentences[q].Kind == QuoteKind.Full ? 0L : 1L), hashes[q], q);
        }

        Array.Sort(order);

        // Runs are checked on every core: each run's heads depend on the run alone.
        var runs = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (i == 0 || order[i - 1].Group != order[i].Group || order[i - 1].Hash != order[i].Hash)
            {
                runs.Add(i);
            }
        }

        runs.Add(n);
        var head = new int[n];
        Parallel.For(0, runs.Count - 1, () => new List<int>(), (r, _, heads) =>
        {
            heads.Clear();
            for (int i = runs[r]; i < runs[r + 1]; i++)
            {
                int q = order[i].Place;
                head[q] = q;
                if (hashes[q] == EmptyHash)
                {
                    continue;
                }

                // Nearly always one head per run; a hash collision starts a second text.
                int match = FirstSame(heads, sentences, sentences[q].Text);
                if (match >= 0)
                {
                    head[q] = heads[match];
                }
                else
                {
                    heads.Add(q);
                }
            }

            return heads;
        }, _ => { });

        var textOf = new int[n];
        var first = new List<int>();
        for (int q = 0; q < n; q++)
        {
            if (head[q] == q)
            {
                textOf[q] = first.Count;
                first.Add(q);
            }
            else
            {
                textOf[q] = textOf[head[q]];
            }
        }

        var language = first.Select(q => languageOf[q]).ToArray();
        var empty = first.Select(q => hashes[q] == EmptyHash).ToArray();
        return new IdenticalTexts(textOf, [.. first], language, empty, first.Select(q => hashes[q]).ToArray());
    }

    /// <summary>The place in <paramref name="heads"/> of the first whose sentence has the same normalised form as <paramref name="text"/>, or -1.</summary>
    private static int FirstSame(List<int> heads, Quote[] sentences, string text)
    {
        for (int i = 0; i < heads.Count; i++)
        {
            if (Same(sentences[heads[i]].Text, text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The hash of a text without a letter or digit.</summary>
    private const ulong EmptyHash = 14695981039346656037UL;

    /// <summary>The 64-bit FNV-1a hash of a text's normalised form (<see cref="Normalized"/>).</summary>
    internal static ulong HashOf(string text)
    {
        var cursor = new Normalized(text);
        ulong hash = EmptyHash;
        for (int c = cursor.Next(); c >= 0; c = cursor.Next())
        {
            hash = (hash ^ (uint)c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>Whether two texts have the same normalised form.</summary>
    internal static bool Same(string a, string b)
    {
        var x = new Normalized(a);
        var y = new Normalized(b);
        while (true)
        {
            int c = x.Next(), d = y.Next();
            if (c != d)
            {
                return false;
            }

            if (c < 0)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// A text's normalised form, one character at a time: letters and digits in lower case (invariant), every other
    /// stretch (spaces, punctuation, quote marks, apostrophes) between two of them as one space, none at either end.
    /// </summary>
    private struct Normalized(string text)
    {
        private int _at;
        private bool _gap;
        private bool _started;

        /// <summary>The next character of the normalised form, or -1 at its end.</summary>
        public int Next()
        {
            while (_at < text.Length)
            {
                char c = text[_at];
                if (char.IsLetterOrDigit(c))
                {
                    if (_gap && _started)
                    {
                        _gap = false;
                        return ' ';
                    }

                    _started = true;
                    _gap = false;
                    _at++;
                    return char.ToLowerInvariant(c);
                }

                _gap = true;
                _at++;
            }

            return -1;
        }
    }
}
