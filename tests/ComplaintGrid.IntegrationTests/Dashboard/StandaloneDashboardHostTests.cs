using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintGrid.IntegrationTests.Api;
using ComplaintGrid.IntegrationTests.Cluster;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard served by a stand-alone host that is only an Orleans client of a PostgreSQL cluster of silo
/// processes: the same snapshot, live frames and API as inside the silo.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class StandaloneDashboardHostTests(StandaloneDashboardHostFixture host) : IClassFixture<StandaloneDashboardHostFixture>
{
    private static readonly string[] Departments = ["customer-service", "logistics", "quality-assurance", "finance", "policy"];

    [Fact]
    public async Task Watch_OnTheStandaloneHost_ReturnsSnapshotOfEveryDepartment()
    {
        await using var hub = await OpenHub(StandaloneDashboardHostFixture.Lead, StandaloneDashboardHostFixture.LeadPassword);

        var snapshot = await WatchUntilReady(hub.Connection);

        Assert.Equal(Departments, Tiles(snapshot).Select(t => (string)t["departmentId"]!));
    }

    [Fact]
    public async Task FilingThroughTheStandaloneHostsApi_ShowsInALaterFrameWithinTwoSeconds()
    {
        await using var hub = await OpenHub(StandaloneDashboardHostFixture.Lead, StandaloneDashboardHostFixture.LeadPassword);
        var snapshot = await WatchUntilReady(hub.Connection);
        var version = (long)snapshot["version"]!;
        var before = OpenIn(snapshot, "logistics");

        await host.Http.FileAsync(ApiCalls.Filing(ApiCalls.NewCustomer()));
        var frame = await WaitForFrame(hub.Frames, f => Tiles(f).Any(t => (string)t["departmentId"]! == "logistics" && (int?)t["open"] > before),
            TimeSpan.FromSeconds(20));

        Assert.True((long)frame["version"]! > version);
    }

    [Fact]
    public async Task Api_OnTheStandaloneHost_WithoutCredentials_Is401()
    {
        using var anonymous = host.Anonymous();

        using var response = await anonymous.GetAsync("/api/departments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>
    /// A signed-in hub connection recording every frame. <see cref="HubConnections"/> is bound to the silo's
    /// fixture, so this host gets its own few lines.
    /// </summary>
    private async Task<HubSession> OpenHub(string user, string password)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "/hub/dashboard"), o =>
                o.Headers["Authorization"] = BasicAuth.Header(user, password).ToString())
            .Build();
        var session = new HubSession(connection);
        connection.On<JsonElement>("Frame", frame => session.Frames.Enqueue(JsonNode.Parse(frame.GetRawText())!.AsObject()));
        await connection.StartAsync();
        return session;
    }

    /// <summary>The host's feed polls the cluster once it has started: wait for a snapshot with tiles.</summary>
    private static Task<JsonObject> WatchUntilReady(HubConnection connection) =>
        Eventually.Value(async () => JsonNode.Parse((await connection.InvokeAsync<JsonElement>("Watch", (string?)null)).GetRawText())!.AsObject(),
            snapshot => Tiles(snapshot).Count > 0, "a snapshot with departments from the stand-alone host's feed", TimeSpan.FromSeconds(10));

    private static async Task<JsonObject> WaitForFrame(ConcurrentQueue<JsonObject> frames, Func<JsonObject, bool> match, TimeSpan timeout)
    {
        var found = await Eventually.Value(() => (Frame: frames.FirstOrDefault(match), Received: frames.Count),
            f => f.Frame is not null, "a matching frame (none among the frames received)", timeout, TimeSpan.FromMilliseconds(20));
        return found.Frame!;
    }

    private static int OpenIn(JsonObject snapshotOrFrame, string departmentId) =>
        (int)Tiles(snapshotOrFrame).Single(t => (string)t["departmentId"]! == departmentId)["open"]!;

    private static List<JsonObject> Tiles(JsonObject snapshotOrFrame) =>
        snapshotOrFrame["departments"]?.AsArray().Select(t => t!.AsObject()).ToList() ?? [];

    private sealed class HubSession(HubConnection connection) : IAsyncDisposable
    {
        public HubConnection Connection { get; } = connection;

        public ConcurrentQueue<JsonObject> Frames { get; } = new();

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}
