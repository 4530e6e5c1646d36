using System.Diagnostics;

namespace QuoteLens.Benchmarks.Harness;

/// <summary>The cost of one stage: wall time and bytes allocated by every thread meanwhile.</summary>
/// <param name="Stage">The stage's name.</param>
/// <param name="Time">Wall time.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap (all threads).</param>
/// <param name="LiveBytes">Bytes still live on the managed heap after the stage and a full collection (what the process holds so far; 0 for phases measured elsewhere).</param>
public sealed record StageCost(string Stage, TimeSpan Time, long AllocatedBytes, long LiveBytes = 0);

/// <summary>Times stages one after another.</summary>
public sealed class StageClock
{
    private readonly List<StageCost> _costs = [];

    /// <summary>The stages measured, in order.</summary>
    public IReadOnlyList<StageCost> Costs => _costs;

    /// <summary>Runs <paramref name="stage"/> and records its cost under <paramref name="name"/>.</summary>
    public T Measure<T>(string name, Func<T> stage)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = stage();
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        _costs.Add(new StageCost(name, watch.Elapsed, allocated, GC.GetTotalMemory(forceFullCollection: true)));
        return result;
    }

    /// <summary>Records a cost measured elsewhere (a phase inside a stage).</summary>
    public void Add(string name, TimeSpan time) => _costs.Add(new StageCost(name, time, 0));

    /// <summary>The time of stage <paramref name="name"/>.</summary>
    public TimeSpan this[string name] => _costs.First(c => c.Stage == name).Time;
}
