using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Cluster;
using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The stand-alone dashboard host killed (SIGKILL) while the call-centre simulator files and acts at a steady rate:
/// the cluster does not notice (the host is not on the load path), and when the host is back on the same address every
/// browser and hub client reconnects by itself and gets a fresh snapshot that includes the filings made while it was down.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class DashboardHostKillTests(ITestOutputHelper output, Chromium chromium) : IClassFixture<Chromium>
{
    private const string Lead = "lead-lia";
    private const string LeadPassword = "lead-lia-password";
    private const int Watchers = 5;
    private static readonly string[] Departments = ["customer-service", "logistics", "quality-assurance", "finance", "policy"];
    private const int DepartmentCount = 5;

    /// <summary>How long the host stays dead while the load goes on: the scenario itself, not a wait for a result.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    /// <summary>Every wait polls up to this, generous for a busy 2-core machine; a healthy run needs a fraction of it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task KillTheDashboardHost_UnderLoad_BrowsersReconnectToAFreshSnapshotAndTheClusterLosesNothing()
    {
        // Short clocks: untouched logistics complaints breach and climb the ladder while the test runs, some of them while
        // the host is down: the deadlines the dashboard shows, and the proof that none fires twice.
        await using var cluster = await PostgresCluster.CreateAsync(shortClocks: true);
        await cluster.StartSiloAsync();
        await cluster.ConnectClientAsync();
        var signInKeys = Directory.CreateTempSubdirectory("complaintgrid-dashboard-keys-");
        var port = LoopbackPorts.Next();
        (string, string, string)[] users = [(Lead, LeadPassword, "lead")];
        var host = await DashboardHostProcess.StartAsync(cluster, port, signInKeys.FullName, users);
        await using var load = SimulatedLoad.Start(cluster.Grains);
        var watchers = new List<ReconnectingWatcher>();
        try
        {
            await using var context = await chromium.NewContextAsync();
            var page = await WallScreen.SignIn(context, host.BaseAddress, Lead, LeadPassword);
            for (var i = 0; i < Watchers; i++)
                watchers.Add(await ReconnectingWatcher.Open(host.BaseAddress, Lead, LeadPassword));
            var liveBy = TimeProvider.System.GetUtcNow() + Patience;
            foreach (var watcher in watchers)
                await watcher.WatchUntil(s => Tiles(s).Count == DepartmentCount && NewIn(s) > 0, liveBy, "with every department and a filing");
            await page.WaitUntil(async p => (await p.Counts()) is { Tiles: DepartmentCount, New: > 0 }, liveBy, "every tile with a filing");

            var filedAtKill = load.Ledger.Filed.Count;
            var killedAt = TimeProvider.System.GetUtcNow();
            await host.KillAsync();
            await host.DisposeAsync();
            await page.WaitUntil(async p => await p.ConnectionState() != "live", killedAt + Patience, "that it lost its host");
            await Task.Delay(Outage);
            var restartedAt = TimeProvider.System.GetUtcNow();
            host = await DashboardHostProcess.StartAsync(cluster, port, signInKeys.FullName, users);
            var backAt = TimeProvider.System.GetUtcNow();
            var filedByRestart = load.Ledger.Filed.Count;
            var clusterNew = await NewInCluster(cluster);
            Assert.True(filedByRestart > filedAtKill, $"no filing was acknowledged while the host was down ({filedAtKill} before, {filedByRestart} after)");

            // Fresh: it counts at least every filing acknowledged before the host came back, those of the outage included,
            // and at least what the cluster's own department views said after the restart.
            var fresh = Math.Max(filedByRestart, clusterNew);
            var freshBy = TimeProvider.System.GetUtcNow() + Patience;
            var snapshots = new List<JsonObject>();
            foreach (var watcher in watchers)
                snapshots.Add(await watcher.WatchUntil(s => Tiles(s).Count == DepartmentCount && NewIn(s) >= fresh, freshBy, $"counting at least {fresh} filings"));
            var pageLiveAt = await page.WaitUntil(async p => await p.ConnectionState() == "live", freshBy, "the live state again");
            var pageFreshAt = await page.WaitUntil(async p => (await p.Counts()) is { Tiles: DepartmentCount } c && c.New >= fresh, freshBy, $"at least {fresh} filings");
            Assert.All(watchers, w => Assert.NotEmpty(w.Reconnects));
            // The page stayed signed in because both hosts read the keys from the configured directory, not from their homes.
            Assert.NotEmpty(signInKeys.GetFiles("key-*.xml"));

            await load.StopAsync();
            var stoppedAt = TimeProvider.System.GetUtcNow();
            var firstFresh = watchers.Min(w => FirstSnapshotAfter(w, killedAt)) - killedAt;
            var allFresh = watchers.Max(w => FirstSnapshotAfter(w, killedAt)) - killedAt;
            output.WriteLine($"{load.Ledger.Filed.Count - filedAtKill} filings acknowledged after the kill; " +
                $"dashboard requests failed for {firstFresh.TotalSeconds:0.0} s (first of {Watchers} hub clients with a fresh snapshot; " +
                $"all by {allFresh.TotalSeconds:0.0} s; the page live again at {(pageLiveAt - killedAt).TotalSeconds:0.0} s and counting " +
                $"{fresh}+ filings at {(pageFreshAt - killedAt).TotalSeconds:0.0} s); the host restarted in {(backAt - restartedAt).TotalSeconds:0.0} s; " +
                $"snapshot versions after the restart {string.Join(", ", snapshots.Select(s => (long)s["version"]!))}");

            // The same proof as every fault test; the host is not on the load path, so no call of the load may fail. A quick
            // run is over before the short clocks' first points: the proof waits until every filing's first response breached.
            var report = await FaultProof.Run("SIGKILL of the stand-alone dashboard host", killedAt, cluster, load.Ledger,
                stoppedAt + PostgresCluster.ShortFirstResponse, output);
            Assert.Equal(0, report.FailedCalls);
            Assert.True(report.DeadlineFirings > 0, "no deadline fell due during the test, so none could fire twice");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{ex.Message}\n--- dashboard host output ---\n{host.Output}", ex);
        }
        finally
        {
            foreach (var watcher in watchers)
                await watcher.DisposeAsync();
            await host.DisposeAsync();
            signInKeys.Delete(recursive: true);
        }
    }

    /// <summary>Filed in the last 15 minutes across the cluster's department views: every filing of this test.</summary>
    private static async Task<int> NewInCluster(PostgresCluster cluster)
    {
        var departments = await Task.WhenAll(Departments.Select(d => cluster.Client.GetDepartment(d)));
        return departments.Sum(d => d.NewLast15Minutes);
    }

    private static DateTimeOffset FirstSnapshotAfter(ReconnectingWatcher watcher, DateTimeOffset killedAt) =>
        watcher.Snapshots.Where(s => s.At > killedAt && Tiles(s.Snapshot).Count == DepartmentCount).Min(s => s.At);

    private static int NewIn(JsonObject snapshot) => Tiles(snapshot).Sum(t => (int)t["newLast15Minutes"]!);

    private static List<JsonObject> Tiles(JsonObject snapshot) =>
        snapshot["departments"]?.AsArray().Select(t => t!.AsObject()).ToList() ?? [];
}
