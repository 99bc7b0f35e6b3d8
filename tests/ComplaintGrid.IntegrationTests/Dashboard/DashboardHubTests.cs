using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>The hub through the official .NET SignalR client: snapshot, then deltas, at most five frames a second.</summary>
[Collection(DashboardHostCollection.Name)]
public sealed class DashboardHubTests(DashboardHostFixture host)
{
    private static readonly string[] Departments = ["customer-service", "logistics", "quality-assurance", "finance", "policy"];

    /// <summary>Generous: the feed sends a frame within an interval (200 ms) of a change; the deadline only bounds a broken run.</summary>
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Watch_ReturnsSnapshotOfEveryDepartment_ThenFramesWithHigherVersions()
    {
        await using var hub = await HubConnections.Open(host, DashboardHostFixture.Lead, DashboardHostFixture.LeadPassword);

        var snapshot = await WatchUntilReady(hub, null);
        var version = (long)snapshot["version"]!;
        var before = OpenIn(snapshot, "logistics");
        await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        var frame = await hub.WaitForFrame(f => Tiles(f).Any(t => (string)t["departmentId"]! == "logistics" && (int?)t["open"] > before),
            Within);

        Assert.Equal(Departments, Tiles(snapshot).Select(t => (string)t["departmentId"]!));
        Assert.True((long)frame["version"]! > version);
    }

    [Fact]
    public async Task Watch_OneDepartment_ReceivesOnlyThatDepartmentsTiles()
    {
        await using var hub = await HubConnections.Open(host, DashboardHostFixture.Lead, DashboardHostFixture.LeadPassword);

        var snapshot = await WatchUntilReady(hub, "finance");
        var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
        filing["category"] = "Billing";
        await host.Http.FileAsync(filing);
        await hub.WaitForFrame(f => Tiles(f).Any(t => (string)t["departmentId"]! == "finance"), Within);

        Assert.Equal(["finance"], Tiles(snapshot).Select(t => (string)t["departmentId"]!));
        Assert.All(hub.Frames, f => Assert.All(Tiles(f.Frame), t => Assert.Equal("finance", (string)t["departmentId"]!)));
    }

    [Fact]
    public async Task Frames_UnderABurstOfEvents_AreAtMostFiveASecond()
    {
        await using var hub = await HubConnections.Open(host, DashboardHostFixture.Lead, DashboardHostFixture.LeadPassword);
        var snapshot = await WatchUntilReady(hub, null);
        var openBefore = OpenInAll(snapshot, []);

        // ~400 filings over ~3 s: far more events than frames.
        var clock = Stopwatch.StartNew();
        var filed = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()))));
            filed += 20;
            // Spreads the burst over the seconds the pacing is measured in: the scenario, not a wait for a result.
            await Task.Delay(100);
        }
        // The burst is over once the frames count every filing of it.
        await Eventually.True(() => OpenInAll(snapshot, hub.Frames.Select(f => f.Frame)) >= openBefore + filed,
            "frames counting every filing of the burst", Within);

        // Paced where they are sent: arrival times also carry this 2-core machine's scheduling jitter.
        var frames = hub.Frames.ToArray(); // frames keep arriving: measure one snapshot of the list
        var sent = frames.Select(f => DateTimeOffset.Parse((string)f.Frame["sentAt"]!, CultureInfo.InvariantCulture)).Order().ToArray();
        Assert.True(sent.Length >= 6, $"expected a steady stream of frames, got {sent.Length}");
        var closest = Enumerable.Range(0, sent.Length - 1).Min(i => sent[i + 1] - sent[i]);
        Assert.True(closest >= TimeSpan.FromMilliseconds(199), $"two frames were sent {closest.TotalMilliseconds} ms apart");
        // Counted by send time: arrival times bunch up when the 2-core machine is busy, which is not the feed's doing.
        var window = sent[^1] - sent[0];
        Assert.True(sent.Length <= window.TotalSeconds * 5 + 1, $"{sent.Length} frames were sent in {window.TotalSeconds} s");
    }

    [Fact]
    public async Task Reconnect_GetsAFreshSnapshot()
    {
        await using var hub = await HubConnections.Open(host, DashboardHostFixture.Lead, DashboardHostFixture.LeadPassword);
        var first = await WatchUntilReady(hub, null);

        await hub.Stop();
        var filing = ApiCalls.Filing(ApiCalls.NewCustomer());
        filing["category"] = "ServiceConduct";
        await host.Http.FileAsync(filing);
        // Another watcher's frame shows the filing: the feed has read it while this one was away.
        await using (var other = await HubConnections.Open(host, DashboardHostFixture.Lead, DashboardHostFixture.LeadPassword))
        {
            var seen = await WatchUntilReady(other, null);
            if (OpenIn(seen, "customer-service") <= OpenIn(first, "customer-service"))
            {
                await other.WaitForFrame(f => Tiles(f).Any(t => (string)t["departmentId"]! == "customer-service" && (int?)t["open"] > OpenIn(first, "customer-service")),
                    Within);
            }
        }
        await hub.Start();
        var second = await hub.Watch(null);

        Assert.True((long)second["version"]! > (long)first["version"]!);
        Assert.True(OpenIn(second, "customer-service") > OpenIn(first, "customer-service"));
    }

    /// <summary>Right after the host starts, the feed may not have polled yet: wait for a snapshot with tiles.</summary>
    internal static Task<JsonObject> WatchUntilReady(HubConnections hub, string? departmentId) =>
        Eventually.Value(() => hub.Watch(departmentId), snapshot => Tiles(snapshot).Count > 0, "a snapshot with departments", Within);

    private static int OpenIn(JsonObject snapshotOrFrame, string departmentId) =>
        (int)Tiles(snapshotOrFrame).Single(t => (string)t["departmentId"]! == departmentId)["open"]!;

    /// <summary>Open complaints in every department: the snapshot's tiles, each updated by the latest frame that changes it.</summary>
    private static int OpenInAll(JsonObject snapshot, IEnumerable<JsonObject> frames)
    {
        var open = Tiles(snapshot).ToDictionary(t => (string)t["departmentId"]!, t => (int)t["open"]!);
        foreach (var frame in frames.Where(f => (long)f["version"]! > (long)snapshot["version"]!))
        {
            // A frame carries only the fields that changed: a tile without "open" left it as it was.
            foreach (var tile in frame["departments"]?.AsArray() ?? [])
            {
                if (tile!["open"] is { } changed)
                    open[(string)tile["departmentId"]!] = (int)changed;
            }
        }
        return open.Values.Sum();
    }

    private static List<JsonObject> Tiles(JsonObject snapshotOrFrame) =>
        snapshotOrFrame["departments"]?.AsArray().Select(t => t!.AsObject()).ToList() ?? [];
}
