using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Cluster;

/// <summary>
/// A silo frozen (SIGSTOP) past the membership timeout and then resumed: the cluster declares it dead and moves on,
/// its stale copies of complaints write nothing over newer state (copies activated on the survivors since write before
/// their first read, so such a copy cannot store a step they would not show), and it leaves the cluster by itself.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class SiloPauseTests(ITestOutputHelper output)
{
    [Fact]
    public async Task PauseOneSiloPastTheMembershipTimeout_ThenResume_NoStaleWriteOverwritesNewerState()
    {
        await using var cluster = await PostgresCluster.StartThreeSilosAsync(shortClocks: true);
        await using var load = SimulatedLoad.Start(cluster.Grains);
        // On a busy machine the first answers can take a while: the fault hits a cluster that is serving.
        await load.Ledger.WaitForAcknowledged(TimeSpan.FromSeconds(60));

        // The scenario, not a wait for a result: load runs a while first, so every silo holds complaints and reminders.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var paused = cluster.Silos[1];
        var pausedAt = TimeProvider.System.GetUtcNow();
        await paused.PauseAsync();
        // Test membership declares a silent silo dead in a few seconds; stay frozen well past that.
        await Task.Delay(TimeSpan.FromSeconds(12));
        await paused.ResumeAsync();
        var resumedAt = TimeProvider.System.GetUtcNow();
        var leftByItself = await paused.WaitForExitAsync(TimeSpan.FromSeconds(60));
        // The scenario: the load runs on through the survivors' take-over before it stops; the proof below decides.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await load.StopAsync();
        var stoppedAt = TimeProvider.System.GetUtcNow();

        // The proof's exact sequence check is what catches a stale copy writing over newer state: an acknowledged step
        // overwritten is missing at its sequence number, one written again is there twice.
        // Every untouched complaint's first response falls due by then, the paused silo's included: firings enough to
        // count even when few complaints filed early went untouched (the stop alone left as few as one).
        var report = await FaultProof.Run("SIGSTOP one silo past the membership timeout, then SIGCONT", pausedAt, cluster, load.Ledger,
            stoppedAt + PostgresCluster.ShortFirstResponse, output);
        output.WriteLine($"{load.Ledger.AcknowledgedSince(resumedAt)} acknowledged after the resume; the paused silo {(leftByItself ? "left by itself" : "was still running")}");
        Assert.True(leftByItself, "the resumed silo did not stop after learning it was declared dead:\n" + paused.Output);
        // What fences the paused silo's copies: the survivors learned of a death, so copies activated there write first.
        Assert.All(cluster.Silos.Where(s => s != paused), s => Assert.True(s.Logged("was declared dead without leaving"),
            $"{s.Name} did not log the death:\n{s.Output}"));
        Assert.True(report.DeadlineFirings > 0, "no deadline fell due during the test");
    }
}
