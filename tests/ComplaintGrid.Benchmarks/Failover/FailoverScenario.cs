using System.Globalization;
using ComplaintGrid.Benchmarks.Storage;
using ComplaintGrid.Benchmarks.Suite;
using ComplaintGrid.TestSupport.Postgres;

namespace ComplaintGrid.Benchmarks.Failover;

/// <summary>The suite's <c>failover</c>: <see cref="FailoverBenchmark"/>, ComplaintGrid's settings beside Orleans' defaults.</summary>
internal static class FailoverScenario
{
    /// <summary>The performance target: requests fail for at most 5 s after a silo of three is killed.</summary>
    public static readonly TimeSpan TargetWindow = TimeSpan.FromSeconds(5);

    public static async Task<ScenarioReport> Run(FailoverSettings settings, string? postgres)
    {
        // The cluster harness reads the server from the tests' variable; name it from --postgres or the service script if unset.
        if (postgres is not null || string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresTestServer.Variable)))
            Environment.SetEnvironmentVariable(PostgresTestServer.Variable, await PostgresBenchDatabase.Server(postgres));
        Console.WriteLine($"== Failed-request window after SIGKILL of one silo of three: {settings.Callers} callers, {settings.Runs} run(s) per setting");
        Console.WriteLine($"   {MachineInfo.Describe()}");
        var s = await FailoverBenchmark.Run(settings.Callers, settings.Runs, settings.BeforeKill, settings.AfterKill);
        string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        return new ScenarioReport("failed-request window, SIGKILL of 1 silo of 3 (PostgreSQL)",
            $"{Seconds(s.Shipped)} (lost {s.ShippedLost}, failed after retries {s.ShippedFailedAfterRetries})",
            $"Orleans' defaults {Seconds(s.OrleansDefaults)} (lost {s.OrleansLost})", s.Ratio.ToString("0.00", CultureInfo.InvariantCulture),
            $"<= {TargetWindow.TotalSeconds:N0} s, nothing acknowledged lost", s.Shipped <= TargetWindow && s.ShippedLost == 0);
    }
}
