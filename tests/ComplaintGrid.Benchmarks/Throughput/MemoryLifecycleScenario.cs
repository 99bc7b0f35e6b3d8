using ComplaintGrid.Benchmarks.Floors;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;

namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>Lifecycles on one silo with memory storage, beside the memory floor (same calls and writes, trivial payloads).</summary>
internal static class MemoryLifecycleScenario
{
    public const double TargetEventsPerSecond = 25_000;
    public const double TargetShareOfFloor = 0.50;

    public static async Task<ScenarioReport> Run(ThroughputSettings settings)
    {
        await using var silo = await BenchSilo.Start(StorageProfile.Memory);
        var comparison = new ThroughputComparison(silo, new LifecycleWorkload(silo.Grains), new MemoryFloorWorkload(silo.Grains), settings.Concurrency);
        var (scenario, floor) = await comparison.Run("Lifecycle throughput, memory storage", settings.RunTime, settings.Runs, settings.WarmUp);
        return Reports.Throughput("lifecycle, memory storage", scenario, floor, TargetEventsPerSecond, TargetShareOfFloor);
    }
}
