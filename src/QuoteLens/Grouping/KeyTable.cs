namespace QuoteLens.Grouping;

/// <summary>
/// Interns the string keys of many quotes as dense integers. Ids follow the ordinal order of the keys, so they depend
/// neither on the order of the quotes nor on how threads interleave.
/// </summary>
internal static class KeyTable
{
    /// <summary>The interned sets: per quote, its distinct ids sorted, and its ids in the order of its keys.</summary>
    public sealed record Interned(IntSets Sorted, IntSets InOrder, int Count)
    {
        /// <summary>The key strings by id (ids are ranks in the keys' ordinal order).</summary>
        public string[] Keys { get; init; } = [];

        /// <summary>The keys of quote <paramref name="q"/> in order, as strings again, without keying its text again.</summary>
        public IReadOnlyCollection<string> KeysOf(int q)
        {
            var ids = InOrder[q];
            var keys = new string[ids.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                keys[i] = Keys[ids[i]];
            }

            return keys;
        }
    }

    /// <summary>
    /// Interns the keys of <paramref name="count"/> quotes, <paramref name="keysOf"/> giving those of one quote. Keys are
    /// made in parallel a block of quotes at a time and interned as each block is done, so that they are garbage before
    /// the collector has to move them.
    /// </summary>
    public static Interned Intern(int count, Func<int, IReadOnlyCollection<string>> keysOf) => Intern(count, keysOf, null);

    /// <summary>
    /// As <see cref="Intern(int, Func{int, IReadOnlyCollection{string}})"/>; a quote that <paramref name="reused"/> finds in an
    /// earlier table takes its keys from there, each of that table's ids looked up by its string once however many quotes
    /// carry it (the ids, ranks in the keys' ordinal order, come out the same as when every quote is keyed again).
    /// </summary>
    public static Interned Intern(int count, Func<int, IReadOnlyCollection<string>> keysOf, Reused? reused)
    {
        const int Block = 4096;

        // Ids in order of first use, in one pass over one dictionary; then renumbered in the ordinal order of the keys.
        var firstUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = new int[count + 1];
        var ids = new List<int>(count * 8);
        var block = new IReadOnlyCollection<string>?[Math.Min(Block, count)];
        var earlier = new int[Math.Min(Block, count)];
        int[]? idOfEarlier = null;
        if (reused is not null)
        {
            idOfEarlier = new int[reused.Table.Keys.Length];
            Array.Fill(idOfEarlier, -1);
        }

        for (int from = 0; from < count; from += Block)
        {
            int n = Math.Min(Block, count - from);
            Parallel.For(0, n, i =>
            {
                earlier[i] = reused?.TextOf(from + i) ?? -1;
                block[i] = earlier[i] >= 0 ? null : keysOf(from + i);
            });
            for (int i = 0; i < n; i++)
            {
                if (block[i] is { } made)
                {
                    foreach (var key in made)
                    {
                        ids.Add(IdOf(firstUse, key));
                    }
                }
                else
                {
                    foreach (int old in reused!.Table.InOrder[earlier[i]])
                    {
                        ids.Add(idOfEarlier![old] >= 0 ? idOfEarlier[old] : idOfEarlier[old] = IdOf(firstUse, reused.Table.Keys[old]));
                    }
                }

                start[from + i + 1] = ids.Count;
            }
        }

        var keys = new string[firstUse.Count];
        var firstUseIds = new int[firstUse.Count];
        foreach (var (key, id) in firstUse)
        {
            keys[id] = key;
            firstUseIds[id] = id;
        }

        Array.Sort(keys, firstUseIds, StringComparer.Ordinal);
        var rank = new int[keys.Length];
        for (int r = 0; r < keys.Length; r++)
        {
            rank[firstUseIds[r]] = r;
        }

        var ranked = IntSets.Build(count, q => start[q + 1] - start[q], (q, span) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = rank[ids[start[q] + i]];
            }
        });
        return new Interned(ranked.SortedDistinct(), ranked, keys.Length) { Keys = keys };
    }

    /// <summary>An earlier table whose keys quotes may take again: <see cref="TextOf"/> gives a quote's place in it, or -1.</summary>
    public sealed record Reused(Interned Table, Func<int, int> TextOf);

    private static int IdOf(Dictionary<string, int> firstUse, string key)
    {
        if (!firstUse.TryGetValue(key, out int id))
        {
            firstUse.Add(key, id = firstUse.Count);
        }

        return id;
    }

    /// <summary>Interns the adjacent id pairs of each quote's keys ("massive attacks"): per quote, its distinct pair ids sorted; ids follow the order of the pairs.</summary>
    public static (IntSets Sorted, int Count) InternPairs(IntSets inOrder)
    {
        // Every pair of every quote in one flat array, sorted together with its place; ids are then handed out in one pass.
        var first = new int[inOrder.Count + 1];
        for (int q = 0; q < inOrder.Count; q++)
        {
            first[q + 1] = first[q] + Math.Max(0, inOrder.Length(q) - 1);
        }

        var pairs = new long[first[^1]];
        var places = new int[pairs.Length];
        Parallel.For(0, inOrder.Count, q =>
        {
            var ids = inOrder[q];
            for (int i = 0; i + 1 < ids.Length; i++)
            {
                pairs[first[q] + i] = ((long)ids[i] << 32) | (uint)ids[i + 1];
                places[first[q] + i] = first[q] + i;
            }
        });
        Array.Sort(pairs, places);
        var pairIds = new int[pairs.Length];
        int count = 0;
        for (int i = 0; i < pairs.Length; i++)
        {
            if (i > 0 && pairs[i] != pairs[i - 1])
            {
                count++;
            }

            pairIds[places[i]] = count;
        }

        var perQuote = IntSets.Build(inOrder.Count, q => first[q + 1] - first[q], (q, span) => pairIds.AsSpan(first[q], span.Length).CopyTo(span));
        return (perQuote.SortedDistinct(), pairs.Length == 0 ? 0 : count + 1);
    }
}
