using ComplaintGrid.Domain.Privacy;

namespace ComplaintGrid.Domain.Webhooks;

/// <summary>
/// The rules of one webhook queue over its state: accept events once and in order, hand out each complaint's head
/// when due, and move on after success or after giving up. Lanes with work are indexed in memory so a tick never
/// scans the complaints only remembered for deduplication.
/// </summary>
public sealed class WebhookQueue
{
    private readonly WebhookQueueState _state;
    private readonly HashSet<string> _active;

    public WebhookQueue(WebhookQueueState state)
    {
        _state = state;
        _active = state.Lanes.Where(l => l.Value.Pending.Count > 0).Select(l => l.Key).ToHashSet();
        PendingCount = state.Lanes.Values.Sum(l => l.Pending.Count);
    }

    /// <summary>Deliveries waiting.</summary>
    public int PendingCount { get; private set; }

    /// <summary>True while any delivery waits.</summary>
    public bool HasWork => _active.Count > 0;

    /// <summary>True while a delivery of <paramref name="complaintId"/> waits.</summary>
    public bool Waits(string complaintId) => _active.Contains(complaintId);

    /// <summary>
    /// Appends events not seen before, each complaint's in sequence order. All or nothing: returns false and changes
    /// nothing when the new events would take the queue past <paramref name="capacity"/>. An erasure
    /// (<see cref="ComplaintEventKind.PersonalDataErased"/>) first erases the texts of the complaint's deliveries still
    /// waiting, and is itself queued only when <paramref name="postsErasures"/>: a subscription that did not ask for it
    /// gets none of it but the erasure.
    /// </summary>
    public bool TryAppend(IReadOnlyList<ComplaintEvent> events, DateTimeOffset now, int capacity, out bool changed, bool postsErasures = true)
    {
        changed = false;
        var fresh = events.Where(e => !_state.Lanes.TryGetValue(e.ComplaintId, out var lane) || e.Sequence > lane.LastSequence).ToArray();
        if (fresh.Length == 0)
            return true;
        if (PendingCount + fresh.Length > capacity)
            return false;
        foreach (var e in fresh.OrderBy(e => e.Sequence))
        {
            if (!_state.Lanes.TryGetValue(e.ComplaintId, out var lane))
                _state.Lanes[e.ComplaintId] = lane = new WebhookLane();
            if (e.Sequence <= lane.LastSequence)
                continue; // a duplicate within the same batch
            lane.LastSequence = e.Sequence;
            lane.LastEnqueuedAt = now;
            changed = true;
            if (e.Kind == ComplaintEventKind.PersonalDataErased)
            {
                for (var i = 0; i < lane.Pending.Count; i++)
                    lane.Pending[i] = PersonalDataEraser.Erase(lane.Pending[i]);
                if (!postsErasures)
                    continue;
            }
            lane.Pending.Add(e);
            _active.Add(e.ComplaintId);
            PendingCount++;
        }
        return true;
    }

    /// <summary>
    /// Up to <paramref name="max"/> complaints, not in <paramref name="busy"/>, whose next delivery is due; those waiting
    /// longest first.
    /// </summary>
    public IReadOnlyList<string> Due(DateTimeOffset now, int max, IReadOnlySet<string> busy) =>
        _active.Where(id => !busy.Contains(id) && IsDue(_state.Lanes[id], now))
            .OrderBy(id => _state.Lanes[id].NextAttemptAt ?? DateTimeOffset.MinValue)
            .Take(max)
            .ToArray();

    /// <summary>The complaint's next delivery when it is due, else null. Only the head is ever sent: order per complaint.</summary>
    public ComplaintEvent? DueHead(string complaintId, DateTimeOffset now) =>
        _state.Lanes.TryGetValue(complaintId, out var lane) && lane.Pending.Count > 0 && IsDue(lane, now) ? lane.Pending[0] : null;

    /// <summary>The subscriber accepted <paramref name="e"/>: the complaint's next delivery is due at once.</summary>
    public void Delivered(ComplaintEvent e)
    {
        if (RemoveHead(e))
            _state.Delivered++;
    }

    /// <summary>An attempt of <paramref name="e"/> failed: wait with backoff, or give up once it has failed for <paramref name="giveUpAfter"/>.</summary>
    public WebhookFailureOutcome Failed(ComplaintEvent e, DateTimeOffset now, TimeSpan initialDelay, TimeSpan maxDelay, TimeSpan giveUpAfter)
    {
        if (!_state.Lanes.TryGetValue(e.ComplaintId, out var lane) || lane.Pending.Count == 0 || lane.Pending[0].Sequence != e.Sequence)
            return new WebhookFailureOutcome(0, null);
        lane.Failures++;
        lane.FirstFailedAt ??= now;
        if (now - lane.FirstFailedAt.Value >= giveUpAfter)
        {
            var failures = lane.Failures;
            RemoveHead(e);
            _state.Abandoned++;
            return new WebhookFailureOutcome(failures, null);
        }
        var delay = WebhookBackoff.Delay(lane.Failures, initialDelay, maxDelay);
        lane.NextAttemptAt = now + delay;
        return new WebhookFailureOutcome(lane.Failures, delay);
    }

    /// <summary>Drops every waiting delivery (the subscription is no longer configured); returns how many.</summary>
    public int AbandonAll()
    {
        var dropped = PendingCount;
        foreach (var id in _active)
        {
            var lane = _state.Lanes[id];
            lane.Pending.Clear();
            ResetHead(lane);
        }
        _state.Abandoned += dropped;
        _active.Clear();
        PendingCount = 0;
        return dropped;
    }

    /// <summary>Forgets complaints with nothing waiting whose last event is older than <paramref name="retention"/>; true when any went.</summary>
    public bool Prune(DateTimeOffset now, TimeSpan retention)
    {
        var stale = _state.Lanes.Where(l => l.Value.Pending.Count == 0 && now - l.Value.LastEnqueuedAt > retention).Select(l => l.Key).ToArray();
        foreach (var id in stale)
            _state.Lanes.Remove(id);
        return stale.Length > 0;
    }

    public WebhookQueueStatus Status() => new(
        PendingCount,
        _active.Count,
        _state.Delivered,
        _state.Abandoned,
        _active.Count(id => _state.Lanes[id].Failures > 0));

    private bool RemoveHead(ComplaintEvent e)
    {
        if (!_state.Lanes.TryGetValue(e.ComplaintId, out var lane) || lane.Pending.Count == 0 || lane.Pending[0].Sequence != e.Sequence)
            return false;
        lane.Pending.RemoveAt(0);
        ResetHead(lane);
        PendingCount--;
        if (lane.Pending.Count == 0)
            _active.Remove(e.ComplaintId);
        return true;
    }

    private static bool IsDue(WebhookLane lane, DateTimeOffset now) => lane.NextAttemptAt is not { } at || at <= now;

    private static void ResetHead(WebhookLane lane)
    {
        lane.Failures = 0;
        lane.NextAttemptAt = null;
        lane.FirstFailedAt = null;
    }
}
