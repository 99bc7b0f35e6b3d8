using ComplaintGrid.Client;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// PostgreSQL stopped for 30 s under load and started again, on a server of the test's own: callers get retryable
/// errors, readiness goes false then true, and every acknowledged filing and step is there afterwards.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class PostgresOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PostgresDownFor30Seconds_UnderLoad_RetryableErrorsReadinessDipsAndNothingAcknowledgedIsLost()
    {
        await using var cluster = await PostgresCluster.CreateAsync(shortClocks: true, serverVariable: PostgresTestServer.OutageVariable);
        var server = new PostgresServerControl(cluster.Database.ConnectionString);
        await cluster.StartSiloAsync();
        await cluster.StartSiloAsync();
        await cluster.ConnectClientAsync();
        await using var readiness = new ReadinessProbe(cluster.Silos[0].HttpPort);
        readiness.Start();
        await using var load = SimulatedLoad.Start(cluster.Grains);

        // A busy CI machine may take a while to bring two silos to readiness: the outage starts from a serving cluster.
        Assert.True(await readiness.WaitUntilReady(TimeSpan.FromSeconds(60)), "the silo was not ready within 60 s, before the outage");
        await load.Ledger.WaitForAcknowledged(TimeSpan.FromSeconds(60));
        // The scenario, not a wait for a result: the load runs a while before the outage, and on for a while after it.
        await Task.Delay(TimeSpan.FromSeconds(3));
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
        await Task.Delay(TimeSpan.FromSeconds(15));
        // The load ran on for its while; the silo must also have answered ready and acknowledged something by the stop.
        await Eventually.True(() => readiness.FirstReadyAfter(startedAt) is not null && load.Ledger.AcknowledgedSince(startedAt) > 0,
            "the silo ready again and a step acknowledged after PostgreSQL came back", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(200));
        await load.StopAsync();
        var loadStoppedAt = TimeProvider.System.GetUtcNow();

        // The filings made before the outage have every escalation point (15 s to 40 s after filing) due while PostgreSQL is down.
        var report = await FaultProof.Run("PostgreSQL stopped for 30 s", stoppedAt, cluster, load.Ledger, loadStoppedAt, output);
        var backAt = readiness.FirstReadyAfter(startedAt);
        var acknowledgedBefore = load.Ledger.Acknowledged - load.Ledger.AcknowledgedSince(stoppedAt);
        var acknowledgedAfter = load.Ledger.AcknowledgedSince(startedAt);
        output.WriteLine($"acknowledged {acknowledgedBefore} before, {load.Ledger.AcknowledgedSince(stoppedAt) - acknowledgedAfter} during and {acknowledgedAfter} after the outage; " +
            $"ready again {(backAt - startedAt)?.TotalSeconds:0.0} s after PostgreSQL started");

        Assert.True(readiness.WasReady(stoppedAt, startedAt, ready: false), "readiness never went false while PostgreSQL was down");
        Assert.NotNull(backAt);
        Assert.True(backAt - startedAt < TimeSpan.FromSeconds(15), $"ready again only {(backAt - startedAt)?.TotalSeconds:0.0} s after PostgreSQL started");
        // What callers saw was retryable, and named: never an error that says the command itself was wrong.
        Assert.NotEmpty(load.Ledger.Failures);
        Assert.All(load.Ledger.Failures, f => Assert.True(TransientFailures.IsTransient(f.Error), $"not retryable: {f.Error.GetType().Name}: {f.Error.Message}"));
        Assert.True(acknowledgedAfter > 0, "nothing was acknowledged after PostgreSQL came back");
        Assert.True(report.DeadlineFirings > 0, "no deadline fell due during the outage");
    }
}
