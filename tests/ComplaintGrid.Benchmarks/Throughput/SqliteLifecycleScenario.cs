using ComplaintGrid.Benchmarks.Floors;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;

namespace ComplaintGrid.Benchmarks.Throughput;

/// <summary>
/// Lifecycles on the embedded profile (grain state and reminders in one SQLite file, set up by the silo's own
/// <see cref="StorageProfileSetup"/>), beside one ADO.NET state write per event on the same file.
/// </summary>
internal static class SqliteLifecycleScenario
{
    public const double TargetEventsPerSecond = 1_000;
    public const double TargetShareOfFloor = 0.85;

    public static async Task<ScenarioReport> Run(ThroughputSettings settings)
    {
        var directory = Path.Combine(Path.GetTempPath(), "complaintgrid-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "complaintgrid.db");
            await using (var silo = await BenchSilo.Start(StorageProfile.Embedded, sqlitePath: path, configuration: settings.SiloConfiguration(), countCalls: settings.CountCalls))
            {
                Console.WriteLine($"   SQLite file: {path}");
                var comparison = new ThroughputComparison(silo, settings.Lifecycle(silo.Grains), new OneWriteFloorWorkload(silo.Grains, settings.FloorPayloadBytes), settings.Concurrency);
                var (scenario, floor) = await comparison.Run("Lifecycle throughput, embedded SQLite", settings.RunTime, settings.Runs, settings.WarmUp);
                return Reports.Throughput("lifecycle, SQLite (embedded)", scenario, floor, TargetEventsPerSecond, TargetShareOfFloor);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
