namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// The key ids of one sentence at a time, marked in a table indexed by id: whether a key is among them takes one read
/// instead of a binary search, and marking the next sentence's keys clears the last's (a new stamp). One per worker.
/// </summary>
internal sealed class KeyMarks
{
    private int[] _stamps = [];
    private int _stamp;

    /// <summary>Marks <paramref name="keys"/> (key ids, not negative) as the set, forgetting the keys marked before.</summary>
    internal void Mark(int[] keys)
    {
        _stamp++;
        foreach (var k in keys)
        {
            if (k >= _stamps.Length)
            {
                Array.Resize(ref _stamps, Math.Max(k + 1, 2 * _stamps.Length));
            }

            _stamps[k] = _stamp;
        }
    }

    /// <summary>How many of <paramref name="words"/> (each a word's key ids) have a key among the keys last marked.</summary>
    internal int CountMarked(int[][] words)
    {
        var stamps = _stamps;
        int stamp = _stamp;
        int count = 0;
        foreach (var word in words)
        {
            foreach (var k in word)
            {
                if ((uint)k < (uint)stamps.Length && stamps[k] == stamp)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
