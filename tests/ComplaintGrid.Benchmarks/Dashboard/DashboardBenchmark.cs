namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>
/// Event → SignalR frame latency: the real silo in-process, <c>clients</c> SignalR clients watching all departments,
/// complaint lifecycles driven at a steady event rate; for every Filed and Resolved event, the time from its grain
/// call's return to the arrival, at each client, of the first frame whose department tile shows it; for every customer's
/// escalation request (one lifecycle in <see cref="PacedLifecycleDriver.EscalationEvery"/>), the same to the frame
/// carrying its row; and the bytes each client received.
/// </summary>
internal static class DashboardBenchmark
{
    // Enough events in flight for 5,000 events/s at ~50 ms per call; more only lengthens the grains' queues.
    private const int Workers = 256;

    // A fresh process runs its first seconds on unoptimised code: at 5,000 events/s a 5 s warm-up left the 50 clients
    // a second behind well into the first measured run (sentAt → client p50 ~1 s in every invocation on 2026-12-05).
    private static TimeSpan WarmUp(int seconds) => TimeSpan.FromSeconds(Math.Min(15, seconds * 1.5));

    // Frames come at most every 200 ms; after the last event, wait this long so the frame showing it can arrive.
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(1.5);

    /// <summary>Runs a warm-up and <paramref name="runs"/> measured runs, prints each and the medians, and returns the medians.</summary>
    public static async Task<DashboardSummary> Run(double rate, int clients, int seconds, int runs)
    {
        await using var silo = await InProcessSilo.Start();
        var directory = await silo.Grains.GetGrain<IDepartmentDirectoryGrain>(0).List();
        var departments = directory.Select((d, i) => (d.DepartmentId, i)).ToDictionary(d => d.DepartmentId, d => d.i, StringComparer.Ordinal);
        var hub = new Uri(silo.BaseAddress, "/hub/dashboard");
        var watchers = new List<DashboardWatcher>();
        try
        {
            for (var c = 0; c < clients; c++)
                watchers.Add(await DashboardWatcher.Open(hub, InProcessSilo.User, InProcessSilo.Password, departments));

            Console.WriteLine($"ComplaintGrid dashboard latency benchmark: {rate:N0} events/s requested, {clients} SignalR clients (all departments), " +
                $"{seconds} s per run, {runs} runs, {departments.Count} departments, {Workers} driver workers, " +
                $"{Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
            var driver = new PacedLifecycleDriver(silo.Grains, departments, Workers);
            Report(await Measure("warm-up", silo, driver, watchers, departments, rate, WarmUp(seconds)));

            var results = new List<DashboardRunResult>();
            for (var run = 1; run <= runs; run++)
            {
                var result = await Measure($"run {run}", silo, driver, watchers, departments, rate, TimeSpan.FromSeconds(seconds));
                Report(result);
                results.Add(result);
            }
            double Median(Func<DashboardRunResult, double> of) => results.Select(of).Order().ElementAt(results.Count / 2);
            Console.WriteLine($"median: tiles p50 {Median(r => r.P50):N0} ms, p99 {Median(r => r.P99):N0} ms; escalation rows p50 {Median(r => r.RowP50):N0} ms, " +
                $"p99 {Median(r => r.RowP99):N0} ms; {Median(r => r.BytesPerClientPerSecond) / 1000:N2} KB/s per client; at {Median(r => r.AchievedRate):N0} events/s achieved " +
                $"({rate:N0} requested), {clients} clients; sentAt→client p99 {Median(r => r.TransportP99):N0} ms");
            if (Median(r => r.AchievedRate) < rate * DashboardSummary.ReachedShare)
                Console.WriteLine($"note: the machine did not reach the requested rate; it reached {Median(r => r.AchievedRate) / rate:P0} of it.");
            return new DashboardSummary(rate, clients, results.Count, Median(r => r.P50), Median(r => r.P99), Median(r => r.AchievedRate),
                Median(r => r.TransportP99), results.Sum(r => r.Unseen), Median(r => r.RowP50), Median(r => r.RowP99),
                Median(r => r.BytesPerClientPerSecond), results.Sum(r => r.UnseenRows));
        }
        finally
        {
            foreach (var watcher in watchers)
                await watcher.DisposeAsync();
        }
    }

    private static async Task<DashboardRunResult> Measure(
        string name, InProcessSilo silo, PacedLifecycleDriver driver, List<DashboardWatcher> watchers, IReadOnlyDictionary<string, int> departments, double rate, TimeSpan duration)
    {
        // The driver is idle between runs, so each department's count now is where this run's events start from.
        var baseline = new int[departments.Count];
        foreach (var view in await silo.Grains.GetGrain<IDepartmentDirectoryGrain>(0).List())
            baseline[departments[view.DepartmentId]] = view.NewLast15Minutes + view.ResolvedLastHour;
        driver.Measured.Clear();
        driver.MeasuredRows.Clear();
        foreach (var watcher in watchers)
            watcher.Drain();

        var (events, elapsed) = await driver.Run(rate, duration);
        await Task.Delay(Drain);

        var measured = driver.Measured.ToArray();
        var measuredRows = driver.MeasuredRows.ToArray();
        var latencies = new List<double>();
        var rowLatencies = new List<double>();
        var unseenRows = 0;
        long bytes = 0;
        var transport = new List<double>();
        var gaps = new List<double>();
        var unseen = 0;
        var frames = 0;
        foreach (var watcher in watchers)
        {
            var (tiles, transportMs, gapMs, count, rows, received) = watcher.Drain();
            latencies.AddRange(FrameLatency.ForClient(measured, tiles, baseline, out var missed));
            rowLatencies.AddRange(FrameLatency.ForRows(measuredRows, rows, out var missedRows));
            unseenRows += missedRows;
            bytes += received;
            transport.AddRange(transportMs);
            gaps.AddRange(gapMs);
            unseen += missed;
            frames += count;
        }
        latencies.Sort();
        rowLatencies.Sort();
        transport.Sort();
        gaps.Sort();
        return new DashboardRunResult(name, rate, events / elapsed.TotalSeconds, measured.Length, latencies.Count, unseen,
            FrameLatency.Percentile(latencies, 0.50), FrameLatency.Percentile(latencies, 0.99), latencies.Count == 0 ? double.NaN : latencies[^1],
            FrameLatency.Percentile(transport, 0.50), FrameLatency.Percentile(transport, 0.99),
            FrameLatency.Percentile(gaps, 0.50),
            frames / (double)watchers.Count / (elapsed + Drain).TotalSeconds,
            measuredRows.Length, unseenRows, FrameLatency.Percentile(rowLatencies, 0.50), FrameLatency.Percentile(rowLatencies, 0.99),
            bytes / (double)watchers.Count / (elapsed + Drain).TotalSeconds);
    }

    private static void Report(DashboardRunResult r) =>
        Console.WriteLine($"{r.Name}: {r.AchievedRate,7:N0} events/s achieved ({r.RequestedRate:N0} requested)  " +
            $"event→frame p50 {r.P50,5:N0} ms  p99 {r.P99,5:N0} ms  max {r.Max,5:N0} ms  " +
            $"({r.MeasuredEvents:N0} events x clients = {r.Samples:N0} samples, {r.Unseen} unseen)  " +
            $"sentAt→client p50 {r.TransportP50:N1} ms p99 {r.TransportP99:N1} ms  " +
            $"frames sent {r.GapP50:N1} ms apart (median)  {r.FramesPerClientPerSecond:N2} frames/s per client over the run and its drain  " +
            $"event→row p50 {r.RowP50,5:N0} ms  p99 {r.RowP99,5:N0} ms ({r.MeasuredRows:N0} escalation requests, {r.UnseenRows} unseen)  " +
            $"{r.BytesPerClientPerSecond / 1000:N2} KB/s per client");
}
