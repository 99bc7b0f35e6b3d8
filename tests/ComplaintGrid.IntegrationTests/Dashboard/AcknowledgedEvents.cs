using System.Collections.Concurrent;

namespace ComplaintGrid.IntegrationTests.Dashboard;

/// <summary>
/// What the cluster confirmed to the simulator: every filing and every agent action it answered, as the event it put at
/// the end of the complaint's timeline, and every call that failed (a domain refusal is an answer, not a failure).
/// </summary>
public sealed class AcknowledgedEvents
{
    private readonly ConcurrentDictionary<(string ComplaintId, long Sequence), ComplaintEventKind> _events = new();
    private readonly ConcurrentDictionary<string, byte> _filed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(DateTimeOffset At, Exception Error)> _failures = new();

    public int Count => _events.Count;

    /// <summary>Complaints whose filing the cluster acknowledged.</summary>
    public IReadOnlyCollection<string> Filed => (IReadOnlyCollection<string>)_filed.Keys;

    public int FiledCount => _filed.Count;

    public IReadOnlyCollection<(DateTimeOffset At, Exception Error)> Failures => _failures;

    /// <summary>From the first to the last failed call, or zero when none failed.</summary>
    public TimeSpan FailureWindow => _failures.IsEmpty ? TimeSpan.Zero : _failures.Max(f => f.At) - _failures.Min(f => f.At);

    public void Answered(ComplaintView view, bool filing)
    {
        if (filing)
            _filed.TryAdd(view.Id, 0);
        if (view.Timeline.Count > 0)
        {
            var last = view.Timeline[^1];
            _events.TryAdd((view.Id, last.Sequence), last.Kind);
        }
    }

    public void Failed(Exception error) => _failures.Enqueue((TimeProvider.System.GetUtcNow(), error));

    /// <summary>Acknowledged events missing from the complaints read back (same sequence, same kind), or of a complaint not read back.</summary>
    public int LostFrom(IReadOnlyList<ComplaintView> readBack)
    {
        var timelines = readBack.ToDictionary(c => c.Id, c => c.Timeline.ToDictionary(t => t.Sequence, t => t.Kind), StringComparer.Ordinal);
        return _events.Count(e => !timelines.TryGetValue(e.Key.ComplaintId, out var timeline)
            || !timeline.TryGetValue(e.Key.Sequence, out var kind) || kind != e.Value);
    }

    /// <summary>Every complaint an acknowledged event belongs to.</summary>
    public IReadOnlyCollection<string> Complaints => _events.Keys.Select(k => k.ComplaintId).ToHashSet(StringComparer.Ordinal);
}
