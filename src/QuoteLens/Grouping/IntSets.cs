namespace QuoteLens.Grouping;

/// <summary>
/// Many short lists of integers (the key ids of each quote) in one flat array: list <c>i</c> is at
/// <c>[start[i], start[i + 1])</c>. Two arrays instead of one small array per quote keep the index compact in memory and
/// give the garbage collector two objects to trace instead of hundreds of thousands.
/// </summary>
internal sealed class IntSets
{
    private readonly int[] _start;
    private readonly int[] _items;

    private IntSets(int[] start, int[] items)
    {
        _start = start;
        _items = items;
    }

    /// <summary>How many items two ascending lists share.</summary>
    public static int SharedCount(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int shared = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                (shared, i, j) = (shared + 1, i + 1, j + 1);
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>The number of lists.</summary>
    public int Count => _start.Length - 1;

    /// <summary>List <paramref name="i"/>.</summary>
    public ReadOnlySpan<int> this[int i] => _items.AsSpan(_start[i], _start[i + 1] - _start[i]);

    /// <summary>The length of list <paramref name="i"/>.</summary>
    public int Length(int i) => _start[i + 1] - _start[i];

    /// <summary>Lists of the given lengths, each filled by <paramref name="fill"/> (called in parallel, once per list).</summary>
    public static IntSets Build(int count, Func<int, int> length, SpanAction<int> fill)
    {
        var start = new int[count + 1];
        for (int i = 0; i < count; i++)
        {
            start[i + 1] = start[i] + length(i);
        }

        var items = new int[start[count]];
        Parallel.For(0, count, i => fill(i, items.AsSpan(start[i], start[i + 1] - start[i])));
        return new IntSets(start, items);
    }

    /// <summary>The lists given as arrays.</summary>
    public static IntSets From(IReadOnlyList<int[]> lists) => Build(lists.Count, i => lists[i].Length, (i, span) => lists[i].CopyTo(span));

    /// <summary>Each list sorted, without repeats.</summary>
    public IntSets SortedDistinct()
    {
        var lengths = new int[Count];
        var sorted = new int[_items.Length];
        Parallel.For(0, Count, i =>
        {
            var span = sorted.AsSpan(_start[i], Length(i));
            this[i].CopyTo(span);
            span.Sort();
            int n = 0;
            for (int k = 0; k < span.Length; k++)
            {
                if (k == 0 || span[k] != span[k - 1])
                {
                    span[n++] = span[k];
                }
            }

            lengths[i] = n;
        });
        return Build(Count, i => lengths[i], (i, span) => sorted.AsSpan(_start[i], span.Length).CopyTo(span));
    }

    /// <summary>Fills <paramref name="span"/>, the list of index <paramref name="index"/>.</summary>
    public delegate void SpanAction<T>(int index, Span<T> span);
}
