using System.Collections.Concurrent;

namespace ComplaintGrid.Benchmarks.Deadlines;

/// <summary>The probes' fire times, as each probe's reminder tick saw them (one singleton per silo).</summary>
internal sealed class DeadlineProbeLog
{
    private readonly ConcurrentQueue<(DateTimeOffset Due, DateTimeOffset Fired)> _fired = new();

    public void Record(DateTimeOffset due, DateTimeOffset fired) => _fired.Enqueue((due, fired));

    public IReadOnlyList<(DateTimeOffset Due, DateTimeOffset Fired)> Snapshot() => _fired.ToArray();
}
