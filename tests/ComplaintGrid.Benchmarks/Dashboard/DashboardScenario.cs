using ComplaintGrid.Benchmarks.Suite;

namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>
/// The suite's <c>dashboard-1k</c> and <c>dashboard-5k</c>: <see cref="DashboardBenchmark"/> at one rate, reported
/// beside the part of the latency no feed can remove, the SignalR send → client handler p99 of the same runs.
/// </summary>
internal static class DashboardScenario
{
    /// <summary>The performance target: event → frame p99 at most 250 ms.</summary>
    public static readonly TimeSpan TargetP99 = TimeSpan.FromMilliseconds(250);

    /// <summary>The performance target: at most 3 KB (3,000 bytes) a second to each client.</summary>
    public const double TargetBytesPerClient = 3_000;

    public static async Task<ScenarioReport> Run(double rate, DashboardSettings settings)
    {
        Console.WriteLine($"== Event → dashboard frame latency: {rate:N0} events/s, {settings.Clients} SignalR clients, " +
            $"{settings.Runs} run(s) of {settings.Seconds} s");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        var s = await DashboardBenchmark.Run(rate, settings.Clients, settings.Seconds, settings.Runs);
        var reached = s.ReachedRate ? "" : $", NOT the {rate:N0} requested";
        return new ScenarioReport($"event → frame, {rate:N0} events/s, {s.Clients} clients",
            $"tiles p50 {s.P50:N0} ms, p99 {s.P99:N0} ms; rows p50 {s.RowP50:N0} ms, p99 {s.RowP99:N0} ms; {s.BytesPerClientPerSecond / 1000:N2} KB/s per client " +
            $"at {s.AchievedRate:N0} events/s{reached} ({s.Unseen:N0} tile events, {s.UnseenRows:N0} rows unseen)",
            $"SignalR send → client p99 {s.TransportP99:N0} ms (same runs)", $"{s.P99 / s.TransportP99:N1}×",
            $"p99 <= {TargetP99.TotalMilliseconds:N0} ms (tiles and rows), <= {TargetBytesPerClient / 1000:N0} KB/s per client at {rate:N0} events/s",
            s.P99 <= TargetP99.TotalMilliseconds && s.RowP99 <= TargetP99.TotalMilliseconds && s.BytesPerClientPerSecond <= TargetBytesPerClient
            && s.ReachedRate && s.Unseen == 0 && s.UnseenRows == 0);
    }
}
