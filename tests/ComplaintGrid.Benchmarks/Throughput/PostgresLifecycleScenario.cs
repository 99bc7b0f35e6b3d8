using ComplaintGrid.Benchmarks.Floors;
using ComplaintGrid.Benchmarks.Storage;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;

namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>
/// Lifecycles on the postgres profile (clustering, grain state and reminders on PostgreSQL, set up by the silo's own
/// <see cref="StorageProfileSetup"/>; schema from its migrations), beside one ADO.NET state write per event.
/// </summary>
internal static class PostgresLifecycleScenario
{
    public const double TargetEventsPerSecond = 4_500;
    public const double TargetShareOfFloor = 0.85;

    public static async Task<ScenarioReport> Run(ThroughputSettings settings, string? connectionString)
    {
        var database = await PostgresBenchDatabase.Prepare(connectionString);
        await using var silo = await BenchSilo.Start(StorageProfile.Postgres, postgres: database, configuration: settings.SiloConfiguration(), countCalls: settings.CountCalls);
        var comparison = new ThroughputComparison(silo, settings.Lifecycle(silo.Grains), new OneWriteFloorWorkload(silo.Grains, settings.FloorPayloadBytes), settings.Concurrency);
        var (scenario, floor) = await comparison.Run("Lifecycle throughput, PostgreSQL", settings.RunTime, settings.Runs, settings.WarmUp);
        return Reports.Throughput("lifecycle, PostgreSQL", scenario, floor, TargetEventsPerSecond, TargetShareOfFloor);
    }
}
