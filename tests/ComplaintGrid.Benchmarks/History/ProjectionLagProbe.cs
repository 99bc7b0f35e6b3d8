using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using ComplaintGrid.Silo.Storage.History;
using Dapper;

namespace ComplaintGrid.Benchmarks.History;

/// <summary>
/// Times how long after a complaint's call returned (its event stored) the history row shows that event: events are
/// handed in as the calls return, and one loop reads the waiting complaints' <c>last_sequence</c> every few
/// milliseconds in one query, on a connection of its own (a reader; the embedded file's writer gate is not taken).
/// </summary>
internal sealed class ProjectionLagProbe(Func<DbConnection> connect, HistoryDialect dialect) : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private readonly ConcurrentDictionary<(string ComplaintId, long Sequence), long> _waiting = new();
    private readonly ConcurrentBag<double> _lags = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public IReadOnlyCollection<double> Lags => _lags;

    public int Waiting => _waiting.Count;

    public void Start() => _loop = Task.Run(Loop);

    /// <summary>The call that stored event <paramref name="sequence"/> of the complaint returned at <paramref name="storedAt"/>.</summary>
    public void Stored(string complaintId, long sequence, long storedAt) => _waiting[(complaintId, sequence)] = storedAt;

    /// <summary>Waits until nothing is waiting, or <paramref name="within"/> has passed; returns how many never showed.</summary>
    public async Task<int> Drain(TimeSpan within)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(within.TotalSeconds * Stopwatch.Frequency);
        while (!_waiting.IsEmpty && Stopwatch.GetTimestamp() < deadline)
            await Task.Delay(Interval);
        return _waiting.Count;
    }

    private async Task Loop()
    {
        await using var connection = connect();
        await connection.OpenAsync();
        while (!_stop.IsCancellationRequested)
        {
            var waiting = _waiting.Keys.ToArray();
            if (waiting.Length > 0)
            {
                var ids = waiting.Select(w => w.ComplaintId).Distinct().ToArray();
                var rows = (await connection.QueryAsync<(string ComplaintId, long LastSequence)>(
                    $"SELECT h.complaint_id, h.last_sequence FROM complaint_history h WHERE {dialect.In("h.complaint_id", "ids")}", new { ids })).ToDictionary(r => r.ComplaintId, r => r.LastSequence);
                var seenAt = Stopwatch.GetTimestamp();
                foreach (var w in waiting)
                {
                    if (rows.TryGetValue(w.ComplaintId, out var last) && last >= w.Sequence && _waiting.TryRemove(w, out var storedAt))
                        _lags.Add(Stopwatch.GetElapsedTime(storedAt, seenAt).TotalMilliseconds);
                }
            }
            try
            {
                await Task.Delay(Interval, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
            await _loop;
        _stop.Dispose();
    }
}
