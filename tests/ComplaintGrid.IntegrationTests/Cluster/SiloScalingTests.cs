using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// The operator's scaling procedure from docs/operations.md, under load: one silo, then three, then the first one taken out
/// gracefully. No acknowledged filing fails or is lost, and new work spreads to the silos that joined.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class SiloScalingTests(ITestOutputHelper output)
{
    private const int Callers = 12;

    [Fact]
    public async Task OneSiloToThreeToTwo_UnderLoad_FailsNothingAndSpreadsActivations()
    {
        await using var cluster = await PostgresCluster.CreateAsync(shortClocks: false);
        var first = await cluster.StartSiloAsync();
        await cluster.ConnectClientAsync();
        var load = new LoadGenerator(cluster.Client, Callers);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(stop.Token);

        var alone = await Eventually.Value(() => SiloActivations.ComplaintsPerSilo(cluster), c => c.GetValueOrDefault(first.Name) > 0,
            "the first silo, alone, to hold complaints", TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));
        output.WriteLine($"one silo:    {SiloActivations.Describe(alone)} ({load.Acknowledged.Count} acknowledged)");

        // Scale out: two more silos join while the load runs.
        await cluster.StartSiloAsync();
        await cluster.StartSiloAsync();
        var spread = await WaitForSpread(cluster, cluster.Silos.Select(s => s.Name).ToArray(), TimeSpan.FromSeconds(45));
        output.WriteLine($"three silos: {SiloActivations.Describe(spread)} ({load.Acknowledged.Count} acknowledged)");

        // Scale in: the first silo, which held all the early complaints, is drained (SIGTERM) while the load runs.
        var acknowledgedBeforeDrain = load.Acknowledged.Count;
        await first.TerminateAsync(TimeSpan.FromSeconds(60));
        var acknowledgedByExit = load.Acknowledged.Count;
        await Eventually.True(() => load.Acknowledged.Count > acknowledgedByExit, "a filing acknowledged by the silos left after the drain",
            TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await running;
        var remaining = cluster.Silos.Where(s => !s.HasExited).Select(s => s.Name).ToArray();
        var after = await WaitForSpread(cluster, remaining, TimeSpan.FromSeconds(30));
        output.WriteLine($"two silos:   {SiloActivations.Describe(after)} ({load.Acknowledged.Count} acknowledged)");

        var (_, lost) = await ClusterReadBack.ReadBack(cluster.Client, load.Acknowledged.Keys);
        output.WriteLine($"filed {load.Attempted}, acknowledged {load.Acknowledged.Count}, lost {lost}, failed after retries {load.Failures.Count}, " +
            $"retried {cluster.Retries.Retries.Count} times over {cluster.Retries.FailureWindow.TotalSeconds:0.0} s, the slowest filing took {load.SlowestCall.TotalSeconds:0.0} s");

        Assert.True(alone[first.Name] > 0, "the first silo held no complaint before the others joined");
        Assert.True(load.Acknowledged.Count > acknowledgedBeforeDrain, "no filing was acknowledged after the first silo was drained");
        Assert.Empty(load.Failures);
        Assert.Equal(0, lost);
        Assert.True(first.HasExited, "the drained silo did not exit");
        await ClusterAssertions.ViewsConverge(cluster.Client, load.Acknowledged.Keys, TimeSpan.FromSeconds(20));
    }

    /// <summary>Waits until every named silo holds complaint activations (new filings are placed across the cluster).</summary>
    private static Task<IReadOnlyDictionary<string, int>> WaitForSpread(PostgresCluster cluster, string[] silos, TimeSpan within) =>
        Eventually.Value(() => SiloActivations.ComplaintsPerSilo(cluster), counts => silos.All(s => counts.GetValueOrDefault(s) > 0),
            $"activations to spread to every silo of {string.Join(", ", silos)}", within, TimeSpan.FromSeconds(1));
}
