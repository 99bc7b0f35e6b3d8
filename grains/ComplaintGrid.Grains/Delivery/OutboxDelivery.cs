using ComplaintGrid.Domain.Lifecycle;
using ComplaintGrid.Domain.Queues;
using ComplaintGrid.Domain.Webhooks;

namespace ComplaintGrid.Delivery;

/// <summary>
/// The delivery protocol of one complaint's outbox (<see cref="ComplaintState.Outbox"/>), for one activation. It queues
/// each event for the views it changes (the customer, the department and the one left, webhook queues), sends each view
/// its pending events, drops what a view answers it has stored, and has the rest redelivered until stored. It lets the
/// departments the complaint has left forget it once no redelivery can reach them (<see cref="DepartedDepartments"/>),
/// and knows whether this copy has written since activation, so one activated around a silo's death writes before it
/// first answers a read (the stale-copy fence). Calls out only through <see cref="IViewDeliveryPort"/>.
/// </summary>
internal sealed class OutboxDelivery
{
    private readonly ComplaintState _state;
    private readonly WebhookRouter _webhooks;
    private readonly IViewDeliveryPort _port;
    private readonly bool _history;
    private readonly DepartedDepartments _departed = new();

    // Departments the stored outbox holds an event for that would change their view if redelivered after they forgot
    // this complaint (see DepartmentQueue.HarmlessAfterRelease); null when there are none. A releasable department has
    // nothing left in the outbox in memory, so its being here means the stored outbox is behind for it.
    private HashSet<string>? _storedOutboxNeededBy;

    // Whether this copy has stored a write of its own, so no older copy can store over it.
    private bool _wroteSinceActivation;

    // Reads interleave: the first that must fence writes, the others await the same write.
    private Task? _fence;

    /// <param name="state">The complaint's state as storage holds it when the copy activates.</param>
    /// <param name="webhooks">Which webhook queues want each event.</param>
    /// <param name="port">How the views are called and the state is written.</param>
    /// <param name="history">Whether every event also goes to the history read model (<see cref="DeliveryTarget.History"/>).</param>
    public OutboxDelivery(ComplaintState state, WebhookRouter webhooks, IViewDeliveryPort port, bool history = false)
    {
        _state = state;
        _webhooks = webhooks;
        _port = port;
        _history = history;
        NoteStoredOutbox();
    }

    /// <summary>The history's one target id: its projector is a stateless worker, so every complaint delivers to the same key.</summary>
    public const string HistoryKey = "history";

    /// <summary>True while some view has not answered that it stored its events.</summary>
    public bool HasPending => _state.Outbox.Count > 0;

    /// <summary>The copy is active: what storage held undelivered is redelivered later.</summary>
    public void Activated()
    {
        if (HasPending)
            _port.ScheduleRetry();
    }

    /// <summary>Queues each event for every view it changes, before the state that holds them is written.</summary>
    public void Enqueue(IReadOnlyList<ComplaintEvent> events)
    {
        var outbox = new Outbox(_state.Outbox);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            outbox.Add(DeliveryTarget.Customer, e.Summary.CustomerId, e);
            outbox.Add(DeliveryTarget.Department, e.Summary.DepartmentId, e);
            if (e.PreviousDepartmentId is { } previous && previous != e.Summary.DepartmentId)
                outbox.Add(DeliveryTarget.Department, previous, e);
            if (_history)
                outbox.Add(DeliveryTarget.History, HistoryKey, e);
            if (!_webhooks.HasSubscriptions)
                continue;
            foreach (var queue in _webhooks.QueuesFor(e))
                outbox.Add(DeliveryTarget.Webhook, queue, e);
        }
    }

    /// <summary>The state in memory, outbox included, is what storage now holds, written by this copy.</summary>
    public void Stored()
    {
        _wroteSinceActivation = true;
        NoteStoredOutbox();
    }

    /// <summary>
    /// Whether this copy must write before it answers a read: activated around a silo's death, and not written since.
    /// Only a filed complaint: a read of an id never filed must not store one.
    /// </summary>
    /// <param name="activatedAroundSiloDeath">Whether the copy was activated in the window around a silo's death.</param>
    public bool MustFence(bool activatedAroundSiloDeath) => !_wroteSinceActivation && _state.Filed && activatedAroundSiloDeath;

    /// <summary>Writes once for every read that must fence (<see cref="IViewDeliveryPort.Fence"/>); later reads await the same write.</summary>
    public Task Fence() => _fence ??= _port.Fence();

    /// <summary>
    /// Sends every pending event to its view, one call per view, in sequence order. Each view answers how far it has
    /// stored this complaint; entries up to there leave the outbox in memory (the next state write persists that), the
    /// rest stay and are redelivered later until stored. Views ignore what they have already applied.
    /// </summary>
    public async Task Deliver()
    {
        if (_state.Outbox.Count == 0)
            return;
        var outbox = new Outbox(_state.Outbox);
        var batches = outbox.Batches();
        var deliveries = new Task<long>[batches.Count];
        for (var i = 0; i < batches.Count; i++)
            deliveries[i] = Send(batches[i]);
        try
        {
            await Task.WhenAll(deliveries);
        }
        catch
        {
            // Each failed delivery is reported below and stays in the outbox for the retry.
        }
        for (var i = 0; i < batches.Count; i++)
        {
            var stored = Stored(deliveries[i], batches[i]);
            outbox.Acknowledge(batches[i].Target, batches[i].TargetId, stored);
            if (batches[i].Target == DeliveryTarget.Department)
                _departed.Acknowledged(batches[i].TargetId, batches[i].Events, stored);
        }
        // A closed complaint has no next command whose write would store the shorter outbox: it releases its department
        // now, so the department forgets it within seconds rather than while it stays active. This writes only if the
        // stored outbox holds more for that department than the close, which changes nothing there if redelivered.
        if (_state.Status == ComplaintStatus.Closed)
            await ReleaseDepartedViews();
        if (_state.Outbox.Count > 0)
            _port.ScheduleRetry();
    }

    /// <summary>
    /// Tells each department this complaint has left, and whose view has stored all of it, that it may forget the
    /// complaint; first stores the outbox if the stored one still holds an event for such a department that would
    /// change its view, so a later activation cannot redeliver it once the view no longer remembers. A failure only
    /// means the view remembers until its fallback.
    /// Runs after a command's write, when a closed complaint's department has stored it, and on idle deactivation.
    /// </summary>
    public async Task ReleaseDepartedViews()
    {
        if (!_departed.Any)
            return;
        var releasable = _departed.Releasable(_state.Outbox);
        if (releasable.Count == 0)
            return;
        try
        {
            if (NeedsStoredOutbox(releasable))
            {
                await _port.Store();
                Stored();
            }
            foreach (var (departmentId, sequence) in releasable)
                await _port.Release(departmentId, sequence);
            _departed.Released(releasable);
        }
        catch (Exception ex)
        {
            _port.ReleaseFailed(ex);
        }
    }

    /// <summary>The outbox in memory is what storage holds: notes which departments it holds events for that matter to them.</summary>
    private void NoteStoredOutbox()
    {
        _storedOutboxNeededBy = null;
        foreach (var p in _state.Outbox)
        {
            if (p.Target == DeliveryTarget.Department && !DepartmentQueue.HarmlessAfterRelease(p.Event, p.TargetId))
                (_storedOutboxNeededBy ??= new HashSet<string>(StringComparer.Ordinal)).Add(p.TargetId);
        }
    }

    /// <summary>Whether a releasable department could still be redelivered, from storage, an event that would change its view.</summary>
    private bool NeedsStoredOutbox(IReadOnlyList<(string DepartmentId, long Sequence)> releasable)
    {
        if (_storedOutboxNeededBy is null)
            return false;
        foreach (var (departmentId, _) in releasable)
        {
            if (_storedOutboxNeededBy.Contains(departmentId))
                return true;
        }
        return false;
    }

    /// <summary>Calls the view; a call that fails before it is sent fails its task, like one that fails on the way.</summary>
    private Task<long> Send(OutboxBatch batch)
    {
        try
        {
            return _port.Deliver(batch.Target, batch.TargetId, batch.Events);
        }
        catch (Exception ex)
        {
            return Task.FromException<long>(ex);
        }
    }

    /// <summary>The sequence a view answered it has stored, or 0 when its delivery failed (reported; the outbox keeps it).</summary>
    /// <remarks>The calls are awaited together rather than each in an async wrapper: two state machines less per event.</remarks>
    private long Stored(Task<long> delivery, OutboxBatch batch)
    {
        if (delivery.IsCompletedSuccessfully)
            return delivery.Result;
        var ex = delivery.Exception?.InnerException ?? new TaskCanceledException(delivery);
        _port.DeliveryFailed(batch.Target, batch.TargetId, batch.Events.Count, ex);
        return 0;
    }
}
