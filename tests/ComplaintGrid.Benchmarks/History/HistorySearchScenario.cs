using System.Diagnostics;
using System.Globalization;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Silo.Hosting;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// Search over a seeded history: N made-up complaints (<see cref="HistoryDataset"/>) written straight into the tables in
/// bulk, then many varied queries of each kind (<see cref="SearchKind"/>) through the silo's own store, one after
/// another, timed one by one; then a few of each through the search grain on a bench silo over the same database.
/// </summary>
internal static class HistorySearchScenario
{
    public const double TargetP95Milliseconds = 100;

    public static async Task<IReadOnlyList<ScenarioReport>> Run(HistorySettings settings, StorageProfile profile)
    {
        var name = HistorySettings.Name(profile);
        var count = settings.ComplaintsFor(profile);
        Console.WriteLine($"== History search, {name}, {count:N0} complaints, {settings.Queries} queries per kind, page size {SearchKind.Limit}");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        var dataset = new HistoryDataset(count, settings.Seed);
        await using var database = await HistoryDatabase.Open(profile, settings.Postgres);
        await Seed(database, dataset, settings);

        var reports = new List<ScenarioReport>();
        var random = new Random(settings.Seed + 1);
        Console.WriteLine($"   {"kind",-26} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"mean hits",10}  through the store; load avg {MachineInfo.LoadAverage():N2}");
        foreach (var kind in SearchKind.All(dataset))
        {
            var (timings, hits) = await Time(kind, random, settings.Queries, q => database.Store.Search(q));
            Print(kind.Name, timings, hits);
            var p95 = Stats.Percentile(timings, 95);
            reports.Add(new ScenarioReport($"history search p95, {name} {count / 1000:N0}k, {kind.Name}", $"{p95:N1} ms",
                $"p50 {Stats.Percentile(timings, 50):N1} ms, max {timings[^1]:N1} ms", "-", $"≤ {TargetP95Milliseconds:N0} ms", p95 <= TargetP95Milliseconds));
        }

        await ThroughTheGrain(database, dataset, settings, random);
        reports.AddRange(await HistoryReportTiming.Run(database, name, count));
        return reports;
    }

    private static async Task Seed(HistoryDatabase database, HistoryDataset dataset, HistorySettings settings)
    {
        var stopwatch = Stopwatch.StartNew();
        if (database.Postgres is { } postgres)
        {
            var existing = await PostgresHistorySeeder.Count(postgres);
            if (settings.Reuse && existing == dataset.Count)
            {
                Console.WriteLine($"   seed: kept the {existing:N0} rows an earlier run copied in (--reuse; same size, seed assumed the same)");
                return;
            }
            var (rows, events) = await PostgresHistorySeeder.Seed(postgres, dataset);
            Console.WriteLine($"   seed: {rows:N0} complaints and {events:N0} events copied in (COPY, binary) and analysed in {stopwatch.Elapsed.TotalSeconds:N0} s");
        }
        else
        {
            var (rows, events) = SqliteHistorySeeder.Seed(database.SqlitePath!, dataset);
            Console.WriteLine($"   seed: {rows:N0} complaints and {events:N0} events inserted (one transaction, prepared statements) and analysed in {stopwatch.Elapsed.TotalSeconds:N0} s");
        }
    }

    /// <summary>Five untimed queries first (plans, caches, JIT), then <paramref name="queries"/> timed ones; sorted timings in ms.</summary>
    private static async Task<(List<double> Timings, double MeanHits)> Time(SearchKind kind, Random random, int queries, Func<ComplaintSearchQuery, Task<ComplaintSearchPage>> search)
    {
        var timings = new List<double>(queries);
        long hits = 0;
        for (var i = -5; i < queries; i++)
        {
            var query = kind.Draw(random);
            if (kind.SecondPage)
            {
                var first = await search(query);
                if (first.Items.Count == 0)
                    continue;
                query = query with { After = first.Items[^1].ComplaintId };
            }
            var start = Stopwatch.GetTimestamp();
            var page = await search(query);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (i < 0)
                continue;
            timings.Add(elapsed);
            hits += page.Items.Count;
        }
        timings.Sort();
        return (timings, timings.Count == 0 ? 0 : (double)hits / timings.Count);
    }

    private static async Task ThroughTheGrain(HistoryDatabase database, HistoryDataset dataset, HistorySettings settings, Random random)
    {
        var queries = Math.Max(10, settings.Queries / 4);
        await using var silo = await BenchSilo.Start(database.Profile, postgres: database.Postgres, sqlitePath: database.SqlitePath);
        var grain = silo.Grains.GetGrain<IComplaintSearchGrain>(0);
        Console.WriteLine($"   through the search grain on a bench silo (the API's path without HTTP), {queries} queries per kind; load avg {MachineInfo.LoadAverage():N2}");
        foreach (var kind in SearchKind.All(dataset))
        {
            var (timings, hits) = await Time(kind, random, queries, q => grain.Search(q));
            Print(kind.Name + " (grain)", timings, hits);
        }
    }

    private static void Print(string kind, List<double> timings, double hits) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   {kind,-26} {Stats.Percentile(timings, 50),8:N1} {Stats.Percentile(timings, 95),8:N1} {(timings.Count == 0 ? double.NaN : timings[^1]),8:N1} {hits,10:N1}"));
}
