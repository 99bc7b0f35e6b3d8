using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintGrid.Benchmarks.Dashboard;

/// <summary>
/// One SignalR .NET client on the dashboard hub watching all departments, as a wall screen would. It keeps only
/// what the latency calculation needs: per tile, when its frame arrived and its filed-plus-resolved count; and per
/// frame, how long it took from the host's <c>sentAt</c> to here, how long after the host's previous frame it was sent,
/// and its size; per escalation row, when it first arrived.
/// </summary>
internal sealed class DashboardWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly IReadOnlyDictionary<string, int> _departments;
    private readonly ConcurrentQueue<TileObservation> _tiles = new();
    private readonly ConcurrentQueue<double> _transportMs = new();
    private readonly ConcurrentQueue<double> _gapMs = new();
    private readonly ConcurrentQueue<(string ComplaintId, long ArrivedAt)> _rows = new();
    private long _bytes;
    private long _lastSentTicks; // UTC ticks of the last frame's sentAt; 0 before the first of a run
    private int _frames;

    private DashboardWatcher(HubConnection connection, IReadOnlyDictionary<string, int> departments)
    {
        _connection = connection;
        _departments = departments;
        _known = Enumerable.Range(0, departments.Count).Select(_ => new TileCounts()).ToArray();
        // Arrival is stamped first so that parsing is not counted against the host.
        _connection.On<JsonElement>("Frame", frame => Record(Stopwatch.GetTimestamp(), TimeProvider.System.GetUtcNow(), frame));
    }

    // {"type":1,"target":"Frame","arguments":[ … ]} and the record separator.
    private const int InvocationEnvelopeBytes = 43;

    private readonly TileCounts[] _known;

    public int Frames => Volatile.Read(ref _frames);

    public static async Task<DashboardWatcher> Open(Uri hub, string user, string password, IReadOnlyDictionary<string, int> departments)
    {
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, o => o.Headers["Authorization"] = basic.ToString())
            .Build();
        var watcher = new DashboardWatcher(connection, departments);
        await connection.StartAsync();
        // All departments (null): the group every wall screen without a filter is in.
        var snapshot = await connection.InvokeAsync<JsonElement>("Watch", (string?)null);
        foreach (var tile in snapshot.GetProperty("departments").EnumerateArray())
        {
            if (departments.TryGetValue(tile.GetProperty("departmentId").GetString() ?? "", out var department))
            {
                watcher._known[department].Filed = tile.GetProperty("newLast15Minutes").GetInt32();
                watcher._known[department].Resolved = tile.GetProperty("resolvedLastHour").GetInt32();
            }
        }
        return watcher;
    }

    /// <summary>Takes what was recorded since the last call, so each run is measured on its own frames.</summary>
    public (TileObservation[] Tiles, double[] TransportMs, double[] GapMs, int Frames, (string ComplaintId, long ArrivedAt)[] Rows, long Bytes) Drain()
    {
        var rows = new List<(string, long)>();
        while (_rows.TryDequeue(out var row))
            rows.Add(row);
        var tiles = new List<TileObservation>();
        while (_tiles.TryDequeue(out var tile))
            tiles.Add(tile);
        var transport = new List<double>();
        while (_transportMs.TryDequeue(out var ms))
            transport.Add(ms);
        var gaps = new List<double>();
        while (_gapMs.TryDequeue(out var ms))
            gaps.Add(ms);
        // The pause between runs is not a gap between frames.
        Interlocked.Exchange(ref _lastSentTicks, 0);
        return (tiles.ToArray(), transport.ToArray(), gaps.ToArray(), Interlocked.Exchange(ref _frames, 0), rows.ToArray(),
            Interlocked.Exchange(ref _bytes, 0));
    }

    private void Record(long arrivedAt, DateTimeOffset arrivedWall, JsonElement frame)
    {
        Interlocked.Increment(ref _frames);
        // The frame's JSON as the hub wrote it, inside SignalR's invocation message and its record separator.
        Interlocked.Add(ref _bytes, Encoding.UTF8.GetByteCount(frame.GetRawText()) + InvocationEnvelopeBytes);
        if (frame.TryGetProperty("escalations", out var rows) && rows.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in rows.EnumerateArray())
                _rows.Enqueue((row.GetProperty("complaintId").GetString() ?? "", arrivedAt));
        }
        if (frame.TryGetProperty("sentAt", out var sentAt) && sentAt.TryGetDateTimeOffset(out var sent))
        {
            _transportMs.Enqueue((arrivedWall - sent).TotalMilliseconds);
            var last = Interlocked.Exchange(ref _lastSentTicks, sent.UtcTicks);
            if (last != 0)
                _gapMs.Enqueue(TimeSpan.FromTicks(sent.UtcTicks - last).TotalMilliseconds);
        }
        if (!frame.TryGetProperty("departments", out var tiles) || tiles.ValueKind != JsonValueKind.Array)
            return;
        foreach (var tile in tiles.EnumerateArray())
        {
            if (!_departments.TryGetValue(tile.GetProperty("departmentId").GetString() ?? "", out var department))
                continue;
            // A frame may carry only the fields that changed: an absent count is the one last received.
            var known = _known[department];
            if (tile.TryGetProperty("newLast15Minutes", out var filed))
                known.Filed = filed.GetInt32();
            if (tile.TryGetProperty("resolvedLastHour", out var resolved))
                known.Resolved = resolved.GetInt32();
            _tiles.Enqueue(new TileObservation(arrivedAt, department, known.Filed + known.Resolved));
        }
    }

    // Frames arrive one at a time per connection (SignalR runs a connection's handlers in order).
    private sealed class TileCounts
    {
        public int Filed;
        public int Resolved;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
