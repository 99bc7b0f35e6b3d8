using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.Benchmarks.Throughput;
using ComplaintGrid.Silo.Hosting;
using Orleans.Configuration;

namespace ComplaintGrid.Benchmarks.Soak;

/// <summary>
/// A long run at half of the measured capacity on the default (embedded SQLite) profile: first 20 s of closed-loop
/// lifecycles measure what the silo can do, then full lifecycles are paced at half of it for the given minutes, and
/// every minute the event latency (p50/p99 of the events that finished in it), the GC heap, the live set after a full
/// collection, the working set, gen2 collections, the GC pause share, the active grains and the store's writes are printed. Flat memory and a steady p99 are the result
/// looked for: the last five minutes are compared with the first five after warm-up.
/// </summary>
internal static class SoakBenchmark
{
    private const int Workers = 256;

    /// <summary>
    /// The customer base the soak files for. The throughput scenarios' 5,000 would give each customer a complaint every
    /// minute of the run, and each customer's history (kept whole for the churn score) would grow all day; a contact
    /// centre's customers complain a few times a year, so a day's complaints come from a large base.
    /// </summary>
    private const int Customers = 1_000_000;

    /// <param name="minutes">How long the paced load runs.</param>
    /// <param name="rate">Events a second; half the measured capacity when null.</param>
    /// <param name="collectionAge">
    /// How long an idle grain stays active (Orleans' default, 15 minutes, when null): the active set fills for that
    /// long, so a shorter age reaches the steady state sooner in a shorter run.
    /// </param>
    public static async Task Run(int minutes, double? rate, TimeSpan? collectionAge = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "complaintgrid-soak-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            await using var silo = await BenchSilo.Start(StorageProfile.Embedded, sqlitePath: Path.Combine(directory, "complaintgrid.db"),
                configureSilo: collectionAge is { } age ? s => s.Configure<GrainCollectionOptions>(o => o.CollectionAge = age) : null);
            var warmUp = collectionAge ?? new GrainCollectionOptions().CollectionAge;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ComplaintGrid soak: embedded SQLite profile, {minutes} min, idle grains collected after {warmUp.TotalMinutes:0.#} min; {MachineInfo.Describe()}"));
            if (GCSettings.LatencyMode == GCLatencyMode.Batch)
            {
                // The throughput scenarios want batch GC (this project's setting); a soak is about latency over time, and
                // the silo itself runs with background collections, whose pauses do not grow with the heap as blocking ones do.
                Console.WriteLine("note: background GC is off (this project's setting for throughput); the silo runs with it on. " +
                    "For the silo's behaviour run with DOTNET_gcConcurrent=1.");
            }
            var capacity = (await ClosedLoopRunner.Run(new LifecycleWorkload(silo.Grains), silo, 64, TimeSpan.FromSeconds(20))).EventsPerSecond;
            var pace = rate ?? capacity / 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"capacity (closed loop, 64 callers, 20 s): {capacity:N0} events/s; pacing at {pace:N0} events/s"));
            Console.WriteLine(SoakMinute.Header);

            var latencies = new ConcurrentQueue<(long FinishedAt, double Ms)>();
            var start = Stopwatch.GetTimestamp();
            var duration = TimeSpan.FromMinutes(minutes);
            using var stop = new CancellationTokenSource(duration);
            var driving = Drive(silo.Grains, pace, start, latencies, stop.Token);
            var samples = new List<SoakMinute>();
            var gen2Before = GC.CollectionCount(2);
            var pauseBefore = GC.GetTotalPauseDuration();
            var writesBefore = silo.Storage.TotalWrites();
            var writeTimeBefore = silo.Storage.TotalWriteTime();
            for (var minute = 1; minute <= minutes; minute++)
            {
                await Task.Delay(TimeSpan.FromMinutes(minute) - Stopwatch.GetElapsedTime(start));
                var cut = Stopwatch.GetTimestamp();
                var done = new List<double>();
                while (latencies.TryPeek(out var e) && e.FinishedAt <= cut && latencies.TryDequeue(out e))
                    done.Add(e.Ms);
                done.Sort();
                var gen2 = GC.CollectionCount(2);
                var pause = GC.GetTotalPauseDuration();
                var writes = silo.Storage.TotalWrites();
                var writeTime = silo.Storage.TotalWriteTime();
                var gc = GC.GetGCMemoryInfo();
                var liveAtLastGen2 = LiveAtLastGen2();
                // Taken after the minute's other GC figures, so they show the run's own collections; this one's pause
                // counts in the next minute's share.
                var liveAfterFullGc = LiveAfterFullCollection();
                var sample = new SoakMinute(minute, done.Count, Percentile(done, 0.50), Percentile(done, 0.99),
                    gc.HeapSizeBytes / 1048576.0, gc.FragmentedBytes / 1048576.0, liveAtLastGen2 / 1048576.0, liveAfterFullGc / 1048576.0,
                    Environment.WorkingSet / 1048576.0, gen2 - gen2Before,
                    (pause - pauseBefore) / TimeSpan.FromMinutes(1), await silo.Grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount(),
                    (writes - writesBefore) / 60.0, writes == writesBefore ? 0 : (writeTime - writeTimeBefore).TotalMilliseconds / (writes - writesBefore));
                gen2Before = GC.CollectionCount(2);
                pauseBefore = GC.GetTotalPauseDuration();
                writesBefore = writes;
                writeTimeBefore = writeTime;
                samples.Add(sample);
                Console.WriteLine(sample);
            }
            await driving;
            Summarise(samples, (int)Math.Ceiling(warmUp.TotalMinutes));
            await ReportAfterCompaction(silo);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Full lifecycles whose events are paced at <paramref name="rate"/> a second across many workers.</summary>
    private static Task Drive(IGrainFactory grains, double rate, long start, ConcurrentQueue<(long, double)> latencies, CancellationToken stop)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        long ticket = -1;
        var next = -1;
        async Task<bool> Slot()
        {
            var due = TimeSpan.FromSeconds(Interlocked.Increment(ref ticket) / rate) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
                await Task.Delay(due, CancellationToken.None);
            return !stop.IsCancellationRequested;
        }
        return Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var began = 0L;
                try
                {
                    await LifecycleScript.Run(grains, runId, Interlocked.Increment(ref next),
                        () => latencies.Enqueue((Stopwatch.GetTimestamp(), Stopwatch.GetElapsedTime(began).TotalMilliseconds)),
                        async () =>
                        {
                            if (!await Slot())
                                throw new OperationCanceledException(stop);
                            began = Stopwatch.GetTimestamp();
                        },
                        Customers);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }, CancellationToken.None)));
    }

    private static void Summarise(List<SoakMinute> samples, int warmUpMinutes)
    {
        if (samples.Count < 10)
            return;
        // The first minutes fill the active set (idle complaints and customers deactivate after the collection age), so
        // the five minutes after it are compared with the last five; a shorter run compares what it has.
        var early = samples.Skip(Math.Max(1, Math.Min(warmUpMinutes, samples.Count - 10))).Take(5).ToArray();
        var late = samples.TakeLast(5).ToArray();
        double Ratio(Func<SoakMinute, double> f) => late.Average(f) / early.Average(f);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"last 5 min vs minutes {early[0].Minute}-{early[^1].Minute}: GC heap x{Ratio(s => s.HeapMiB):0.00}, heap less free space x{Ratio(s => s.UsedMiB):0.00}, " +
            $"live at last gen2 x{Ratio(s => s.LiveAtLastGen2MiB):0.00}, live after full GC x{Ratio(s => s.LiveAfterFullGcMiB):0.00}, activations x{Ratio(s => s.Activations):0.00}, " +
            $"working set x{Ratio(s => s.WorkingSetMiB):0.00}, p99 x{Ratio(s => s.P99Ms):0.00}, p50 x{Ratio(s => s.P50Ms):0.00}, " +
            $"ms/write x{Ratio(s => s.WriteMs):0.00}, events x{Ratio(s => s.Events):0.00}"));
    }

    /// <summary>
    /// With the load stopped and every grain still active, one full compacting collection that also returns free
    /// memory to the OS: what is left is what the active set holds, so the heap's growth between gen2 collections in
    /// the table shows up as free space and garbage, or as live data, here.
    /// </summary>
    private static async Task ReportAfterCompaction(BenchSilo silo)
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var after = GC.GetGCMemoryInfo();
        var activations = await silo.Grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"after one full compacting collection at the end: GC heap {after.HeapSizeBytes / 1048576.0:N0} MiB, " +
            $"working set {Environment.WorkingSet / 1048576.0:N0} MiB, {activations:N0} activations"));
    }

    /// <summary>
    /// The heap after one full blocking compacting collection: the live set, garbage and free space gone. Made every
    /// minute, it is the figure that says whether what the grains keep grows; its pause (tens to hundreds of
    /// milliseconds) falls on the events in flight, so it shows in that minute's p99.
    /// </summary>
    private static long LiveAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    /// <summary>What survived (was promoted by) the most recent gen2 collection, background or blocking; 0 before the first.</summary>
    private static long LiveAtLastGen2()
    {
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var last = background.Index >= blocking.Index ? background : blocking;
        return last.Index == 0 ? 0 : last.PromotedBytes;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
