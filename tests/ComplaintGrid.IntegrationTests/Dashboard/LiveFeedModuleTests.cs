using Xunit.Abstractions;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The live-feed module the page uses (wwwroot/live-feed.js), in node with the official SignalR client, against this
/// host: <c>live-feed.test.js</c> beside this file cuts its sockets mid-stream and checks that frames come back after
/// the automatic reconnect without anyone calling <c>Watch</c>.
/// </summary>
[Collection(DashboardHostCollection.Name)]
public sealed class LiveFeedModuleTests(DashboardHostFixture host, ITestOutputHelper output)
{
    /// <summary>Bounds a broken run only: the node tests take a few seconds, each of their waits bounded at 20 s.</summary>
    private static readonly TimeSpan NodeRunLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task NodeClient_ThroughCutSockets_KeepsReceivingFramesWithoutWatchingAgain()
    {
        var log = await NodeTestRun.PassesAsync("live-feed.test.js", NodeRunLimit, new Dictionary<string, string>
        {
            ["COMPLAINTGRID_LIVE_URL"] = host.BaseAddress.ToString(),
            ["COMPLAINTGRID_LIVE_VIEWER"] = $"{DashboardHostFixture.Lead}:{DashboardHostFixture.LeadPassword}",
            ["COMPLAINTGRID_LIVE_FILER"] = $"{DashboardHostFixture.Supervisor}:{DashboardHostFixture.SupervisorPassword}",
        });
        output.WriteLine(log);
    }
}
