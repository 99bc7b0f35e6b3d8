using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>A .NET SignalR client on the dashboard hub, recording every frame with the time it arrived.</summary>
internal sealed class HubConnections : IAsyncDisposable
{
    private readonly HubConnection _connection;

    private HubConnections(HubConnection connection) => _connection = connection;

    public ConcurrentQueue<(DateTimeOffset ReceivedAt, JsonObject Frame)> Frames { get; } = new();

    public static Task<HubConnections> Open(DashboardHostFixture host, string user, string password) =>
        Open(host.BaseAddress, user, password);

    public static async Task<HubConnections> Open(Uri baseAddress, string user, string password)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hub/dashboard"), o =>
                o.Headers["Authorization"] = BasicAuth.Header(user, password).ToString())
            .Build();
        var hub = new HubConnections(connection);
        connection.On<JsonElement>("Frame", frame =>
            hub.Frames.Enqueue((TimeProvider.System.GetUtcNow(), JsonNode.Parse(frame.GetRawText())!.AsObject())));
        await connection.StartAsync();
        return hub;
    }

    public async Task<JsonObject> Watch(string? departmentId) =>
        JsonNode.Parse((await _connection.InvokeAsync<JsonElement>("Watch", departmentId)).GetRawText())!.AsObject();

    public Task Stop() => _connection.StopAsync();

    public Task Start() => _connection.StartAsync();

    /// <summary>Waits until a frame satisfies <paramref name="match"/>; returns it, or fails after <paramref name="timeout"/>.</summary>
    public async Task<JsonObject> WaitForFrame(Func<JsonObject, bool> match, TimeSpan timeout)
    {
        var found = await Eventually.Value(() => (Frame: Frames.Select(f => f.Frame).FirstOrDefault(match), Received: Frames.Count),
            f => f.Frame is not null, "a matching frame (none among the frames received)", timeout, TimeSpan.FromMilliseconds(20));
        return found.Frame!;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
