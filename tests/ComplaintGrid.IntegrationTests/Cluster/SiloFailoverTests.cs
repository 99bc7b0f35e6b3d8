using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>Three silo processes on one PostgreSQL: a silo lost under load loses nothing, and a drained one fails nothing.</summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class SiloFailoverTests(ITestOutputHelper output)
{
    private const int Callers = 20;

    [Fact]
    public async Task KillOneSiloOfThree_UnderLoad_LosesNothingAndEveryDueDeadlineFires()
    {
        await using var cluster = await PostgresCluster.StartThreeSilosAsync(shortClocks: true);
        var load = new LoadGenerator(cluster.Client, Callers);
        using var stop = new CancellationTokenSource();

        var running = load.RunAsync(stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var killedAt = TimeProvider.System.GetUtcNow();
        cluster.Silos[1].Kill();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await running;
        var lastFiling = TimeProvider.System.GetUtcNow();

        var (complaints, lost) = await ClusterReadBack.ReadBack(cluster.Client, load.Acknowledged.Keys);
        output.WriteLine($"filed {load.Attempted}, acknowledged {load.Acknowledged.Count}, lost {lost}, " +
            $"failed after retries {load.Failures.Count}, retried {cluster.Retries.Retries.Count} times, " +
            $"retries spanned {cluster.Retries.FailureWindow.TotalSeconds:0.0} s around the kill at {killedAt:HH:mm:ss}, " +
            $"the slowest filing took {load.SlowestCall.TotalSeconds:0.0} s");
        // Load really ran through the fault (every caller got filings in); how many depends on how busy the machine is.
        Assert.True(load.Acknowledged.Count >= Callers, $"only {load.Acknowledged.Count} filings acknowledged");
        Assert.Equal(0, lost);
        Assert.Empty(load.Failures);

        // Every short deadline (20 s first response, level 4 at 40 s) falls due after the kill; each must fire,
        // including those whose reminders lived on the dead silo.
        await ShortDeadlinesAllFire(cluster, complaints, lastFiling);

        var (afterwards, _) = await ClusterReadBack.ReadBack(cluster.Client, load.Acknowledged.Keys);
        output.WriteLine($"{ClusterAssertions.EachDeadlineFiredOnce(afterwards)} deadline escalations fired, none twice");
        await ClusterAssertions.ViewsConverge(cluster.Client, load.Acknowledged.Keys, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task KillTwoSilosOfThree_OneAfterTheOther_UnderLoad_LosesNothingAndTheLastSiloCarriesOn()
    {
        await using var cluster = await PostgresCluster.StartThreeSilosAsync(shortClocks: true);
        var load = new LoadGenerator(cluster.Client, Callers);
        using var stop = new CancellationTokenSource();

        var running = load.RunAsync(stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(5));
        cluster.Silos[1].Kill();
        await Task.Delay(TimeSpan.FromSeconds(8));
        var acknowledgedAtSecondKill = load.Acknowledged.Count;
        cluster.Silos[2].Kill();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await running;
        var lastFiling = TimeProvider.System.GetUtcNow();

        var (complaints, lost) = await ClusterReadBack.ReadBack(cluster.Client, load.Acknowledged.Keys);
        output.WriteLine($"filed {load.Attempted}, acknowledged {load.Acknowledged.Count} ({load.Acknowledged.Count - acknowledgedAtSecondKill} after the second kill), " +
            $"lost {lost}, failed after retries {load.Failures.Count}, retried {cluster.Retries.Retries.Count} times over {cluster.Retries.FailureWindow.TotalSeconds:0.0} s, " +
            $"the slowest filing took {load.SlowestCall.TotalSeconds:0.0} s");
        Assert.True(load.Acknowledged.Count > acknowledgedAtSecondKill, "nothing was acknowledged after the second silo was killed");
        Assert.Equal(0, lost);
        Assert.Empty(load.Failures);

        // The short deadlines of complaints whose reminders lived on either dead silo fire on the last one, once each.
        await ShortDeadlinesAllFire(cluster, complaints, lastFiling);
        var (afterwards, _) = await ClusterReadBack.ReadBack(cluster.Client, load.Acknowledged.Keys);
        output.WriteLine($"{ClusterAssertions.EachDeadlineFiredOnce(afterwards)} deadline escalations fired, none twice");
        await ClusterAssertions.ViewsConverge(cluster.Client, load.Acknowledged.Keys, TimeSpan.FromSeconds(20));
    }

    /// <summary>Waits until every critical logistics complaint (20 s first response in these tests) reached level 4.</summary>
    private async Task ShortDeadlinesAllFire(PostgresCluster cluster, IReadOnlyList<ComplaintView> complaints, DateTimeOffset lastFiling)
    {
        var urgent = complaints.Where(c => c.DepartmentId == "logistics" && c.Severity == Severity.Critical).Select(c => c.Id).ToArray();
        Assert.NotEmpty(urgent);
        // Level 4 falls due 40 s after filing; the rest is time for the survivors to take over and work through the
        // dead silos' reminders on a busy 2-core machine.
        var deadline = lastFiling + PostgresCluster.ShortFirstResponse * 2 + TimeSpan.FromSeconds(90);
        string[] pending = urgent;
        var levels = "";
        while (pending.Length > 0 && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var views = await Task.WhenAll(pending.Select(id => cluster.Client.Get(id)));
            pending = views.Where(v => v.Escalations.All(e => e.Level != EscalationLevel.Level4)).Select(v => v.Id).ToArray();
            levels = string.Join(", ", views.Where(v => pending.Contains(v.Id)).GroupBy(v => v.EscalationLevel).Select(g => $"{g.Key} x{g.Count()}"));
        }
        output.WriteLine($"{urgent.Length} short deadlines fell due; {pending.Length} had not reached level 4 by {deadline:HH:mm:ss} ({levels})");
        Assert.Empty(pending);
    }

    [Fact]
    public async Task TerminateOneSiloOfThree_UnderLoad_DrainsWithoutFailedRequests()
    {
        await using var cluster = await PostgresCluster.StartThreeSilosAsync(shortClocks: false);
        var load = new LoadGenerator(cluster.Client, Callers);
        using var stop = new CancellationTokenSource();

        var running = load.RunAsync(stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(4));
        await cluster.Silos[2].TerminateAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(4));
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
