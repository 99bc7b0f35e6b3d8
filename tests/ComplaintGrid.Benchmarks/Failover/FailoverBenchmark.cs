using System.Globalization;
using ComplaintGrid.TestSupport.Cluster;

namespace ComplaintGrid.Benchmarks.Failover;

/// <summary>
/// How long requests fail when one silo of three is killed (SIGKILL) under load, with the settings an operator gets:
/// three real silo processes on PostgreSQL at their shipped membership defaults, callers filing through the .NET
/// client at its shipped retry policy. A failed attempt is one the client logged as retried; the window is from the
/// kill to the last failed attempt.
/// </summary>
internal static class FailoverBenchmark
{
    /// <summary>Runs both settings, prints each run, the medians and the ratio, and returns them.</summary>
    public static async Task<FailoverSummary> Run(int callers, int runs, TimeSpan before, TimeSpan after)
    {
        Console.WriteLine($"ComplaintGrid failover benchmark: 3 silo processes on PostgreSQL, SIGKILL of one, {callers} callers filing, " +
            $"{runs} runs per setting ({before.TotalSeconds:0} s of load before the kill, {after.TotalSeconds:0} s after), {Environment.ProcessorCount} cores");
        var shipped = await RunSetting("ComplaintGrid's settings", ClusterTuning.Product, callers, runs, before, after);
        var orleans = await RunSetting("Orleans' defaults", ClusterTuning.OrleansDefaults, callers, runs, before, after);
        var summary = new FailoverSummary(runs, Median(shipped), Median(orleans),
            shipped.Sum(r => r.Lost), shipped.Sum(r => r.FailedAfterRetries), orleans.Sum(r => r.Lost), orleans.Sum(r => r.FailedAfterRetries));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"summary: requests failed for {summary.Shipped.TotalSeconds:0.0} s after the kill with ComplaintGrid's settings (target <= 5 s), " +
            $"{summary.OrleansDefaults.TotalSeconds:0.0} s with Orleans' defaults: {summary.Ratio:0.00} of it"));
        return summary;
    }

    private static string Describe(Exception error) =>
        error.InnerException is { } inner
            ? $"{error.GetType().Name} ({error.Message.ReplaceLineEndings(" ")}) around {Describe(inner)}"
            : $"{error.GetType().Name} ({error.Message.ReplaceLineEndings(" ")})";

    private static TimeSpan Median(IReadOnlyList<FailoverRunResult> results) => results.OrderBy(r => r.Window).ElementAt(results.Count / 2).Window;

    private static async Task<IReadOnlyList<FailoverRunResult>> RunSetting(string name, ClusterTuning tuning, int callers, int runs, TimeSpan before, TimeSpan after)
    {
        var results = new List<FailoverRunResult>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await RunOnce(tuning, callers, before, after);
            results.Add(result);
            Console.WriteLine($"{name}, run {run}: {result}");
        }
        Console.WriteLine($"{name}, median: requests failed for {Median(results).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s after the kill");
        return results;
    }

    private static async Task<FailoverRunResult> RunOnce(ClusterTuning tuning, int callers, TimeSpan before, TimeSpan after)
    {
        await using var cluster = await PostgresCluster.StartThreeSilosAsync(shortClocks: false, tuning);
        var load = new LoadGenerator(cluster.Client, callers);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(stop.Token);
        await Task.Delay(before);
        var acknowledgedAtKill = load.Acknowledged.Count;
        var killedAt = TimeProvider.System.GetUtcNow();
        cluster.Silos[1].Kill();
        await Task.Delay(after);
        await stop.CancelAsync();
        await running;

        if (Environment.GetEnvironmentVariable("COMPLAINTGRID_FAILOVER_SILO_LOGS") is not null)
        {
            // For finding where the window goes: each silo's last log lines (add Logging__Console__TimestampFormat to time them).
            Console.WriteLine($"killed at {killedAt:HH:mm:ss.fff}");
            foreach (var silo in cluster.Silos)
                Console.WriteLine($"--- {silo.Name}\n{silo.Output}");
        }
        var failedAttempts = cluster.Retries.Retries.Where(r => r >= killedAt).Order().ToArray();
        var (_, lost) = await ClusterReadBack.ReadBack(cluster.Client, load.Acknowledged.Keys);
        return new FailoverRunResult(
            Acknowledged: load.Acknowledged.Count,
            AcknowledgedBeforeKill: acknowledgedAtKill,
            Lost: lost,
            FailedAfterRetries: load.Failures.Count,
            FailedAttempts: failedAttempts.Length,
            FailedAttemptsBeforeKill: cluster.Retries.Retries.Count(r => r < killedAt),
            FirstFailure: failedAttempts.Length > 0 ? failedAttempts[0] - killedAt : TimeSpan.Zero,
            Window: failedAttempts.Length > 0 ? failedAttempts[^1] - killedAt : TimeSpan.Zero,
            SlowestCall: load.SlowestCall,
            Errors: string.Join(", ", cluster.Retries.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} x{e.Value}")),
            // What a caller was finally given, so a failure says which error the retry policy let through.
            FailuresAfterRetries: string.Join(", ", load.Failures.GroupBy(Describe).Select(g => $"{g.Key} x{g.Count()}")));
    }
}
