namespace QuoteLens.Benchmarks.Generation;

/// <summary>
/// A small deterministic random source (SplitMix64): the same seed gives the same numbers on every runtime and
/// platform, which <see cref="Random"/> does not promise.
/// </summary>
public sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for item <paramref name="index"/> of a run seeded with <paramref name="seed"/>, independent of every other item.</summary>
    public static Rng For(int seed, int index) => new(Mix(((ulong)(uint)seed << 32) ^ (uint)index ^ 0x5851F42D4C957F2DUL));

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>One item of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct indexes of 0..<paramref name="n"/>-1, ascending.</summary>
    public int[] Sample(int n, int count)
    {
        var all = Enumerable.Range(0, n).ToArray();
        for (int i = 0; i < Math.Min(count, n); i++)
        {
            int j = i + Next(n - i);
            (all[i], all[j]) = (all[j], all[i]);
        }

        var chosen = all[..Math.Min(count, n)];
        Array.Sort(chosen);
        return chosen;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
