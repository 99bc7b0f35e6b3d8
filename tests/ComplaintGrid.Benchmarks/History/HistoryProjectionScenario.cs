using System.Data.Common;
using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Benchmarks.Throughput;
using ComplaintGrid.Silo.Hosting;
using ComplaintGrid.Silo.Storage.History;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// The history projection under load, on one store: (1) lag, event stored → row visible, at a steady rate of lifecycle
/// events through real complaint grains on a bench silo; (2) lifecycle events/s, closed loop, on that silo (projection
/// on) and on a second one with <c>ComplaintGrid:History:Enabled</c> off, run alternately so both see the same load.
/// On PostgreSQL the history database keeps whatever an earlier <c>history-search</c> seeded (its size is printed), so the
/// projection writes beside a full table; on SQLite both silos start on fresh files.
/// </summary>
internal static class HistoryProjectionScenario
{
    public const double TargetLagP99Milliseconds = 2_000;
    private const int Workers = 256;
    private static readonly TimeSpan DrainWithin = TimeSpan.FromSeconds(30);

    public static async Task<IReadOnlyList<ScenarioReport>> Run(HistorySettings settings, StorageProfile profile)
    {
        var name = HistorySettings.Name(profile);
        Console.WriteLine($"== History projection, {name}: lag at {settings.Rate:N0} events/s for {settings.RunTime.TotalSeconds:N0} s (every {settings.Sample}th lifecycle timed), " +
            $"then lifecycle events/s with the projection on vs off, {settings.Runs} runs of {settings.RunTime.TotalSeconds:N0} s, {settings.Concurrency} callers");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        await using var database = await HistoryDatabase.Open(profile, settings.Postgres);
        await using var offDatabase = profile == StorageProfile.Embedded ? await HistoryDatabase.Open(profile, null) : null;
        Console.WriteLine($"   history rows already in the table: {await RowCount(database):N0}");
        var off = new Dictionary<string, string?> { ["ComplaintGrid:History:Enabled"] = "false" };
        await using var on = await BenchSilo.Start(profile, postgres: database.Postgres, sqlitePath: database.SqlitePath);
        await using var without = await BenchSilo.Start(profile, postgres: database.Postgres, sqlitePath: offDatabase?.SqlitePath ?? database.SqlitePath, configuration: off);

        var reports = new List<ScenarioReport> { await Lag(settings, name, database, on) };

        var onRuns = new List<double>();
        var offRuns = new List<double>();
        var warmUp = TimeSpan.FromSeconds(Math.Min(15, settings.RunTime.TotalSeconds));
        Console.WriteLine($"   lifecycle events/s, closed loop, {settings.Concurrency} callers; warm-up {warmUp.TotalSeconds:N0} s each");
        await ClosedLoopRunner.Run(new LifecycleWorkload(on.Grains), on, settings.Concurrency, warmUp);
        await ClosedLoopRunner.Run(new LifecycleWorkload(without.Grains), without, settings.Concurrency, warmUp);
        for (var run = 1; run <= settings.Runs; run++)
        {
            var a = await ClosedLoopRunner.Run(new LifecycleWorkload(on.Grains), on, settings.Concurrency, settings.RunTime);
            onRuns.Add(a.EventsPerSecond);
            var b = await ClosedLoopRunner.Run(new LifecycleWorkload(without.Grains), without, settings.Concurrency, settings.RunTime);
            offRuns.Add(b.EventsPerSecond);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   run {run}: projection on {a.EventsPerSecond,7:N0} events/s ({a.WritesPerEvent:N2} state writes/event), off {b.EventsPerSecond,7:N0} events/s ({b.WritesPerEvent:N2}); load avg {a.LoadAverage:N2} / {b.LoadAverage:N2}"));
        }
        var onMedian = Stats.Median(onRuns);
        var offMedian = Stats.Median(offRuns);
        Console.WriteLine($"   median: projection on {onMedian:N0} events/s, off {offMedian:N0} events/s, on/off {onMedian / offMedian:P0}");
        var target = profile == StorageProfile.Postgres ? PostgresLifecycleScenario.TargetEventsPerSecond : SqliteLifecycleScenario.TargetEventsPerSecond;
        reports.Add(new ScenarioReport($"lifecycle events/s, {name}, history projection on vs off", $"{onMedian:N0} events/s",
            $"{offMedian:N0} events/s (off)", $"{onMedian / offMedian:P0}", $"≥ {target:N0} events/s (the profile's lifecycle target)", onMedian >= target));
        return reports;
    }

    private static async Task<ScenarioReport> Lag(HistorySettings settings, string name, HistoryDatabase database, BenchSilo silo)
    {
        var driver = new PacedHistoryDriver(silo.Grains, Workers, settings.Sample);
        var warm = await driver.Run(settings.Rate, TimeSpan.FromSeconds(Math.Min(10, settings.RunTime.TotalSeconds)), probe: null);
        Console.WriteLine($"   warm-up: {warm.Events / warm.Elapsed.TotalSeconds:N0} events/s reached");

        await using var probe = new ProjectionLagProbe(Reader(database), database.Postgres is null ? HistoryDialect.Sqlite : HistoryDialect.Postgres);
        probe.Start();
        var (events, elapsed) = await driver.Run(settings.Rate, settings.RunTime, probe);
        var unseen = await probe.Drain(DrainWithin);
        var lags = probe.Lags.Order().ToList();
        var reached = events / elapsed.TotalSeconds;
        var p99 = unseen > 0 ? double.PositiveInfinity : Stats.Percentile(lags, 99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   lag, event stored → row visible: {lags.Count:N0} events timed of {events:N0} sent at {reached:N0} events/s (asked {settings.Rate:N0}); " +
            $"p50 {Stats.Percentile(lags, 50):N0} ms, p95 {Stats.Percentile(lags, 95):N0} ms, p99 {Stats.Percentile(lags, 99):N0} ms, max {(lags.Count == 0 ? double.NaN : lags[^1]):N0} ms; " +
            $"{unseen} not visible within {DrainWithin.TotalSeconds:N0} s; load avg {MachineInfo.LoadAverage():N2}"));
        var met = p99 <= TargetLagP99Milliseconds && reached >= settings.Rate * 0.95;
        return new ScenarioReport($"history projection lag p99, {name}, at {settings.Rate:N0} events/s", unseen > 0 ? $"{unseen} never visible" : $"{p99:N0} ms",
            $"p50 {Stats.Percentile(lags, 50):N0} ms, max {(lags.Count == 0 ? double.NaN : lags[^1]):N0} ms; {reached:N0} events/s reached", "-",
            $"≤ {TargetLagP99Milliseconds:N0} ms at ≥ 95 % of the rate", met);
    }

    private static async Task<long> RowCount(HistoryDatabase database)
    {
        await using var connection = Reader(database)();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM complaint_history";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static Func<DbConnection> Reader(HistoryDatabase database) => database.Postgres is { } postgres
        ? () => new NpgsqlConnection(postgres)
        : () => new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.SqlitePath, Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
}
