using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// A .NET SignalR client on the dashboard hub that behaves like the page: reconnects automatically, never giving up,
/// and calls <c>Watch</c> again after every reconnect, keeping each snapshot with the time it arrived.
/// </summary>
internal sealed class ReconnectingWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<(DateTimeOffset At, JsonObject Snapshot)> _snapshots = new();
    private readonly ConcurrentQueue<DateTimeOffset> _reconnects = new();
    private long _frames;

    private ReconnectingWatcher(HubConnection connection) => _connection = connection;

    public int Frames => (int)Interlocked.Read(ref _frames);

    public IReadOnlyCollection<DateTimeOffset> Reconnects => _reconnects;

    public IReadOnlyCollection<(DateTimeOffset At, JsonObject Snapshot)> Snapshots => _snapshots;

    public HubConnectionState State => _connection.State;

    public static async Task<ReconnectingWatcher> Open(Uri baseAddress, string user, string password)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hub/dashboard"), o =>
                o.Headers["Authorization"] = BasicAuth.Header(user, password).ToString())
            .WithAutomaticReconnect(new RetryEveryHalfSecond())
            .Build();
        var watcher = new ReconnectingWatcher(connection);
        connection.On<JsonElement>("Frame", _ => Interlocked.Increment(ref watcher._frames));
        connection.Reconnected += async _ =>
        {
            watcher._reconnects.Enqueue(TimeProvider.System.GetUtcNow());
            try
            {
                await watcher.Watch();
            }
            catch (Exception ex) when (ex is HubException or InvalidOperationException or IOException)
            {
                // The test's own polling watches again; a lost first attempt shows as a later snapshot.
            }
        };
        await connection.StartAsync();
        return watcher;
    }

    /// <summary>Watches every department and keeps the snapshot.</summary>
    public async Task<JsonObject> Watch()
    {
        var snapshot = JsonNode.Parse((await _connection.InvokeAsync<JsonElement>("Watch", (string?)null)).GetRawText())!.AsObject();
        _snapshots.Enqueue((TimeProvider.System.GetUtcNow(), snapshot));
        return snapshot;
    }

    /// <summary>
    /// Watches again until a snapshot satisfies <paramref name="match"/> (a restarted host's feed fills within a poll or
    /// two); returns it, or fails at <paramref name="deadline"/>.
    /// </summary>
    public async Task<JsonObject> WatchUntil(Func<JsonObject, bool> match, DateTimeOffset deadline, string what)
    {
        if (_snapshots.LastOrDefault().Snapshot is { } latest && match(latest))
            return latest;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (_connection.State == HubConnectionState.Connected)
            {
                try
                {
                    var snapshot = await Watch();
                    if (match(snapshot))
                        return snapshot;
                }
                catch (Exception ex) when (ex is HubException or InvalidOperationException or IOException)
                {
                    // Disconnected between the check and the call: the client is reconnecting.
                }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
        var last = _snapshots.LastOrDefault().Snapshot?.ToJsonString() ?? "none";
        throw new TimeoutException($"No snapshot {what} by {deadline:HH:mm:ss}; state {_connection.State}, " +
            $"{_reconnects.Count} reconnect(s), {_snapshots.Count} snapshot(s), the last: {last[..Math.Min(300, last.Length)]}");
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
