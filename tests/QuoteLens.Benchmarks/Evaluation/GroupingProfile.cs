using System.Diagnostics;

namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>Where grouping spends its time: wall time per phase, recorded when a profile is passed to the grouper (benchmarks).</summary>
internal sealed class GroupingProfile
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Time)> _phases = [];

    /// <summary>The phases in order with their wall time.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Time)> Phases => _phases;

    /// <summary>Ends the current phase under <paramref name="phase"/> and starts the next.</summary>
    public void Mark(string phase)
    {
        _phases.Add((phase, _watch.Elapsed));
        _watch.Restart();
    }
}
