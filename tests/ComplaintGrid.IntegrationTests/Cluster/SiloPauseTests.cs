using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// A silo frozen (SIGSTOP) past the membership timeout and then resumed: the cluster declares it dead and moves on,
/// its stale copies of complaints write nothing over newer state, and it leaves the cluster by itself.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class SiloPauseTests(ITestOutputHelper output)
{
    private const int Callers = 12;

    [Fact]
    public async Task PauseOneSiloPastTheMembershipTimeout_ThenResume_NoStaleWriteOverwritesNewerState()
    {
        await using var cluster = await PostgresCluster.StartThreeSilosAsync(shortClocks: false);
        var load = new ActingLoadGenerator(cluster.Client, Callers);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(stop.Token);

        await Task.Delay(TimeSpan.FromSeconds(5));
        var paused = cluster.Silos[1];
        await paused.PauseAsync();
        // Test membership declares a silent silo dead in a few seconds; stay frozen well past that.
        await Task.Delay(TimeSpan.FromSeconds(12));
        var filedWhilePaused = load.Filed.Count;
        await paused.ResumeAsync();
        var leftByItself = await paused.WaitForExitAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        await running;

        var (complaints, lost) = await ClusterReadBack.ReadBack(cluster.Client, load.Filed.Keys);
        var unacknowledged = complaints.Where(c => load.Acknowledged.Contains(c.Id) && c.Status != ComplaintStatus.Acknowledged).Select(c => c.Id).ToArray();
        output.WriteLine($"filed {load.Filed.Count} ({filedWhilePaused} by the end of the pause), acknowledged {load.Acknowledged.Count}, lost {lost}, " +
            $"acknowledgements overwritten {unacknowledged.Length}, failed after retries {load.Failures.Count}, " +
            $"retried {cluster.Retries.Retries.Count} times over {cluster.Retries.FailureWindow.TotalSeconds:0.0} s; the paused silo {(leftByItself ? "left by itself" : "was still running")}");

        Assert.True(leftByItself, "the resumed silo did not stop after learning it was declared dead:\n" + paused.Output);
        Assert.Equal(0, lost);
        Assert.Empty(unacknowledged);
        Assert.Empty(load.Failures);
        // Every timeline is whole: sequence numbers 1..n, the filing first, nothing doubled by a second copy.
        Assert.All(complaints, c => Assert.Equal(Enumerable.Range(1, c.Timeline.Count).Select(i => (long)i), c.Timeline.Select(t => t.Sequence)));
        Assert.All(complaints, c => Assert.True(c.Timeline.Count(t => t.Kind == ComplaintEventKind.Acknowledged) <= 1, $"{c.Id} was acknowledged twice"));
        await ClusterAssertions.ViewsConverge(cluster.Client, load.Filed.Keys, TimeSpan.FromSeconds(20));
    }
}
