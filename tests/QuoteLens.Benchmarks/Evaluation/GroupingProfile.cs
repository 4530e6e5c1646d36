using System.Diagnostics;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>Where grouping spends its time: wall and processor time per phase, recorded when a profile is passed to the grouper (benchmarks).</summary>
internal sealed class GroupingProfile
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Time)> _phases = [];
    private readonly List<TimeSpan> _cpu = [];
    private readonly List<long> _allocated = [];
    private TimeSpan _cpuMark = ProcessorTime();
    private long _allocatedMark = GC.GetTotalAllocatedBytes(precise: true);

    /// <summary>The phases in order with their wall time.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Time)> Phases => _phases;

    /// <summary>The processor time of the whole process (every thread) during each phase of <see cref="Phases"/>, in the same order.</summary>
    public IReadOnlyList<TimeSpan> ProcessorTimes => _cpu;

    /// <summary>The bytes the whole process (every thread) allocated during each phase of <see cref="Phases"/>, in the same order.</summary>
    public IReadOnlyList<long> AllocatedBytes => _allocated;

    /// <summary>Ends the current phase under <paramref name="phase"/> and starts the next.</summary>
    public void Mark(string phase)
    {
        var cpu = ProcessorTime();
        _phases.Add((phase, _watch.Elapsed));
        _cpu.Add(cpu - _cpuMark);
        _cpuMark = cpu;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        _allocated.Add(allocated - _allocatedMark);
        _allocatedMark = allocated;
        _watch.Restart();
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
