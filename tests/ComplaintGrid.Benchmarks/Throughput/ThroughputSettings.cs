using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>The throughput scenarios' options: run time, runs, warm-up and callers (the quick values in brackets).</summary>
internal sealed record ThroughputSettings(TimeSpan RunTime, int Runs, TimeSpan WarmUp, int Concurrency, int FloorPayloadBytes, bool CountCalls, int Interleave, int ViewCheckpointMilliseconds)
{
    /// <summary>
    /// <c>--seconds</c> 10 [3], <c>--runs</c> 3 [1], <c>--warmup</c> 1.5 × the run length, at most 15 [2],
    /// <c>--concurrency</c> 64, <c>--floor-payload</c> 0:
    /// bytes the database floors store per write besides their number. 0 is the targets' trivial floor; a lifecycle's
    /// size (about 1,300 bytes for a complaint's state on SQLite) shows how much of the gap is the bytes written.
    /// <c>--count-calls</c> counts every grain call, to show a scenario and its floor make the same calls; the
    /// counting filter slows every call, so the throughput figures come from runs without it. <c>--interleave</c> K (0:
    /// back to back) has each caller move K complaints a step at a time in turn (<see cref="InterleavedLifecycleWorkload"/>);
    /// <c>--view-checkpoint</c> ms (0: the silo's 1 s) sets the views' checkpoint period, so that steps a few hundred
    /// milliseconds apart stand for steps hours apart without runs of many minutes.
    /// </summary>
    /// <remarks>
    /// The warm-up is long because a fresh process runs its first seconds on unoptimised code, and the lifecycle has
    /// far more of it to compile than its floor: with 5 s, the PostgreSQL lifecycle's first run came out 20–39 %
    /// below its next two (its floor's 5–22 %), so the median and the ratio measured the warm-up (BENCHMARKS.md).
    /// </remarks>
    public static ThroughputSettings From(ScenarioArguments args)
    {
        var seconds = args.Double("seconds", 10, 3);
        return new(
            TimeSpan.FromSeconds(seconds),
            args.Int("runs", 3, 1),
            TimeSpan.FromSeconds(args.Double("warmup", Math.Min(15, seconds * 1.5), 2)),
            args.Int("concurrency", 64, 64),
            args.Int("floor-payload", 0, 0),
            args.Flag("count-calls"),
            args.Int("interleave", 0, 0),
            args.Int("view-checkpoint", 0, 0));
    }

    /// <summary>Silo configuration these settings ask for (none by default).</summary>
    public IReadOnlyDictionary<string, string?>? SiloConfiguration() => ViewCheckpointMilliseconds <= 0
        ? null
        : new Dictionary<string, string?>
        {
            ["ComplaintGrid:Grains:ViewCheckpointPeriod"] = TimeSpan.FromMilliseconds(ViewCheckpointMilliseconds).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        };

    /// <summary>The lifecycle workload these settings ask for: back to back, or interleaved.</summary>
    public IWorkload Lifecycle(IGrainFactory grains) =>
        Interleave > 0 ? new InterleavedLifecycleWorkload(grains, Interleave) : new LifecycleWorkload(grains);
}
