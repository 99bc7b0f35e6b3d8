using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>Three silo processes on one PostgreSQL: a silo lost under load loses nothing, and a drained one fails nothing.</summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class SiloFailoverTests(ITestOutputHelper output)
{
    private const int Callers = 20;

    /// <summary>Load runs this long before the first kill, so every silo holds complaints and reminders.</summary>
    private static readonly TimeSpan BeforeTheKill = TimeSpan.FromSeconds(5);

    /// <summary>Load runs this long between two kills, so the second silo is lost after the first loss settled.</summary>
    private static readonly TimeSpan BetweenKills = TimeSpan.FromSeconds(8);

    /// <summary>Load runs on this long after the last kill, through the survivors' take-over.</summary>
    private static readonly TimeSpan AfterTheKill = TimeSpan.FromSeconds(10);

    [Fact]
    public Task KillOneSiloOfThree_UnderLoad_LosesNothingAndEveryDueDeadlineFiresOnce() =>
        KillUnderLoad("SIGKILL one silo of three", 1);

    [Fact]
    public Task KillTwoSilosOfThree_OneAfterTheOther_UnderLoad_LosesNothingAndTheLastSiloCarriesOn() =>
        KillUnderLoad("SIGKILL two silos of three, one after the other", 1, 2);

    /// <summary>
    /// The simulator files and acts while the given silos are killed one after the other; the last silo standing must
    /// carry on acknowledging, and every short deadline (20 s first response, level 4 at 40 s after filing) of what was
    /// filed must fire once, including those whose reminders lived on a dead silo.
    /// </summary>
    private async Task KillUnderLoad(string fault, params int[] silos)
    {
        await using var cluster = await PostgresCluster.StartThreeSilosAsync(shortClocks: true);
        await using var load = SimulatedLoad.Start(cluster.Grains);
        // On a busy machine the first answers can take a while: the fault hits a cluster that is serving.
        await load.Ledger.WaitForAcknowledged(TimeSpan.FromSeconds(60));
        await Task.Delay(BeforeTheKill);
        var firstKillAt = TimeProvider.System.GetUtcNow();
        var lastKillAt = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < silos.Length; i++)
        {
            if (i > 0)
                await Task.Delay(BetweenKills);
            lastKillAt = TimeProvider.System.GetUtcNow();
            cluster.Silos[silos[i]].Kill();
        }
        await Task.Delay(AfterTheKill);
        // The load ran on for its while; the last silo standing must also have acknowledged something by the stop.
        await Eventually.True(() => load.Ledger.AcknowledgedSince(lastKillAt) > 0, "a step acknowledged after the last kill",
            TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(200));
        await load.StopAsync();
        var stoppedAt = TimeProvider.System.GetUtcNow();

        var report = await FaultProof.Run(fault, firstKillAt, cluster, load.Ledger, stoppedAt + PostgresCluster.ShortFirstResponse * 2, output);
        var afterLastKill = load.Ledger.AcknowledgedSince(lastKillAt);
        output.WriteLine($"{afterLastKill} acknowledged after the last kill at {lastKillAt:HH:mm:ss}");
        Assert.True(afterLastKill > 0, "nothing was acknowledged after the last kill");
        Assert.True(report.DeadlineFirings > 0, "no deadline fell due during the fault");
    }

    [Fact]
    public async Task TerminateOneSiloOfThree_UnderLoad_DrainsWithoutFailedRequests()
    {
        await using var cluster = await PostgresCluster.StartThreeSilosAsync(shortClocks: false);
        var load = new LoadGenerator(cluster.Client, Callers);
        using var stop = new CancellationTokenSource();

        var running = load.RunAsync(stop.Token);
        // The scenario, not a wait for a result: the drain must meet calls in flight, before and after it.
        await Task.Delay(TimeSpan.FromSeconds(4));
        await cluster.Silos[2].TerminateAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(4));
        // The load ran on for its while; on a busy machine it may need longer for every caller to get filings in.
        await Eventually.True(() => load.Acknowledged.Count >= Callers, $"{Callers} filings acknowledged",
            TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(200));
        await stop.CancelAsync();
        await running;

        var (_, lost) = await ClusterReadBack.ReadBack(cluster.Client, load.Acknowledged.Keys);
        output.WriteLine($"filed {load.Attempted}, acknowledged {load.Acknowledged.Count}, lost {lost}, " +
            $"failed after retries {load.Failures.Count}, retried {cluster.Retries.Retries.Count} times over {cluster.Retries.FailureWindow.TotalSeconds:0.0} s, " +
            $"the slowest filing took {load.SlowestCall.TotalSeconds:0.0} s");
        // Load really ran through the fault (every caller got filings in); how many depends on how busy the machine is.
        Assert.True(load.Acknowledged.Count >= Callers, $"only {load.Acknowledged.Count} filings acknowledged");
        Assert.Empty(load.Failures);
        Assert.Equal(0, lost);
        await ClusterAssertions.ViewsConverge(cluster.Client, load.Acknowledged.Keys, TimeSpan.FromSeconds(20));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterProcessCollection
{
    public const string Name = "cluster-processes";
}
