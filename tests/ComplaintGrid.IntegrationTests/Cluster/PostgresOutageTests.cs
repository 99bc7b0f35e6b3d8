using ComplaintGrid.Client;
using ComplaintGrid.IntegrationTests.Storage;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// PostgreSQL stopped for 30 s under load and started again, on a server of the test's own: callers get retryable
/// errors, readiness goes false then true, and every acknowledged filing is there afterwards.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class PostgresOutageTests(ITestOutputHelper output)
{
    private const int Callers = 12;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PostgresDownFor30Seconds_UnderLoad_RetryableErrorsReadinessDipsAndNothingAcknowledgedIsLost()
    {
        await using var cluster = await PostgresCluster.CreateAsync(shortClocks: false, serverVariable: PostgresTestServer.OutageVariable);
        var server = new PostgresServerControl(cluster.Database.ConnectionString);
        await cluster.StartSiloAsync();
        await cluster.StartSiloAsync();
        await cluster.ConnectClientAsync();
        await using var readiness = new ReadinessProbe(cluster.Silos[0].HttpPort);
        readiness.Start();
        var load = new LoadGenerator(cluster.Client, Callers);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(stop.Token);

        await Task.Delay(TimeSpan.FromSeconds(5));
        var acknowledgedBefore = load.Acknowledged.Count;
        var stoppedAt = TimeProvider.System.GetUtcNow();
        await server.StopAsync();
        try
        {
            await Task.Delay(Outage);
        }
        finally
        {
            await server.StartAsync();
        }
        var startedAt = TimeProvider.System.GetUtcNow();
        var acknowledgedDuring = load.Acknowledged.Count - acknowledgedBefore;
        await Task.Delay(TimeSpan.FromSeconds(15));
        await stop.CancelAsync();
        await running;
        var acknowledgedAfter = load.Acknowledged.Count - acknowledgedBefore - acknowledgedDuring;

        var (_, lost) = await ClusterReadBack.ReadBack(cluster.Client, load.Acknowledged.Keys);
        var backAt = readiness.FirstReadyAfter(startedAt);
        output.WriteLine($"acknowledged {acknowledgedBefore} before, {acknowledgedDuring} during and {acknowledgedAfter} after the outage; lost {lost}; " +
            $"failed after retries {load.Failures.Count} ({string.Join(", ", load.Failures.GroupBy(f => f.GetType().Name).Select(g => $"{g.Key} x{g.Count()}"))}); " +
            $"retried {cluster.Retries.Retries.Count} times ({string.Join(", ", cluster.Retries.Errors.Select(e => $"{e.Key} x{e.Value}"))}); " +
            $"ready again {(backAt - startedAt)?.TotalSeconds:0.0} s after PostgreSQL started");

        Assert.True(readiness.WasReady(stoppedAt.AddSeconds(-5), stoppedAt, ready: true), "the silo was not ready before the outage");
        Assert.True(readiness.WasReady(stoppedAt, startedAt, ready: false), "readiness never went false while PostgreSQL was down");
        Assert.NotNull(backAt);
        Assert.True(backAt - startedAt < TimeSpan.FromSeconds(15), $"ready again only {(backAt - startedAt)?.TotalSeconds:0.0} s after PostgreSQL started");
        // What callers saw was retryable, and named: never an error that says the command itself was wrong.
        Assert.NotEmpty(cluster.Retries.Errors);
        Assert.All(load.Failures, f => Assert.True(TransientFailures.IsTransient(f), $"not retryable: {f.GetType().Name}: {f.Message}"));
        Assert.True(acknowledgedAfter > 0, "no filing was acknowledged after PostgreSQL came back");
        Assert.Equal(0, lost);
        await ClusterAssertions.ViewsConverge(cluster.Client, load.Acknowledged.Keys, TimeSpan.FromSeconds(30));
    }
}
