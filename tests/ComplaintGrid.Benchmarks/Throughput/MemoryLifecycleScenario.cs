using ComplaintGrid.Benchmarks.Floors;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;

namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>
/// Lifecycles on one silo with memory storage, beside two floors in the same invocation: the counted floor (the targets': the
/// lifecycle's grain calls, state writes and reminder writes, with trivial payloads) and the stricter one-write floor
/// (one write and two view calls per event, nothing per lifecycle), kept so figures stay comparable with earlier ones.
/// </summary>
internal static class MemoryLifecycleScenario
{
    public const double TargetEventsPerSecond = 25_000;
    public const double TargetShareOfFloor = 0.50;

    public static async Task<IReadOnlyList<ScenarioReport>> Run(ThroughputSettings settings)
    {
        await using var silo = await BenchSilo.Start(StorageProfile.Memory, configuration: settings.SiloConfiguration(), countCalls: settings.CountCalls);
        var comparison = new ThroughputComparison(silo, settings.Lifecycle(silo.Grains),
            [new MemoryFloorWorkload(silo.Grains, counted: true), new MemoryFloorWorkload(silo.Grains, counted: false)], settings.Concurrency);
        var (scenario, floors) = await comparison.RunAll("Lifecycle throughput, memory storage", settings.RunTime, settings.Runs, settings.WarmUp);
        return
        [
            Reports.Throughput("lifecycle, memory storage (counted floor)", scenario, floors[0], TargetEventsPerSecond, TargetShareOfFloor),
            Reports.Throughput("lifecycle, memory storage (strict floor)", scenario, floors[1], TargetEventsPerSecond, TargetShareOfFloor),
        ];
    }
}
